import type { CorpusCase } from './cases';
import { AS_OF, type Observation } from './pipeline';

/**
 * docs/reliability.md, made from the corpus' case definitions: `npm run docs:reliability` writes
 * it, and corpus.test.ts fails when the file differs from what this returns, so the table cannot
 * drift from the cases that are run.
 */
export function renderReliabilityDoc(cases: readonly CorpusCase[]): string {
  const lines = [
    '# 可靠性：坏输入语料 / Reliability: the bad-input corpus',
    '',
    '<!-- 由 `npm run docs:reliability` 根据 test/corpus/cases.ts 生成，请勿手改。Generated from test/corpus/cases.ts by `npm run docs:reliability`; do not edit. -->',
    '',
    '用户的东西不丢，坏输入得到说得清的中文提示。下表每一行是 `test/corpus/cases.ts` 中的一个情形：夹具在代码中构造，',
    `经由真实使用的流程（识别台账 → 解析 → 升级 → 应用三色；.xlsx 适配器或 Excel 适配器），截止日期 ${AS_OF}。`,
    '`test/corpus/corpus.test.ts` 用一个循环运行全部情形，并在本文件与生成结果不一致时失败。',
    '',
    'Nothing of the user\'s is lost, and bad input gets a clear Chinese message. Each row below is one case of',
    '`test/corpus/cases.ts`: a fixture built in code, run through the pipeline of real use (detect → parse → escalate →',
    `apply colors, over the .xlsx adapter or the Excel adapter), as of ${AS_OF}. \`test/corpus/corpus.test.ts\` runs them all`,
    'in one loop, and fails when this file differs from what the cases generate.',
    '',
    '“核对”列是测试逐字核对的内容：问题（单元格、代码、消息片段，数目和顺序都要一致）、拒绝消息片段、状态列（读回写好的工作簿）和其他事实。',
    'The "checked" column is what the test compares: problems (cell, code, message fragment; their number and order too),',
    'the refusal fragment, the status column (read back from the written workbook) and further facts.',
    '',
    '| # | 情形 / Case | 经由 / Via | 预期结果 / Expected outcome | 核对 / Checked |',
    '|---|---|---|---|---|',
    ...cases.map((c, i) =>
      row([
        `${i + 1}`,
        `\`${c.id}\`<br>${c.title.zh}<br>*${c.title.en}*`,
        c.via,
        `${c.outcome.zh}<br>*${c.outcome.en}*`,
        checked(c.expected),
      ]),
    ),
    '',
    '## 随机输入 / Fuzzing',
    '',
    '`test/corpus/fuzz.test.ts`：随机网格（表头位置随机；单元格为数字、文本日期、杂乱文本、空白、超长文本、逻辑值、日期对象；随机合并与隐藏行；',
    '1900 或 1904 日期系统）依次经过台账识别、解析和升级，固定随机种子，1000 例。要求：从不抛出异常；每个问题指向网格中的单元格',
    '（建议添加“督办编号”列的提示指向表头右侧的空白单元格）。',
    '',
    '`test/corpus/fuzz.test.ts`: random grids (random header placement; numbers, dates as text, junk, blanks, very long text,',
    'booleans, Date objects; random merges and hidden rows; 1900 or 1904 date system) through ledger detection, parsing and',
    'escalation, 1000 runs with a fixed seed. Never an exception; every problem names a cell of the grid (the offer of a',
    '督办编号 column names the free cell right of the header).',
    '',
  ];
  return lines.join('\n');
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')).join(' | ')} |`;
}

/** What the test compares, in one cell. */
function checked(e: Observation): string {
  const parts: string[] = [];
  if (e.refusal !== undefined) parts.push(`拒绝 / refused: «${shown(e.refusal)}»`);
  if (e.problems !== undefined) {
    parts.push(
      e.problems.length === 0 ? '问题：无 / no problems' : `问题 / problems: ${e.problems.map((p) => `\`${p.at}\` ${p.code} «${shown(p.text)}»`).join('; ')}`,
    );
  }
  if (e.statuses !== undefined) parts.push(`状态 / statuses: ${Object.entries(e.statuses).map(([at, v]) => `${at} ${v}`).join(', ')}`);
  for (const [key, value] of Object.entries(e.facts ?? {})) parts.push(`${key} = \`${shown(JSON.stringify(value))}\``);
  return parts.join('<br>');
}

/** Invisible characters as \u escapes, so the table shows what the case holds. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
