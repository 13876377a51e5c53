#!/usr/bin/env node
// Writes the corpus of real-shaped ledgers, test/corpus/ledgers/: one .xlsx per ledger and a
// sidecar .json with the mapping a clerk reads in its header, plus the README listing them.
//
//   node scripts/corpus/make-ledger-corpus.js           rewrite the corpus, then check it
//   node scripts/corpus/make-ledger-corpus.js --check   only check the committed files
//   node scripts/corpus/make-ledger-corpus.js --keep-fods DIR   also keep LibreOffice's .fods inputs
//
// Producers: ExcelJS (xlsx-writer.js) and LibreOffice (fods.js: a flat ODS document converted by
// `soffice --headless --convert-to xlsx`), plus the two shared fixtures copied as they are.
// A ledger definition (ledgers-*.js) says what a clerk sees: lines above the header, the header
// cells with the concept each one names (H), two-row groups (G), data rows (D date, DT date-time,
// UP merged with the cell above, { section } a section row merged across), lines below.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const ExcelJS = require('exceljs');
const { layoutLedger, layoutPlain, numberOf, letters } = require('./ledger-layout');
const { writeXlsx } = require('./xlsx-writer');
const { convertWithLibreOffice } = require('./fods');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'test', 'corpus', 'ledgers');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');

const DEFINITIONS = [
  ...require('./ledgers-public'),
  ...require('./ledgers-meetings-tasks'),
  ...require('./ledgers-rectification-instructions'),
];

/** The shared fixtures, copied as they are; their sidecars read off the files with ExcelJS. */
const FIXTURE_LEDGERS = [
  {
    file: 'f1-government-report-table',
    source: 'government-report-table.xlsx',
    description: '共享样例：政府工作报告任务，Excel 表格（ListObject）在标题行之下，表头单元格内换行（责任\\n单位、交办\\n日期、完成\\n时限），日期为中文数字格式',
    modelledOn: 'test/fixtures/government-report-table.xlsx（项目共享样例）',
    producer: 'fixture',
    sheet: '政府工作报告任务',
    headerRows: [3],
    firstDataRow: 4,
    items: 5,
    columns: { id: 'A', title: 'B', source: 'C', units: 'D', leader: 'E', assigned: 'F', deadline: 'G', completed: 'H', status: 'I' },
    question: null,
  },
  {
    file: 'f2-meeting-two-row-header',
    source: 'meeting-two-row-header.xlsx',
    description: '共享样例：常务会议交办事项，合并标题行，两行表头（“时间”在“交办｜时限｜办结”之上），牵头单位与责任单位并列，日期为文字',
    modelledOn: 'test/fixtures/meeting-two-row-header.xlsx（项目共享样例）',
    producer: 'fixture',
    sheet: '县政府常务会议交办事项',
    headerRows: [2, 3],
    firstDataRow: 4,
    items: 5,
    columns: { id: 'A', title: 'B', leadUnits: 'C', units: 'D', assigned: 'E', deadline: 'F', completed: 'G', status: 'H', remark: 'I' },
    question: null,
  },
];

/** Required concepts a ledger lacks: title, units (or leadUnits), and assigned unless it has a deadline. */
function missingRequired(columns) {
  const missing = [];
  if (!columns.title) missing.push('title');
  if (!columns.units && !columns.leadUnits) missing.push('units');
  if (!columns.assigned && !columns.deadline) missing.push('assigned');
  return missing;
}

function byLetter(columns) {
  return Object.fromEntries(Object.entries(columns).sort((a, b) => numberOf(a[1]) - numberOf(b[1])));
}

function sidecarOf(def, layout) {
  const question = def.question === undefined ? null : def.question;
  return {
    description: def.description,
    modelledOn: def.modelledOn,
    producer: def.producer,
    sheet: def.sheet,
    headerRows: layout.sidecar.headerRows,
    firstDataRow: layout.sidecar.firstDataRow,
    items: layout.sidecar.items,
    columns: byLetter(layout.sidecar.columns),
    question,
  };
}

function writeJson(file, value) {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

const README_HEAD = `# 台账语料 / Ledger corpus

真实形态的督办台账，用来衡量表头识别：五种表头照搬公开督办系统，其余仿照县级机关实际使用的台账
（会议议定事项、政府工作报告任务分解、人大建议/政协提案、重点项目、信访、安全隐患、领导批示件、
12345 热线/民生实事、巡察/审计整改、环保督察整改），由 ExcelJS 和 LibreOffice 两个不同的程序写出，
另有两份项目共享样例原样复制。内容为虚构。

Real-shaped supervision ledgers (督办台账) that header recognition is measured on: five header
layouts copied from public 督办 systems, the rest modelled on the ledgers county offices keep,
written by two different producers (ExcelJS, and LibreOffice's own xlsx export), plus the two
shared fixtures copied as they are. Contents are made up.

每份 \`.xlsx\` 旁有同名 \`.json\`：按办事员读表头的方式给出工作表、表头行、首个数据行、事项数和各概念所在列
（\`columns\`，没有的概念不列），\`question\` 为 \`null\` 表示无须询问，否则列出缺少的必需概念。
Each \`.xlsx\` has a sidecar \`.json\`: sheet, header rows, first data row, item count, the column
letter of every concept the ledger has, and \`question\` (\`null\`, or the required concepts it lacks).

重新生成 / Regenerate (needs LibreOffice: \`apt-get install -y --no-install-recommends libreoffice-calc-nogui\`):

\`\`\`sh
node scripts/corpus/make-ledger-corpus.js           # 重写全部文件并自检 / rewrite everything, then self-check
node scripts/corpus/make-ledger-corpus.js --check   # 只检查已提交的文件 / check the committed files only
\`\`\`

The generator lives in \`scripts/corpus/\`: the ledger definitions (\`ledgers-*.js\`), the layout
(\`ledger-layout.js\`), the ExcelJS writer (\`xlsx-writer.js\`) and the LibreOffice path (\`fods.js\`:
a flat ODS document converted with \`soffice --headless --convert-to xlsx\`). Tests read the
committed files; a re-run writes the same contents (only the zip entries' timestamps change).

LibreOffice 写出的文件与 ExcelJS 不同之处 / What LibreOffice's files do differently:
- 中西文混排的文字（如 \`4月10日前\`、\`2020年4月2日\`、表头 \`*序号\`）存为富文本，按字体分段（西文字体与中文字体各一段）；
  mixed Chinese/Latin text (\`4月10日前\`, a header \`*序号\`) is stored as rich text, one run per script (Western and CJK font);
- 日期格式写成转义形式：\`yyyy\\年m\\月d\\日\`、\`yyyy\\-mm\\-dd\\ hh:mm\`；日期时间为带小数的序列号（43962.75）；
  date formats are written escaped (\`yyyy\\年m\\月d\\日\`), date-times as serials with a fraction;
- 合并单元格、隐藏列原样保留；数据库区域导出为 Excel 表格（ListObject，带自动筛选）。
  merges and hidden columns survive; a database range becomes an Excel table (ListObject).
- 它导出的表格没有 \`tableStyleInfo\`：ExcelJS 4.4 能读，但原样另存时报错（\`Cannot read properties of null (reading 'theme')\`），
  见 \`m38\`。Its tables carry no \`tableStyleInfo\`: ExcelJS 4.4 reads them but throws when it writes the workbook back.

| 文件 / file | 生成 / producer | 仿照 / modelled on | 说明 / what it exercises |
|---|---|---|---|
`;

function readme(entries) {
  const counts = {};
  for (const e of entries) counts[e.producer] = (counts[e.producer] || 0) + 1;
  const rows = entries.map((e) => `| \`${e.file}.xlsx\` | ${e.producer} | ${e.modelledOn.replace(/\|/g, '｜')} | ${e.description.replace(/\|/g, '｜')} |`);
  const tally = Object.entries(counts).map(([p, n]) => `${p} ${n}`).join('，');
  return `${README_HEAD}${rows.join('\n')}\n\n共 ${entries.length} 份 / ${entries.length} ledgers：${tally}。\n`;
}

async function generate(keepFods) {
  fs.mkdirSync(OUT, { recursive: true });
  const entries = [];

  for (const f of FIXTURE_LEDGERS) {
    fs.copyFileSync(path.join(FIXTURES, f.source), path.join(OUT, `${f.file}.xlsx`));
    const { file, ...rest } = f;
    const sidecar = { ...rest };
    delete sidecar.source;
    writeJson(path.join(OUT, `${file}.json`), sidecar);
    entries.push({ file, ...sidecar });
  }

  const lo = [];
  for (const def of DEFINITIONS) {
    const layout = layoutLedger(def);
    const sheets = [...(def.before || []).map(layoutPlain), layout, ...(def.after || []).map(layoutPlain)];
    const target = path.join(OUT, `${def.file}.xlsx`);
    fs.rmSync(target, { force: true });
    if (def.producer === 'ExcelJS') await writeXlsx(sheets, target);
    else if (def.producer === 'LibreOffice') lo.push({ base: def.file, sheets });
    else throw new Error(`${def.file}: unknown producer ${def.producer}`);
    const sidecar = sidecarOf(def, layout);
    writeJson(path.join(OUT, `${def.file}.json`), sidecar);
    entries.push({ file: def.file, ...sidecar });
  }
  if (keepFods) fs.mkdirSync(keepFods, { recursive: true });
  if (lo.length) convertWithLibreOffice(lo, OUT, keepFods);

  entries.sort((a, b) => a.file.localeCompare(b.file));
  fs.writeFileSync(path.join(OUT, 'README.md'), readme(entries));
  return entries.length;
}

function text(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v.richText) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return text(v.result);
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Opens every ledger with ExcelJS and checks its sidecar against it. Returns the failures. */
async function check() {
  const failures = [];
  const files = fs.readdirSync(OUT).filter((f) => f.endsWith('.xlsx')).sort();
  const producers = {};
  let asked = 0;
  for (const file of files) {
    const fail = (msg) => failures.push(`${file}: ${msg}`);
    const sidecarFile = path.join(OUT, file.replace(/\.xlsx$/, '.json'));
    if (!fs.existsSync(sidecarFile)) {
      fail('no sidecar');
      continue;
    }
    const s = JSON.parse(fs.readFileSync(sidecarFile, 'utf8'));
    producers[s.producer] = (producers[s.producer] || 0) + 1;
    if (s.question !== null) asked++;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(OUT, file));
    const ws = wb.getWorksheet(s.sheet);
    if (!ws) {
      fail(`no sheet ${s.sheet}`);
      continue;
    }
    const merges = Object.values(ws._merges).map((m) => m.model);
    const masterSpan = (r, c) => merges.find((m) => m.top === r && m.left === c);
    const inMerge = (r, c) => merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
    if (s.firstDataRow !== s.headerRows[s.headerRows.length - 1] + 1) fail('firstDataRow is not right under the header');
    const headerText = (c) =>
      s.headerRows
        .map((r) => text(ws.getCell(r, c).value))
        .filter((t, i, all) => t !== '' && all.indexOf(t) === i)
        .join('/');
    const seen = new Set();
    for (const [concept, letter] of Object.entries(s.columns)) {
      const c = numberOf(letter);
      if (seen.has(letter)) fail(`column ${letter} named twice`);
      seen.add(letter);
      if (headerText(c) === '') fail(`${concept} → ${letter}: empty header cell`);
    }
    // Every non-empty header cell should be there for a reason: list the unmapped ones for the eye.
    const titleCol = s.columns.title ? numberOf(s.columns.title) : null;
    if (titleCol) {
      let items = 0;
      for (let r = s.firstDataRow; r <= ws.rowCount; r++) {
        const cell = ws.getCell(r, titleCol);
        if (text(cell.value).trim() === '') continue;
        const m = inMerge(r, titleCol);
        if (m && !(m.top === r && m.left === titleCol)) continue; // a section or note row's slave cell
        const span = masterSpan(r, titleCol);
        if (span && span.right > span.left) continue; // a section or note row merged across
        items++;
      }
      if (items !== s.items) fail(`items: sidecar ${s.items}, sheet ${items}`);
    } else if (s.items === 0) {
      fail('no title column and no items');
    }
    const missing = missingRequired(s.columns);
    const expected = s.question && s.question.missing ? s.question.missing : [];
    if (JSON.stringify(missing) !== JSON.stringify(expected) && !(s.question && s.question.ambiguous)) {
      fail(`question.missing ${JSON.stringify(expected)}, columns lack ${JSON.stringify(missing)}`);
    }
    const width = Math.max(...s.headerRows.map((r) => ws.getRow(r).cellCount));
    const unmapped = [];
    for (let c = 1; c <= width; c++) {
      if (!seen.has(letters(c)) && headerText(c) !== '') unmapped.push(`${letters(c)}:${headerText(c).replace(/\n/g, '⏎')}`);
    }
    const mapped = Object.entries(s.columns).map(([k, l]) => `${k}=${l}:${headerText(numberOf(l)).replace(/\n/g, '⏎')}`);
    process.stdout.write(`${file} [${s.producer}] ${s.sheet} rows ${s.headerRows.join('+')} items ${s.items}\n  ${mapped.join('  ')}\n  not mapped: ${unmapped.join('  ') || '—'}\n`);
  }
  const rate = ((files.length - asked) / files.length) * 100;
  process.stdout.write(`\n${files.length} ledgers (${Object.entries(producers).map(([p, n]) => `${p} ${n}`).join(', ')}); ${files.length - asked} need no question (${rate.toFixed(1)}%)\n`);
  if (files.length < 40) failures.push(`only ${files.length} ledgers`);
  if ((producers.LibreOffice || 0) < 10) failures.push(`only ${producers.LibreOffice || 0} LibreOffice ledgers`);
  if (rate < 95) failures.push(`only ${rate.toFixed(1)}% need no question`);
  return failures;
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes('--check')) {
    const k = args.indexOf('--keep-fods');
    const n = await generate(k >= 0 ? path.resolve(args[k + 1]) : null);
    process.stdout.write(`wrote ${n} ledgers to ${path.relative(ROOT, OUT)}\n\n`);
  }
  const failures = await check();
  if (failures.length) {
    process.stderr.write(`\n${failures.join('\n')}\n`);
    process.exitCode = 1;
  } else process.stdout.write('corpus check passed\n');
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exitCode = 1;
});
