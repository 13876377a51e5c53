#!/usr/bin/env node
// The project's own manifest checks (npm run validate), then the offline XSD check when the
// schemas are present beside the repo (../shared/schemas/office-manifest/validate.sh).
//
//   node scripts/validate-manifest.js manifest.xml      exit 0 valid, 1 invalid, 2 usage
//
// Every message names the element and is given in Chinese and English.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..');
const XSD_CHECK = path.resolve(REPO, '..', 'shared', 'schemas', 'office-manifest', 'validate.sh');
const NAMESPACE = 'DUBAN';
const PERMISSIONS = 'ReadWriteDocument';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Documentation placeholders: Microsoft's sample companies, the template's "yourdomain",
// and the names reserved for examples by RFC 2606 / RFC 6761.
const PLACEHOLDER_LABELS = ['contoso', 'fabrikam', 'yourdomain', 'example'];
const PLACEHOLDER_TLDS = ['example', 'test', 'invalid'];
const REQUIRED = [
  ['Id'],
  ['Version'],
  ['ProviderName'],
  ['DefaultLocale'],
  ['DisplayName'],
  ['Description'],
  ['IconUrl'],
  ['Hosts'],
  ['DefaultSettings', 'SourceLocation'],
  ['Permissions'],
];

/**
 * A small non-validating XML parser, enough for a manifest: elements, attributes, text,
 * comments, CDATA, the XML declaration. Throws an Error with a line number on malformed input.
 * Element names keep their prefix (`bt:Url`); `local` is the name without it.
 */
function parseXml(text) {
  let i = 0;
  const lineAt = (pos) => text.slice(0, pos).split('\n').length;
  const fail = (message, pos = i) => {
    throw new Error(`第 ${lineAt(pos)} 行 / line ${lineAt(pos)}: ${message}`);
  };
  const decode = (s, pos) =>
    s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);|&/gi, (m, ref) => {
      if (!ref) fail('裸露的 & / unescaped "&"', pos);
      if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : +ref.slice(1));
      const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[ref];
      if (named === undefined) fail(`未知实体 / unknown entity &${ref};`, pos);
      return named;
    });
  const NAME = /[A-Za-z_][\w.:-]*/y;
  const readName = () => {
    NAME.lastIndex = i;
    const m = NAME.exec(text);
    if (!m) fail('应为名称 / name expected');
    i += m[0].length;
    return m[0];
  };
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  const skipUntil = (end, what) => {
    const j = text.indexOf(end, i);
    if (j < 0) fail(`${what} 未结束 / unterminated ${what}`);
    const body = text.slice(i, j);
    i = j + end.length;
    return body;
  };

  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const root = { name: '#document', local: '#document', attrs: {}, children: [], text: '', line: 1 };
  const stack = [root];
  let sawRoot = false;
  while (i < text.length) {
    const parent = stack[stack.length - 1];
    if (text[i] !== '<') {
      const j = text.indexOf('<', i);
      const end = j < 0 ? text.length : j;
      const raw = text.slice(i, end);
      if (stack.length === 1) {
        if (raw.trim()) fail('根元素之外有文本 / text outside the root element');
      } else parent.text += decode(raw, i);
      i = end;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      i += 4;
      skipUntil('-->', '注释 comment');
    } else if (text.startsWith('<![CDATA[', i)) {
      i += 9;
      if (stack.length === 1) fail('根元素之外有 CDATA / CDATA outside the root element');
      parent.text += skipUntil(']]>', 'CDATA');
    } else if (text.startsWith('<?', i)) {
      i += 2;
      skipUntil('?>', '处理指令 processing instruction');
    } else if (text.startsWith('<!', i)) {
      fail('清单中不应有 DOCTYPE / no DOCTYPE expected in a manifest');
    } else if (text[i + 1] === '/') {
      const at = i;
      i += 2;
      const name = readName();
      skipSpace();
      if (text[i] !== '>') fail(`</${name}> 缺少 ">" / "</${name}" not closed`);
      i++;
      if (stack.length === 1) fail(`多余的结束标签 </${name}> / unexpected end tag </${name}>`, at);
      if (parent.name !== name) fail(`结束标签 </${name}> 与 <${parent.name}>（第 ${parent.line} 行）不匹配 / end tag </${name}> does not match <${parent.name}> of line ${parent.line}`, at);
      stack.pop();
    } else {
      const at = i;
      i++;
      const name = readName();
      const el = { name, local: name.slice(name.indexOf(':') + 1), attrs: {}, children: [], text: '', line: lineAt(at) };
      for (;;) {
        const before = i;
        skipSpace();
        if (text[i] === '>' || text.startsWith('/>', i)) break;
        if (i === before) fail(`<${name}> 的属性之间缺少空格 / missing space between attributes of <${name}>`);
        const attr = readName();
        skipSpace();
        if (text[i] !== '=') fail(`<${name}> 的属性 ${attr} 缺少 "=" / attribute ${attr} of <${name}> has no "="`);
        i++;
        skipSpace();
        const quote = text[i];
        if (quote !== '"' && quote !== "'") fail(`<${name}> 的属性 ${attr} 未加引号 / attribute ${attr} of <${name}> is not quoted`);
        const j = text.indexOf(quote, i + 1);
        if (j < 0) fail(`<${name}> 的属性 ${attr} 未结束 / attribute ${attr} of <${name}> is unterminated`);
        if (Object.hasOwn(el.attrs, attr)) fail(`<${name}> 的属性 ${attr} 重复 / duplicate attribute ${attr} on <${name}>`);
        el.attrs[attr] = decode(text.slice(i + 1, j), i);
        i = j + 1;
      }
      if (stack.length === 1) {
        if (sawRoot) fail(`第二个根元素 <${name}> / a second root element <${name}>`, at);
        sawRoot = true;
      }
      parent.children.push(el);
      if (text.startsWith('/>', i)) i += 2;
      else {
        i++;
        stack.push(el);
      }
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    fail(`<${open.name}>（第 ${open.line} 行）没有结束标签 / <${open.name}> of line ${open.line} is never closed`);
  }
  if (!sawRoot) fail('没有根元素 / no root element');
  return root.children[0];
}

const childrenNamed = (el, local) => el.children.filter((c) => c.local === local);
function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

/** Problems of the manifest, each a Chinese / English sentence naming the element. */
function checkManifest(root) {
  const problems = [];
  const report = (zh, en) => problems.push(`${zh} / ${en}`);

  if (root.local !== 'OfficeApp') {
    report(`根元素应为 <OfficeApp>，而不是 <${root.name}>`, `the root element must be <OfficeApp>, not <${root.name}>`);
    return problems;
  }

  for (const pathNames of REQUIRED) {
    let found = [root];
    for (const local of pathNames) found = found.flatMap((el) => childrenNamed(el, local));
    if (found.length === 0) {
      const label = `<${pathNames.join('>/<')}>`;
      report(`缺少必需元素 ${label}`, `required element ${label} is missing`);
    }
  }

  for (const el of childrenNamed(root, 'Permissions')) {
    if (el.text.trim() !== PERMISSIONS) {
      report(
        `<Permissions> 应为 ${PERMISSIONS}，实际为 "${el.text.trim()}"（第 ${el.line} 行）`,
        `<Permissions> must be ${PERMISSIONS}, found "${el.text.trim()}" (line ${el.line})`,
      );
    }
  }

  for (const el of childrenNamed(root, 'Id')) {
    if (!GUID.test(el.text.trim())) {
      report(`<Id> 不是 GUID："${el.text.trim()}"（第 ${el.line} 行）`, `<Id> is not a GUID: "${el.text.trim()}" (line ${el.line})`);
    }
  }

  // Resources by id, for resid references and the functions namespace.
  const resources = new Map();
  for (const el of walk(root)) {
    if (el.attrs.id !== undefined && ['Image', 'Url', 'String'].includes(el.local)) resources.set(el.attrs.id, el);
  }
  for (const el of walk(root)) {
    if (el.attrs.resid !== undefined && !resources.has(el.attrs.resid)) {
      report(
        `<${el.name}> 引用的资源 resid="${el.attrs.resid}" 在 <Resources> 中不存在（第 ${el.line} 行）`,
        `<${el.name}> refers to resid="${el.attrs.resid}", which <Resources> does not define (line ${el.line})`,
      );
    }
  }

  const namespaces = [...walk(root)].filter((el) => el.local === 'Namespace');
  if (namespaces.length === 0) {
    report(`缺少自定义函数命名空间 <Namespace>（应为 ${NAMESPACE}）`, `the custom functions <Namespace> (${NAMESPACE}) is missing`);
  }
  for (const el of namespaces) {
    const value = resources.get(el.attrs.resid)?.attrs.DefaultValue;
    if (value !== undefined && value !== NAMESPACE) {
      report(
        `自定义函数命名空间 <Namespace> 应为 ${NAMESPACE}，实际为 "${value}"（第 ${el.line} 行）`,
        `the custom functions <Namespace> must be ${NAMESPACE}, found "${value}" (line ${el.line})`,
      );
    }
  }

  for (const el of walk(root)) {
    const values = Object.entries(el.attrs)
      .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
      .map(([, v]) => v);
    if (el.children.length === 0) values.push(el.text);
    for (const value of values) {
      for (const url of value.match(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi) ?? []) {
        const problem = checkUrl(url);
        if (problem) report(`<${el.name}> 中的 ${url}：${problem[0]}（第 ${el.line} 行）`, `${url} in <${el.name}>: ${problem[1]} (line ${el.line})`);
      }
    }
  }
  return problems;
}

/** [zh, en] when the URL is not acceptable, else null. */
function checkUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return ['不是有效的网址', 'not a valid URL'];
  }
  if (parsed.protocol !== 'https:') return ['必须使用 https', 'must use https'];
  const labels = parsed.hostname.toLowerCase().split('.');
  if (labels.some((l) => PLACEHOLDER_LABELS.includes(l)) || PLACEHOLDER_TLDS.includes(labels[labels.length - 1])) {
    return ['是示例占位域名，应换成真实的部署地址', 'is a placeholder domain; use the real deployment address'];
  }
  // https://localhost is the dev server (npm run dev-server): its icons must exist in assets/.
  if (parsed.hostname === 'localhost' && parsed.pathname.startsWith('/assets/')) {
    if (!fs.existsSync(path.join(REPO, decodeURIComponent(parsed.pathname)))) {
      return ['在 assets/ 中找不到该文件', 'the file is missing from assets/'];
    }
  }
  return null;
}

function main(argv) {
  if (argv.length !== 1) {
    console.error('用法 / usage: node scripts/validate-manifest.js manifest.xml');
    return 2;
  }
  const file = argv[0];
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`无法读取清单 / cannot read the manifest ${file}: ${e.message}`);
    return 2;
  }

  let problems;
  try {
    problems = checkManifest(parseXml(text));
  } catch (e) {
    problems = [`XML 格式错误 / the XML is not well-formed: ${e.message}`];
  }
  for (const p of problems) console.error(`✗ ${file}: ${p}`);

  if (fs.existsSync(XSD_CHECK)) {
    const r = spawnSync('sh', [XSD_CHECK, file], { stdio: 'inherit' });
    if (r.status !== 0) {
      console.error(`✗ ${file}: 未通过 XSD 架构检查 / failed the offline XSD check (${path.relative(process.cwd(), XSD_CHECK)})`);
      problems.push('xsd');
    }
  } else {
    console.log(
      `注意：未找到 ${XSD_CHECK}，已跳过离线 XSD 架构检查；可运行 npm run validate:online（需要联网）。\n` +
        `Note: offline XSD check skipped (${XSD_CHECK} not found); npm run validate:online checks the manifest online.`,
    );
  }

  if (problems.length > 0) {
    console.error(`清单无效 / manifest invalid: ${file}`);
    return 1;
  }
  console.log(`✓ ${file}: 清单检查通过 / manifest checks passed`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { parseXml, checkManifest, checkUrl };
