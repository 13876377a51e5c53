#!/usr/bin/env node
// The project's own manifest checks (npm run validate), then the offline XSD check when the
// schemas are present beside the repo (../shared/schemas/office-manifest/validate.sh).
//
//   node scripts/validate-manifest.js manifest.xml      exit 0 valid, 1 invalid, 2 usage
//     [--root DIR]         where src/office, src/commands, src/functions, src/taskpane are (default: the repo)
//     [--office-dts FILE]  the Office.js typings whose doc comments give each member's requirement set
//                          (default: node_modules/@types/office-js/index.d.ts)
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

// ---------------------------------------------------------------------------------------------
// Requirement sets: the manifest's <Requirements><Sets> must declare what the code uses, so
// Office does not offer the add-in where it would fail
// (https://learn.microsoft.com/office/dev/add-ins/develop/specify-office-hosts-and-api-requirements).

const OFFICE_DTS = path.join(REPO, 'node_modules', '@types', 'office-js', 'index.d.ts');
const TS_LIB = path.join(REPO, 'node_modules', 'typescript', 'lib');
/** The code that runs in Excel: its member accesses are checked. */
const SOURCE_DIRS = ['src/office', 'src/commands', 'src/functions', 'src/taskpane'];
/** The namespaces of the Office.js typings an Excel add-in uses (the others are Word, OneNote, Visio, PowerPoint). */
const OFFICE_NAMESPACES = ['Excel', 'Office', 'OfficeExtension', 'OfficeCore'];
/** Outlook's sets, annotated in the Office namespace too: not an Excel add-in's. */
const FOREIGN_SETS = ['Mailbox'];
/** A file whose code names one of these talks to Office; the others (the pane's React code) do not. */
const OFFICE_GLOBALS = /\b(?:Excel|Office|OfficeExtension|CustomFunctions)\s*\./;

/**
 * What @types/office-js does not declare: the custom functions runtime, which the project types
 * itself (src/functions/customFunctionsRuntime.d.ts). CustomFunctions.Error is
 * CustomFunctionsRuntime 1.2 (https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets).
 */
const EXTRA_MEMBERS = [{ member: 'CustomFunctions.Error', pattern: /\bCustomFunctions\s*\.\s*Error\b/, set: 'CustomFunctionsRuntime', version: '1.2' }];

/**
 * Uses above the manifest's sets that are allowed, each with its reason: members behind
 * Office.context.requirements.isSetSupported(...), and the project's own members that share a name
 * with an Office.js member. Keyed by file and member name.
 */
const ALLOWED = [
  {
    file: 'src/office/officeWorkbook.ts',
    member: 'mergeUndoGroup',
    reason:
      'ExcelApi 1.20 的 Excel.RunOptions.mergeUndoGroup 只在 isSetSupported("ExcelApi", "1.20") 时使用（src/office/index.ts 的 createOfficeWorkbook）' +
      ' / used only when isSetSupported("ExcelApi", "1.20") (createOfficeWorkbook in src/office/index.ts)',
  },
  {
    file: 'src/office/workbook/setUpSheet.ts',
    member: 'first',
    reason: '工作表模型的 printTitleRows.first，不是 Office.js 成员 / the sheet model’s printTitleRows.first, not an Office.js member',
  },
  {
    file: 'src/office/workbook/setUpSheet.ts',
    member: 'last',
    reason: '工作表模型的 printTitleRows.last，不是 Office.js 成员 / the sheet model’s printTitleRows.last, not an Office.js member',
  },
];

/** "1.13" → [1, 13], compared numerically. */
const versionParts = (v) => v.split('.').map(Number);
function compareVersions(a, b) {
  const [pa, pb] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every member name (property, method, enum member, namespace function or constant) declared in typings text, with its doc comment. */
function* declarations(text) {
  const DECLARATION = /^\s+(?:(?:export|declare|readonly|static|function|const|let|var)\s+)*([A-Za-z_$][\w$]*)\??\s*(?:[:(<=,]|$)/;
  let comment = null;
  let inComment = false;
  let namespace = null;
  for (const line of text.split('\n')) {
    const top = /^declare\s+namespace\s+([\w.]+)/.exec(line);
    if (top) {
      namespace = top[1].split('.')[0];
      comment = null;
      continue;
    }
    if (!inComment && /^\s*\/\*\*/.test(line)) {
      inComment = true;
      comment = '';
    }
    if (inComment) {
      comment += `${line}\n`;
      if (line.includes('*/')) inComment = false;
      continue;
    }
    const m = DECLARATION.exec(line);
    if (m && !/^\s*(?:class|interface|enum|namespace|type|module)\b/.test(line)) yield { namespace, name: m[1], comment: comment ?? '' };
    if (line.trim() !== '') comment = null;
  }
}

/**
 * Requirement sets by member name, from the doc comments of the Office.js typings:
 * `[Api set: ExcelApi 1.13]` and `{@link …requirement-sets… | SharedRuntime 1.1}`. A name declared
 * in several places keeps, per set, its lowest version; a name also declared without a set (a base
 * member such as load, sync, items) is not checked at all. Both so the check raises no false alarm.
 * Returns Map(name → Map(set → version)).
 */
function readApiSets(dtsText) {
  const sets = new Map();
  const unannotated = new Set();
  for (const { namespace, name, comment } of declarations(dtsText)) {
    if (!OFFICE_NAMESPACES.includes(namespace)) continue;
    const found = [];
    const apiSet = /\[Api set:\s*([A-Za-z]+)\s+(\d+(?:\.\d+)+)/.exec(comment);
    if (apiSet) found.push([apiSet[1], apiSet[2]]);
    for (const link of comment.matchAll(/requirement-sets\/[^|}]*\|\s*([A-Za-z]+)\s+(\d+(?:\.\d+)+)\s*\}/g)) found.push([link[1], link[2]]);
    const relevant = found.filter(([set]) => !FOREIGN_SETS.includes(set));
    if (found.length === 0) {
      unannotated.add(name);
      continue;
    }
    if (relevant.length === 0) continue;
    let bySet = sets.get(name);
    if (!bySet) sets.set(name, (bySet = new Map()));
    for (const [set, version] of relevant) {
      if (!bySet.has(set) || compareVersions(version, bySet.get(set)) < 0) bySet.set(set, version);
    }
  }
  for (const name of unannotated) sets.delete(name);
  return sets;
}

/**
 * Names JavaScript's and the DOM's own objects declare (TypeScript's lib files): `.map(` or `.find(`
 * on an array cannot be told from an Office.js member of that name without types, so they are not
 * checked (the Office.js members among them are all in early sets).
 */
function builtinNames(libDir) {
  const names = new Set();
  if (!fs.existsSync(libDir)) return names;
  for (const file of fs.readdirSync(libDir)) {
    if (!/^lib\.(es\d+|es5|dom)(\.[\w.]+)?\.d\.ts$/.test(file)) continue;
    for (const { name } of declarations(fs.readFileSync(path.join(libDir, file), 'utf8'))) names.add(name);
  }
  return names;
}

/**
 * TypeScript source with comments, string and regular-expression literals and the text of
 * template literals blanked (the code inside `${…}` kept), so only code is scanned.
 */
function scanSource(src) {
  let out = '';
  let i = 0;
  let previous = '';
  const n = src.length;
  const code = (text) => {
    out += text;
    const t = text.trim();
    if (t) previous = t[t.length - 1];
  };
  while (i < n) {
    const c = src[i];
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"') {
      for (i++; i < n && src[i] !== c && src[i] !== '\n'; i++) if (src[i] === '\\') i++;
      i++;
      code('""');
    } else if (c === '`') {
      for (i++; i < n && src[i] !== '`'; i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '$' && src[i + 1] === '{') {
          let depth = 1;
          const start = i + 2;
          for (i = start; i < n && depth > 0; i++) {
            if (src[i] === '{') depth++;
            else if (src[i] === '}') depth--;
          }
          out += ` ${scanSource(src.slice(start, i - 1))} `;
          i--;
        }
      }
      i++;
      code('""');
    } else if (c === '/' && (previous === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(previous) || /\b(?:return|typeof|case|in|of|throw|yield|await)\s*$/.test(out))) {
      // A regular expression literal: where an operand is expected, '/' cannot be division.
      let inClass = false;
      for (i++; i < n && src[i] !== '\n' && (src[i] !== '/' || inClass); i++) {
        if (src[i] === '\\') i++;
        else if (src[i] === '[') inClass = true;
        else if (src[i] === ']') inClass = false;
      }
      for (i++; i < n && /[a-z]/i.test(src[i]); i++);
      code('/r/');
    } else {
      code(c);
      i++;
    }
  }
  return out;
}

function sourceFiles(root) {
  const files = [];
  const walkDir = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walkDir(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
    }
  };
  for (const dir of SOURCE_DIRS) walkDir(path.join(root, dir));
  return files.sort();
}

/** The sets the manifest declares: Map(set → version), MinVersion else the Sets' DefaultMinVersion. */
function declaredSets(root) {
  const declared = new Map();
  for (const requirements of childrenNamed(root, 'Requirements')) {
    for (const sets of childrenNamed(requirements, 'Sets')) {
      for (const set of childrenNamed(sets, 'Set')) {
        const version = set.attrs.MinVersion ?? sets.attrs.DefaultMinVersion ?? '1.1';
        if (set.attrs.Name) declared.set(set.attrs.Name, version);
      }
    }
  }
  return declared;
}

/**
 * Problems where the code uses an Office.js member of a higher requirement set than the manifest
 * declares: per set, each member of the highest version needed, naming the files and the declared version.
 * options: root (where SOURCE_DIRS are), officeDts (the typings), libDir (TypeScript's lib files).
 */
function checkRequirementSets(manifestRoot, options = {}) {
  const root = options.root ?? REPO;
  const apiSets = readApiSets(fs.readFileSync(options.officeDts ?? OFFICE_DTS, 'utf8'));
  const builtins = builtinNames(options.libDir ?? TS_LIB);
  const declared = declaredSets(manifestRoot);
  // member → { sets: Map(set → version), files: Set }
  const used = new Map();
  const use = (member, sets, file) => {
    if (!used.has(member)) used.set(member, { sets, files: new Set() });
    used.get(member).files.add(file);
  };
  for (const file of sourceFiles(root)) {
    const relative = path.relative(root, file).split(path.sep).join('/');
    const code = scanSource(fs.readFileSync(file, 'utf8'));
    for (const extra of EXTRA_MEMBERS) if (extra.pattern.test(code)) use(extra.member, new Map([[extra.set, extra.version]]), relative);
    if (!OFFICE_GLOBALS.test(code)) continue;
    // `.name` and `?.name`, not a spread `...name`.
    for (const m of code.matchAll(/(?<!\.)\.(?!\.)([A-Za-z_$][\w$]*)/g)) {
      const name = m[1];
      const sets = apiSets.get(name);
      if (!sets || builtins.has(name) || ALLOWED.some((a) => a.file === relative && a.member === name)) continue;
      use(name, sets, relative);
    }
  }
  // Unmet uses by set: a use is met when any one of the member's sets is declared at its version or higher.
  const unmet = new Map();
  for (const [member, { sets, files }] of used) {
    if ([...sets].some(([set, version]) => declared.has(set) && compareVersions(declared.get(set), version) >= 0)) continue;
    const [set, version] = [...sets].sort(([a], [b]) => (a === 'ExcelApi' ? -1 : b === 'ExcelApi' ? 1 : 0))[0];
    if (!unmet.has(set)) unmet.set(set, []);
    unmet.get(set).push({ member, version, files: [...files] });
  }
  // Per set, the members of the highest version needed: declaring that version meets the others too.
  const problems = [];
  for (const set of [...unmet.keys()].sort()) {
    const uses = unmet.get(set);
    const needed = uses.map((u) => u.version).reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));
    const has = declared.has(set);
    for (const { member, files } of uses.filter((u) => u.version === needed).sort((a, b) => a.member.localeCompare(b.member))) {
      problems.push(
        `清单${has ? `声明 ${set} ${declared.get(set)}` : `未声明 ${set}`}，但代码用到 ${member}（${set} ${needed}，${files.join('、')}） / ` +
          `the manifest ${has ? `declares ${set} ${declared.get(set)}` : `does not declare ${set}`}, but the code uses ${member} (${set} ${needed}, ${files.join(', ')})`,
      );
    }
  }
  return problems;
}

function main(argv) {
  const usage = () => {
    console.error('用法 / usage: node scripts/validate-manifest.js manifest.xml [--root DIR] [--office-dts FILE]');
    return 2;
  };
  const files = [];
  const options = { root: REPO, officeDts: OFFICE_DTS };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--root' || argv[i] === '--office-dts') {
      if (i + 1 >= argv.length) return usage();
      options[argv[i] === '--root' ? 'root' : 'officeDts'] = path.resolve(argv[++i]);
    } else files.push(argv[i]);
  }
  if (files.length !== 1) return usage();
  const file = files[0];
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`无法读取清单 / cannot read the manifest ${file}: ${e.message}`);
    return 2;
  }

  let problems;
  try {
    const root = parseXml(text);
    problems = checkManifest(root);
    try {
      problems.push(...checkRequirementSets(root, options));
    } catch (e) {
      problems.push(`无法检查要求集 / cannot check the requirement sets: ${e.message}`);
    }
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

module.exports = { parseXml, checkManifest, checkUrl, checkRequirementSets, readApiSets, scanSource };
