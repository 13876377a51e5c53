import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/app/analyzeWorkbook';
import { writeUnitScores } from '../../src/app/writeUnitScores';
import { issueNotices } from '../../src/app/issueNotices';
import { reapplyColors } from '../../src/commands/reapplyColors';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { CUT_MARKER } from '../../src/sheets/cellText';
import type { LegacySettingsStore } from '../../src/app/ports/settingsPort';
import { createWorkbookSettings } from '../../src/app/workbookSettings';
import { XIANGYIN_2020 } from '../../src/core/rules';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { readXlsxSnapshot } from '../../src/xlsx/readXlsxSnapshot';
import { parseDateCell } from '../../src/core/dates/parseDateCell';
import { MAX_ROWS, WHOLE_SHEET, formatA1, touchCell, usedRect } from '../fakes/fakeDocument';
import {
  HEADER,
  STANDARD_STATUSES,
  TITLE,
  day,
  fakeExcel,
  serial,
  standardLedger,
  standardRows,
  xlsxBuffer,
  type Grid,
} from './fixtures';
import {
  AS_OF,
  analyzeAndApply,
  analysisOf,
  fakeColumn,
  fakeOutside,
  observeRun,
  problemLines,
  runExcel,
  runXlsx,
  xlsxColumn,
  type Observation,
} from './pipeline';

/**
 * The bad-input corpus: one entry per case, run by one loop (corpus.test.ts) and listed in
 * docs/reliability.md (scripts/docs-reliability.js). Each case builds its fixture in code, runs it
 * through the pipeline of real use and reports what it saw; `expected` is worked out by hand from
 * SPEC, never copied from a run. Problem texts and refusals are fragments of the message; statuses
 * and facts are literal.
 */
export interface CorpusCase {
  id: string;
  /** The adapter the case runs over: the .xlsx file (CLI) or Excel (task pane, fake Excel). */
  via: 'xlsx' | 'Excel';
  title: { zh: string; en: string };
  /** The expected outcome in words (the same as `expected`, for the reader). */
  outcome: { zh: string; en: string };
  expected: Observation;
  run(): Promise<Observation>;
  /** ms, for the big ones. */
  timeout?: number;
}

const LEDGER = '台账';
/** The document settings where versions before the 规则设置 sheet kept theirs, holding `stored`. */
const legacyStore = (stored?: unknown): LegacySettingsStore => {
  let data = stored;
  return { read: () => data, clear: async () => void (data = undefined) };
};

/** A ledger of standardRows with other header texts (row 2). */
function withHeader(header: string[]): Grid {
  const rows = standardRows();
  rows[1] = header;
  return rows;
}

/** Rows 3.. of a grid with column `col` (0-based) replaced, one value per row. */
function withColumn(rows: Grid, col: number, values: Grid[number]): Grid {
  values.forEach((v, i) => {
    rows[i + 2] = [...rows[i + 2]];
    rows[i + 2][col] = v;
  });
  return rows;
}

async function xlsxStandard(rows: Grid, merges = ['A1:G1'], options: { date1904?: boolean } = {}): Promise<Observation> {
  const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges } }, options));
  return { ...observeRun(run), statuses: xlsxColumn(run.saved, LEDGER, 'H') };
}

export const CASES: CorpusCase[] = [
  // ---- dates --------------------------------------------------------------------------------
  {
    id: 'dates-mixed-kinds',
    via: 'xlsx',
    title: {
      zh: '同一列中混有各种日期写法：日期、常规格式的序列号、8 位数字、文本日期、"4月28日"、"7个工作日"、"3月底前"、"年底前"',
      en: 'One column mixing date kinds: dates, General-format serials, yyyymmdd numbers, text dates, prose deadlines',
    },
    outcome: {
      zh: '每一种都按规则读出，没有问题；状态按 SPEC §3 推算（4月28日 + 7个工作日 = 5月11日，为 SPEC 的算例）',
      en: 'Every kind is read, no problems; statuses as SPEC §3 works them out (Apr 28 + 7 working days = May 11, the SPEC example)',
    },
    expected: {
      problems: [],
      // 3: deadline 05-11 → 红; 4: 06-30 → 蓝; 5: 12-31 → —; 6: 4月28日 + 7 working days = 05-11 → 红;
      // 7: 3月底前 = 03-31 → 红; 8: serial 44012 = 06-30 → 蓝; 9: 年底前 = 12-31 → —.
      statuses: { H2: '督办状态', H3: '红', H4: '蓝', H5: '—', H6: '红', H7: '红', H8: '蓝', H9: '—' },
    },
    run: async () => {
      const rows: Grid = [
        [TITLE],
        [...HEADER],
        ['DB-001', '事项一', '县住建局', new Date(Date.UTC(2020, 2, 7)), new Date(Date.UTC(2020, 4, 11)), null, null],
        ['DB-002', '事项二', '县住建局', serial('2020-03-07'), '2020/6/30', null, null],
        ['DB-003', '事项三', '县住建局', '2020年3月7日', '2020-12-31', null, null],
        ['DB-004', '事项四', '县住建局', '4月28日', '7个工作日', null, null],
        ['DB-005', '事项五', '县住建局', '2020-03-07', '3月底前', null, null],
        ['DB-006', '事项六', '县住建局', 20200307, serial('2020-06-30'), null, null],
        ['DB-007', '事项七', '县住建局', '2020.3.7', '年底前', null, null],
      ];
      return xlsxStandard(rows);
    },
  },
  {
    id: 'dates-serials-out-of-range',
    via: 'xlsx',
    title: {
      zh: '交办时间为超出范围的序列号（日期格式）：0、-1、60（Excel 虚构的 1900年2月29日）、2958466（9999年以后），以及 59',
      en: 'Assigned dates as out-of-range serials (date format): 0, -1, 60 (Excel\'s fictitious 1900-02-29), 2958466 (past 9999), and 59',
    },
    outcome: {
      zh: '0、-1、60、2958466 各报一个问题（带单元格地址和原值），该行不参与督办（状态"—"）；59 读作 1900年2月28日（与 Excel 显示一致），早于 2000 年，报“交办时间不合理”，该行也不参与督办',
      en: '0, -1, 60, 2958466 each reported at their cell with the value; those rows are not escalated (—); 59 reads as 1900-02-28, as Excel shows it, and is reported as implausible (before 2000), its row not escalated either',
    },
    expected: {
      problems: [
        { at: 'D3', code: 'date.unparseable', text: '交办时间无法识别：0' },
        { at: 'D4', code: 'date.unparseable', text: '交办时间无法识别：-1' },
        { at: 'D5', code: 'date.unparseable', text: '交办时间无法识别：60' },
        { at: 'D6', code: 'date.unparseable', text: '交办时间无法识别：2958466' },
        { at: 'D7', code: 'date.implausible', text: '交办时间不合理：1900-02-28（应在2000年至2099年之间）' },
      ],
      statuses: { H2: '督办状态', H3: '—', H4: '—', H5: '—', H6: '—', H7: '—' },
    },
    run: async () => {
      const rows = withColumn(standardRows(), 3, [0, -1, 60, 2958466, 59].map((v) => ({ value: v, numFmt: 'yyyy-mm-dd' })));
      // Every row is held to 2020-05-11, so only the assigned date differs.
      withColumn(rows, 4, [1, 2, 3, 4, 5].map(() => day('2020-05-11')));
      withColumn(rows, 5, [null, null, null, null, null]);
      withColumn(rows, 6, [null, null, null, null, null]);
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:G1'] } }));
      return { ...observeRun(run), statuses: xlsxColumn(run.saved, LEDGER, 'H') };
    },
  },
  {
    id: 'dates-1904-xlsx',
    via: 'xlsx',
    title: { zh: '1904 日期系统的工作簿（旧版 Mac Excel）：序列号按 1904 年起算', en: 'A 1904-date-system workbook (old Mac Excel): serials count from 1904' },
    outcome: {
      zh: '日期按 1904 系统读出（42500 = 2020年5月11日），状态与 1900 系统的同一台账相同；写回的文件仍是 1904 系统，用户的日期不变',
      en: 'Dates read in the 1904 system (42500 = 2020-05-11), statuses as for the same ledger in 1900; the saved file keeps the 1904 system, so no date shifts',
    },
    expected: {
      problems: [],
      statuses: { H2: '督办状态', H3: '红', H4: '蓝' },
      facts: { date1904AfterSave: true, deadlineCellAfterSave: '2020-05-11' },
    },
    run: async () => {
      const to1904 = (date: string) => serial(date) - 1462;
      const rows: Grid = [
        [TITLE],
        [...HEADER],
        ['DB-001', '事项一', '县住建局', to1904('2020-03-07'), { value: to1904('2020-05-11'), numFmt: 'yyyy-mm-dd' }, null, null],
        ['DB-002', '事项二', '县住建局', { value: to1904('2020-03-07'), numFmt: 'yyyy-mm-dd' }, to1904('2020-06-30'), null, null],
      ];
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:G1'] } }, { date1904: true }));
      const saved = await readXlsxSnapshot(await run.port.toBuffer(), LEDGER);
      // The stored serial, read in the saved file's date system.
      const deadline = parseDateCell(saved.values[2][4], { date1904: saved.date1904 });
      return {
        ...observeRun(run),
        statuses: xlsxColumn(run.saved, LEDGER, 'H'),
        facts: { date1904AfterSave: run.saved.properties.date1904 === true, deadlineCellAfterSave: deadline.ok ? deadline.value : deadline.reason },
      };
    },
  },
  {
    id: 'dates-1904-excel',
    via: 'Excel',
    title: { zh: 'Excel 中打开的 1904 日期系统工作簿', en: 'A 1904-date-system workbook open in Excel' },
    outcome: {
      zh: '加载项自行判断日期系统（DATE(1904,1,1) 是否为 0），日期与状态正确',
      en: 'The add-in finds the date system itself (is DATE(1904,1,1) zero?); dates and statuses are right',
    },
    expected: { problems: [], statuses: { H2: '督办状态', H3: '红', H4: '蓝' } },
    run: async () => {
      const to1904 = (date: string) => serial(date) - 1462;
      const rows: Grid = [
        [TITLE],
        [...HEADER],
        ['DB-001', '事项一', '县住建局', { value: to1904('2020-03-07'), numFmt: 'yyyy/m/d' }, { value: to1904('2020-05-11'), numFmt: 'yyyy/m/d' }, null, null],
        ['DB-002', '事项二', '县住建局', { value: to1904('2020-03-07'), numFmt: 'yyyy/m/d' }, { value: to1904('2020-06-30'), numFmt: 'yyyy/m/d' }, null, null],
      ];
      const fake = fakeExcel({ [LEDGER]: { rows, merges: ['A1:G1'] } }, { date1904: true });
      const run = await runExcel(fake);
      return { ...observeRun(run), statuses: fakeColumn(fake, LEDGER, 'H') };
    },
  },

  // ---- layout -------------------------------------------------------------------------------
  {
    id: 'merged-cells-in-data',
    via: 'xlsx',
    title: {
      zh: '数据区内有合并单元格：一个责任单位合并跨 3 行、一个时限合并跨 2 行、一行合并的分组标题"二、民生实事"',
      en: 'Merged cells in the data: a unit merged over 3 rows, a deadline over 2 rows, a merged section row',
    },
    outcome: {
      zh: '合并的单位和时限归属所覆盖的每一行；分组标题行不是事项（状态列留空）；合并区域原样保留',
      en: 'A merged unit or deadline belongs to every row it covers; the section row is no item (no status); the merges stay as they were',
    },
    expected: {
      problems: [],
      statuses: { H2: '督办状态', H3: '红', H4: '红', H5: '蓝', H7: '—' },
      facts: {
        units: { 3: ['县水利局'], 4: ['县水利局'], 5: ['县水利局'], 7: ['县财政局'] },
        mergesAfterSave: ['A1:G1', 'A6:G6', 'C3:C5', 'E3:E4'],
      },
    },
    run: async () => {
      const rows: Grid = [
        [TITLE],
        [...HEADER],
        ['DB-001', '防汛物资储备', '县水利局', day('2020-03-07'), day('2020-05-11'), null, null],
        ['DB-002', '水库除险加固', null, day('2020-03-07'), null, null, null],
        ['DB-003', '山塘清淤', null, day('2020-03-07'), day('2020-06-30'), null, null],
        ['二、民生实事'],
        ['DB-004', '惠民资金发放', '县财政局', day('2020-03-07'), day('2020-12-31'), null, null],
      ];
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:G1', 'C3:C5', 'E3:E4', 'A6:G6'] } }));
      const units = Object.fromEntries(analysisOf(run).items.map((i) => [i.row, i.units]));
      const merges = [...((run.saved.getWorksheet(LEDGER) as ExcelJS.Worksheet).model.merges ?? [])].sort();
      return { ...observeRun(run), statuses: xlsxColumn(run.saved, LEDGER, 'H'), facts: { units, mergesAfterSave: merges } };
    },
  },
  {
    id: 'hidden-filtered-rows-xlsx',
    via: 'xlsx',
    title: { zh: '筛选中隐藏的行和手动隐藏的行（.xlsx，带自动筛选）', en: 'Rows hidden by a filter and by hand (.xlsx with an AutoFilter)' },
    outcome: {
      zh: '策略：隐藏的行仍是事项，照常计算并写入状态；加载项不取消隐藏、不改筛选',
      en: 'Policy: hidden rows are still items, escalated and given a status; nothing is unhidden and the filter stays',
    },
    expected: { problems: [], statuses: STANDARD_STATUSES, facts: { items: 5, hiddenAfterSave: [4, 6], autoFilterAfterSave: 'A2:G7' } },
    run: async () => {
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: standardLedger({ hiddenRows: [4, 6], autoFilter: 'A2:G7' }) }));
      const ws = run.saved.getWorksheet(LEDGER) as ExcelJS.Worksheet;
      const hidden = [1, 2, 3, 4, 5, 6, 7].filter((r) => ws.getRow(r).hidden);
      return {
        ...observeRun(run),
        statuses: xlsxColumn(run.saved, LEDGER, 'H'),
        facts: { items: analysisOf(run).items.length, hiddenAfterSave: hidden, autoFilterAfterSave: ws.autoFilter },
      };
    },
  },
  {
    id: 'hidden-filtered-rows-excel',
    via: 'Excel',
    title: { zh: 'Excel 中被筛选隐藏的行', en: 'Rows filtered out in Excel' },
    outcome: {
      zh: '隐藏的行仍是事项并写入状态；这些行保持隐藏',
      en: 'Hidden rows are still items and get their status; they stay hidden',
    },
    expected: { problems: [], statuses: STANDARD_STATUSES, facts: { hiddenRows: [4, 6], hiddenSeenByReader: [4, 6] } },
    run: async () => {
      const fake = fakeExcel({ [LEDGER]: standardLedger({ hiddenRows: [4, 6] }) });
      const run = await runExcel(fake);
      return {
        ...observeRun(run),
        statuses: fakeColumn(fake, LEDGER, 'H'),
        facts: { hiddenRows: [...fake.sheet(LEDGER).hiddenRows].sort(), hiddenSeenByReader: analysisOf(run).sheet.hiddenRows },
      };
    },
  },
  {
    id: 'formatting-to-last-row-xlsx',
    via: 'xlsx',
    title: { zh: '格式一直刷到工作表最后一行（第 1048576 行有填充和边框）', en: 'Formatting reaching the last row of the sheet (fill and border on row 1,048,576)' },
    outcome: {
      zh: '只读取有值的区域（7 行），台账止于最后一个事项；状态列只写 5 个事项',
      en: 'Only the cells holding values are read (7 rows); the ledger ends at its last item; 5 statuses are written',
    },
    expected: { problems: [], statuses: STANDARD_STATUSES, facts: { lastRowStyledInFile: true, rowsRead: 7, lastDataRow: 7 } },
    run: async () => {
      const data = await xlsxBuffer({ [LEDGER]: standardLedger() }, {
        customize: (wb) => {
          const ws = wb.getWorksheet(LEDGER) as ExcelJS.Worksheet;
          for (const col of ['A', 'G']) {
            const cell = ws.getCell(`${col}1048576`);
            cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
            cell.border = { bottom: { style: 'thin' } };
          }
        },
      });
      // The fixture really carries the style on the last row (ExcelJS writes a styled empty cell).
      const input = new ExcelJS.Workbook();
      await input.xlsx.load(data as unknown as ArrayBuffer);
      const fill = (input.getWorksheet(LEDGER) as ExcelJS.Worksheet).getCell('G1048576').fill as ExcelJS.FillPattern | undefined;
      const run = await runXlsx(data);
      const analysis = analysisOf(run);
      return {
        ...observeRun(run),
        statuses: xlsxColumn(run.saved, LEDGER, 'H', 1),
        facts: { lastRowStyledInFile: fill?.fgColor?.argb === 'FFFFFF00', rowsRead: analysis.sheet.values.length, lastDataRow: analysis.mapping.lastDataRow },
      };
    },
  },
  {
    id: 'formatting-to-last-row-excel',
    via: 'Excel',
    title: { zh: 'Excel 中格式刷到最后一行：带格式的已用区域是 A1:G1048576', en: 'In Excel, formatting to the last row: the used range with formats is A1:G1048576' },
    outcome: {
      zh: '按"仅值"的已用区域读取（getUsedRange(true)）：一次读取 7 行 × 7 列的值和数字格式（98 个单元格），不是一百万行',
      en: 'Read by the values-only used range (getUsedRange(true)): 7 × 7 values and number formats (98 cells) in one read, not a million rows',
    },
    // A1:G1048576, written as Excel writes whole columns.
    expected: { problems: [], statuses: STANDARD_STATUSES, facts: { usedRangeWithFormats: 'A:G', cellsLoaded: 98, largestLoad: 98 } },
    run: async () => {
      const fake = fakeExcel({ [LEDGER]: standardLedger() });
      // A fill on A and G of the last row: the used range with formats reaches row 1,048,576.
      for (const col of [1, 7]) touchCell(fake.sheet(LEDGER), MAX_ROWS, col).format = { fill: '#FFFF00' };
      const used = usedRect(fake.sheet(LEDGER), WHOLE_SHEET, false);
      const run = await runExcel(fake);
      const loads = fake.syncLog.map((s) => s.loaded);
      return {
        ...observeRun(run),
        statuses: fakeColumn(fake, LEDGER, 'H'),
        facts: { usedRangeWithFormats: used === null ? null : formatA1(used), cellsLoaded: loads.reduce((a, b) => a + b, 0), largestLoad: Math.max(...loads) },
      };
    },
  },

  // ---- headers ------------------------------------------------------------------------------
  {
    id: 'header-only',
    via: 'xlsx',
    title: { zh: '只有表头、没有事项的台账', en: 'A ledger with its header and no items' },
    outcome: { zh: '识别为台账、0 个事项，不报错；只添加"督办状态"表头', en: 'Recognised, 0 items, no error; only the 督办状态 header is added' },
    expected: { problems: [], statuses: { H2: '督办状态' }, facts: { items: 0 } },
    run: async () => {
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows: standardRows().slice(0, 2), merges: ['A1:G1'] } }));
      return { ...observeRun(run), statuses: xlsxColumn(run.saved, LEDGER, 'H'), facts: { items: analysisOf(run).items.length } };
    },
  },
  {
    id: 'empty-workbook',
    via: 'xlsx',
    title: { zh: '空白工作表（没有任何内容）', en: 'An empty sheet' },
    outcome: { zh: '拒绝并说明：没有找到督办台账，需要哪些表头；不写任何内容', en: 'Refused, saying no ledger was found and which headers are needed; nothing written' },
    expected: { refusal: '没有找到督办台账：找不到含「督办事项」「责任单位」「交办时间」等列的表头', problems: [], facts: { cellsAfterSave: 0 } },
    run: async () => {
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows: [] } }));
      let cells = 0;
      (run.saved.getWorksheet(LEDGER) as ExcelJS.Worksheet).eachRow((row) => row.eachCell(() => void cells++));
      return { ...observeRun(run), facts: { cellsAfterSave: cells } };
    },
  },
  {
    id: 'header-missing-column',
    via: 'xlsx',
    title: { zh: '缺少必需的列：既没有"交办时间"列，也没有"办理时限"列', en: 'A required column missing: neither 交办时间 nor 办理时限' },
    outcome: { zh: '拒绝并指出缺的列，请用户在列映射中指定', en: 'Refused, naming the missing column and asking for it in the mapping' },
    expected: { refusal: '工作表「台账」缺少必需的列：交办时间（或办理时限），请在映射中指定', problems: [] },
    run: async () => {
      const rows = standardRows().map((r) => r.filter((_, c) => c !== 3 && c !== 4));
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:E1'] } }));
      return observeRun(run);
    },
  },
  {
    id: 'header-deadline-without-assigned',
    via: 'xlsx',
    title: { zh: '没有"交办时间"列，但有"办理时限"列', en: 'No 交办时间 column, but a 办理时限 column' },
    outcome: {
      zh: '按写明的办理时限督办，结果与标准台账相同；提示没有交办时间列的后果',
      en: 'Escalated by the written deadlines, as the standard ledger is; a warning says what the missing column costs',
    },
    expected: {
      problems: [
        {
          at: '第2行',
          code: 'ledger.no-assigned-column',
          text: '表头中没有"交办时间"列：按"办理时限"列督办；未写时限的事项无法推算时限，单位得分不计承办事项数的加分',
        },
      ],
      statuses: { G2: '督办状态', G3: '红', G4: '蓝', G5: '—', G6: '已办结', G7: '长期' },
    },
    run: async () => {
      const rows = standardRows().map((r) => r.filter((_, c) => c !== 3));
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:F1'] } }));
      return { ...observeRun(run), statuses: xlsxColumn(run.saved, LEDGER, 'G') };
    },
  },
  {
    id: 'header-renamed-recognised',
    via: 'xlsx',
    title: {
      zh: '改写过的表头："督办\\n事项"（换行）、"责任单位（牵头）"、"交 办 时 间"、"完成时限*"、"办结时间"、"进展情况"',
      en: 'Reworded headers: a line break inside, a bracketed note, spaces, an asterisk, other words',
    },
    outcome: { zh: '全部按含义和规范化识别，结果与标准表头相同', en: 'All recognised by meaning and normalisation; the result equals the standard header\'s' },
    expected: { problems: [], statuses: STANDARD_STATUSES },
    run: async () => xlsxStandard(withHeader(['序号', '督办\n事项', '责任单位（牵头）', '交 办 时 间', '完成时限*', '办结时间', '进展情况'])),
  },
  {
    id: 'header-renamed-unknown',
    via: 'xlsx',
    title: { zh: '表头改成了读不出含义的词："批示摘要"代替"督办事项"', en: 'A header renamed beyond the vocabulary: 批示摘要 for 督办事项' },
    outcome: { zh: '拒绝并指出缺"督办事项"列，请在列映射中指定（不猜）', en: 'Refused, naming 督办事项 as missing, to be mapped by the user (no guessing)' },
    expected: { refusal: '工作表「台账」缺少必需的列：督办事项，请在映射中指定', problems: [] },
    run: async () => observeRun(await runXlsx(await xlsxBuffer({ [LEDGER]: { rows: withHeader(['编号', '批示摘要', ...HEADER.slice(2)]) } }))),
  },
  {
    id: 'header-duplicated',
    via: 'xlsx',
    title: { zh: '重复的表头：第二个"责任单位"列（H 列）', en: 'A duplicated header: a second 责任单位 column (H)' },
    outcome: {
      zh: '读取第一个"责任单位"列，并在 H2 提示重复的列未读取；状态列放在其后的 I 列',
      en: 'The first 责任单位 is read; H2 is reported as a repeat that is not read; the status goes to column I',
    },
    expected: {
      problems: [{ at: 'H2', code: 'ledger.repeated-column', text: '表头"责任单位"与 C 列重复，只读取 C 列，本列未读取' }],
      statuses: { I2: '督办状态', I3: '红', I4: '蓝', I5: '—', I6: '已办结', I7: '长期' },
    },
    run: async () => {
      const rows = standardRows().map((r, i) => (i === 0 ? r : [...r, i === 1 ? '责任单位' : '县财政局']));
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:H1'] } }));
      return { ...observeRun(run), statuses: xlsxColumn(run.saved, LEDGER, 'I') };
    },
  },

  // ---- cell contents ------------------------------------------------------------------------
  {
    id: 'numbers-as-text',
    via: 'xlsx',
    title: {
      zh: '以文本存储的数字：编号"001"、交办时间"43897"（文本序列号）、办理时限"20200511"（文本）',
      en: 'Numbers stored as text: id "001", assigned "43897" (a serial as text), deadline "20200511" (text)',
    },
    outcome: {
      zh: '编号保持文本"001"（不变成 1）；文本形式的序列号和 8 位日期按其所显示的数字读出',
      en: 'The id stays the text "001" (not 1); a serial or yyyymmdd stored as text is read as the number it shows',
    },
    expected: { problems: [], statuses: { H2: '督办状态', H3: '红', H4: '红' }, facts: { ids: ['001', '002'] } },
    run: async () => {
      const rows: Grid = [
        [TITLE],
        [...HEADER],
        ['001', '事项一', '县住建局', '43897', '20200511', null, null],
        ['002', '事项二', '县住建局', '20200307', '43962', null, null],
      ];
      const run = await runXlsx(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:G1'] } }));
      return { ...observeRun(run), statuses: xlsxColumn(run.saved, LEDGER, 'H'), facts: { ids: analysisOf(run).items.map((i) => i.id) } };
    },
  },
  {
    id: 'invisible-characters',
    via: 'Excel',
    title: {
      zh: '事项和单位名中的 emoji、零宽字符、控制字符："🚧 修复X路\\u200B"、"\\u0007报警器更换"、"县水利局\\u200B"、"\\uFEFF县财政局"，并有单位名册',
      en: 'Emoji, zero-width and control characters in titles and unit names, with a unit register',
    },
    outcome: {
      zh: '事项名称原样保留；单位名中看不见的字符不算数，对上名册中的单位，不误报"不在单位名册中"',
      en: 'Titles are kept as written; invisible characters in unit names do not count, so they match the register (no false "unknown unit")',
    },
    expected: {
      problems: [],
      statuses: { H2: '督办状态', H3: '红', H4: '蓝' },
      facts: { titles: ['🚧 修复X路\u200B', '\u0007报警器更换'], units: [['县水利局'], ['县财政局']] },
    },
    run: async () => {
      const rows: Grid = [
        [TITLE],
        [...HEADER],
        ['DB-001', '🚧 修复X路\u200B', '县水利局\u200B', day('2020-03-07'), day('2020-05-11'), null, null],
        ['DB-002', '\u0007报警器更换', '\uFEFF县财政局', day('2020-03-07'), day('2020-06-30'), null, null],
      ];
      const fake = fakeExcel({ [LEDGER]: { rows, merges: ['A1:G1'] }, 单位名册: { rows: [['单位名称'], ['县水利局'], ['县财政局']] } });
      const run = await runExcel(fake);
      const items = analysisOf(run).items;
      return { ...observeRun(run), statuses: fakeColumn(fake, LEDGER, 'H'), facts: { titles: items.map((i) => i.title), units: items.map((i) => i.units) } };
    },
  },
  {
    id: 'cell-text-over-limit',
    via: 'xlsx',
    title: { zh: '事项名称超过 32,767 个字符（Excel 单元格上限），再生成督办单', en: 'A title over 32,767 characters (Excel\'s cell limit), then notices issued' },
    outcome: {
      zh: '台账原文不动；督办单登记中的事项名称截到 32,767 个字符并以"…（超出单元格上限，已截断）"结尾；督办单上只显示开头并注明"全文见台账"',
      en: 'The ledger keeps its text; the notice log cuts the title to 32,767 characters ending "…（超出单元格上限，已截断）"; the notice shows its start and "see the ledger"',
    },
    expected: {
      // No unit register in this workbook: the notice says so instead of a name.
      problems: [{ at: '工作簿', code: 'notice.no-head', text: '工作簿中没有「单位名册」表' }],
      facts: { ledgerTitleLength: 40_000, logTitleLength: 32_767, logTitleEndsWithMarker: true, noticeShowsCut: true },
    },
    run: async () => {
      const rows = standardRows().slice(0, 3);
      rows[2] = [...rows[2]];
      rows[2][1] = '县'.repeat(40_000);
      const port = await XlsxWorkbook.load(await xlsxBuffer({ [LEDGER]: { rows, merges: ['A1:G1'] } }));
      const result = await analyzeWorkbook(port, { asOf: AS_OF, rules: XIANGYIN_2020 });
      if (!result.ok) return { refusal: result.message };
      const issued = await issueNotices(port, result.analysis);
      const saved = new ExcelJS.Workbook();
      await saved.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
      const texts = (name: string) => {
        const out: string[] = [];
        (saved.getWorksheet(name) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && c.value.startsWith('县县') && out.push(c.value))));
        return out;
      };
      const [logTitle] = texts('督办单登记');
      const noticeTitles = issued.sheets.flatMap(texts);
      return {
        problems: problemLines([...result.analysis.problems, ...issued.problems]),
        facts: {
          ledgerTitleLength: (saved.getWorksheet(LEDGER) as ExcelJS.Worksheet).getCell('B3').text.length,
          logTitleLength: logTitle.length,
          logTitleEndsWithMarker: logTitle.endsWith(CUT_MARKER),
          noticeShowsCut: noticeTitles.length > 0 && noticeTitles.every((t) => t.length < 200 && t.endsWith('…（全文见台账）')),
        },
      };
    },
  },

  // ---- Excel refusing -----------------------------------------------------------------------
  {
    id: 'protected-sheet',
    via: 'Excel',
    title: { zh: '台账工作表受保护（审阅 → 保护工作表），点"重新着色"', en: 'The ledger sheet is protected; the user clicks 重新着色' },
    outcome: {
      zh: '读取照常；写入被 Excel 拒绝（AccessDenied），用户看到中文说明：工作表受保护或只读，如何撤消保护；工作簿一个单元格也没变',
      en: 'Reading works; Excel refuses the write (AccessDenied) and the user reads, in Chinese, that the sheet is protected or read-only and how to unprotect it; not one cell changed',
    },
    expected: {
      refusal: '无法写入「台账」!H2的督办状态列：工作表「台账」受保护或工作簿为只读，未能写入：请先撤消工作表保护（审阅 → 撤消工作表保护），或以可编辑方式打开工作簿，再重试',
      facts: { workbookUnchanged: true },
    },
    run: async () => {
      const fake = fakeExcel({ [LEDGER]: standardLedger() });
      fake.protectSheet(LEDGER);
      const before = fake.dump();
      let refusal: string | undefined;
      try {
        const port = new OfficeWorkbook(fake.run);
        await reapplyColors({ port, settings: createWorkbookSettings(port), today: () => AS_OF });
      } catch (e) {
        refusal = e instanceof Error ? e.message : String(e);
      }
      return { refusal, facts: { workbookUnchanged: fake.dump() === before } };
    },
  },
  {
    id: 'third-sync-fails',
    via: 'Excel',
    title: {
      zh: '应用三色时第 3 次往返失败（状态列每次写 2 行，第 3 次同步在执行了一个调用后出错）',
      en: 'The 3rd round trip of 应用三色 fails (2 status rows a sync; the 3rd sync fails after one call)',
    },
    outcome: {
      zh: '用户看到中文错误；台账原有单元格一个不变（只有加载项自己的状态列写了一半）；再次应用后，工作簿与一次顺利运行的结果完全相同',
      en: 'A Chinese error; no user cell changed (only the add-in\'s own column is half written); a rerun leaves the workbook exactly as a clean run does',
    },
    expected: {
      refusal: 'Excel 未能完成对工作表「台账」的写入（错误代码 GeneralException），请重试',
      statuses: { H2: '督办状态', H3: '红', H4: '蓝' },
      facts: { userCellsUntouched: true, rerunEqualsCleanRun: true, statusesAfterRerun: STANDARD_STATUSES },
    },
    run: async () => {
      const options = { decorationOneWriteRows: 0, decorationRowsPerSync: 2 };
      const clean = fakeExcel({ [LEDGER]: standardLedger() });
      await runExcel(clean, options);
      const fake = fakeExcel({ [LEDGER]: standardLedger() });
      const userCells = fakeOutside(fake, LEDGER, 'H');
      const port = new OfficeWorkbook(fake.run, options);
      // listSheets and readSheets take a sync each; apply's 1st sync reads, the 2nd and 3rd write.
      fake.failSync({ at: fake.syncCount + 2 + 3, afterOps: 1 });
      const failed = await analyzeAndApply(port);
      const afterFailure = fakeColumn(fake, LEDGER, 'H');
      const untouched = fakeOutside(fake, LEDGER, 'H') === userCells;
      await analyzeAndApply(port);
      return {
        ...(failed.writeError !== null ? { refusal: failed.writeError } : {}),
        statuses: afterFailure,
        facts: { userCellsUntouched: untouched, rerunEqualsCleanRun: fake.dump() === clean.dump(), statusesAfterRerun: fakeColumn(fake, LEDGER, 'H') },
      };
    },
  },
  {
    id: 'sixty-thousand-rows',
    via: 'Excel',
    title: { zh: '60,000 行的台账', en: 'A ledger of 60,000 rows' },
    outcome: { zh: '顺利完成；状态列正好 60,000 个值', en: 'Completes; the status column holds exactly 60,000 values' },
    expected: { facts: { statusValues: 60_000, byStatus: { 红: 30_000, 蓝: 30_000 }, problems: 0 } },
    timeout: 60_000,
    run: async () => {
      // The five columns an item needs (编号 … 办理时限): 300,000 cells.
      const rows: Grid = [[TITLE], HEADER.slice(0, 5)];
      // Dates as General-format serials (a date column needs no date format to be read).
      const a = serial('2020-03-07');
      const d1 = serial('2020-05-11');
      const d2 = serial('2020-06-30');
      for (let i = 1; i <= 60_000; i++) rows.push([`DB-${i}`, `事项${i}`, '县住建局', a, i % 2 === 1 ? d1 : d2]);
      const fake = fakeExcel({ [LEDGER]: { rows, merges: ['A1:E1'] } });
      const run = await runExcel(fake);
      const values = Object.values(fakeColumn(fake, LEDGER, 'F', 3));
      const byStatus: Record<string, number> = {};
      for (const v of values) byStatus[v] = (byStatus[v] ?? 0) + 1;
      return { ...(run.writeError !== null ? { refusal: run.writeError } : {}), facts: { statusValues: values.length, byStatus, problems: run.result.ok ? run.result.analysis.problems.length : -1 } };
    },
  },

  // ---- the add-in's own sheets --------------------------------------------------------------
  {
    id: 'output-sheet-exists',
    via: 'Excel',
    title: { zh: '已有同名的输出工作表：用户自己的"单位得分 2020"', en: 'An output sheet of the same name exists: the user\'s own 单位得分 2020' },
    outcome: {
      zh: '新表取一个不重名的名字"单位得分 2020 (2)"；原表不删、不改',
      en: 'The new sheet takes a free name, 单位得分 2020 (2); the user\'s sheet is neither deleted nor changed',
    },
    expected: { facts: { sheet: '单位得分 2020 (2)', sheets: ['台账', '单位得分 2020', '单位得分 2020 (2)'], userSheetUnchanged: true } },
    run: async () => {
      const fake = fakeExcel({ [LEDGER]: standardLedger(), '单位得分 2020': { rows: [['单位', '得分'], ['县住建局', 97]] } });
      const userSheet = () => JSON.stringify((JSON.parse(fake.dump()) as { sheets: Array<{ name: string }> }).sheets.find((s) => s.name === '单位得分 2020'));
      const before = userSheet();
      const run = await runExcel(fake);
      const { sheet } = await writeUnitScores(run.port, analysisOf(run), analysisOf(run).log);
      return { facts: { sheet, sheets: fake.sheetNames(), userSheetUnchanged: userSheet() === before } };
    },
  },
  {
    id: 'sheet-names-invalid',
    via: 'Excel',
    title: {
      zh: '要新建的工作表名超过 31 个字符、含 []:*?/\\，或由 emoji 组成（每个占 2 个字符）',
      en: 'Sheet names to create that are too long, contain []:*?/\\, or are made of emoji (2 characters each)',
    },
    outcome: {
      zh: '非法字符换成"_"，按 Excel 的计法截到 31 个字符（不拆开 emoji），Excel 接受新表',
      en: 'Illegal characters become "_", the name is cut to 31 characters as Excel counts them (no emoji split), and Excel accepts it',
    },
    expected: {
      facts: {
        // 31 characters; 15 emoji are 30 (a 16th would make 32).
        names: ['督办通报_2020__上半年__之_全县四十个单位的汇总与排名', '🚧🚧🚧🚧🚧🚧🚧🚧🚧🚧🚧🚧🚧🚧🚧'],
      },
    },
    run: async () => {
      const fake = fakeExcel({ [LEDGER]: standardLedger() });
      const port = new OfficeWorkbook(fake.run);
      const names: string[] = [];
      for (const name of ['督办通报/2020:[上半年]*之?全县四十个单位的汇总与排名情况\\附表', '🚧'.repeat(20)]) {
        names.push(await port.addSheet({ name, rows: [[{ value: '内容' }]] }));
      }
      return { facts: { names } };
    },
  },

  // ---- files and settings -------------------------------------------------------------------
  {
    id: 'not-an-xlsx',
    via: 'xlsx',
    title: { zh: '不是 .xlsx 的文件（文本文件改了扩展名）', en: 'A file that is not .xlsx (a text file renamed)' },
    outcome: { zh: '拒绝打开，中文说明原因', en: 'Not opened; the reason in Chinese' },
    expected: { refusal: '不是 .xlsx 文件（文件内容不是 zip 格式）' },
    run: async () => {
      try {
        await XlsxWorkbook.load(Buffer.from('编号,督办事项\n1,修路\n', 'utf8'));
        return {};
      } catch (e) {
        return { refusal: e instanceof Error ? e.message : String(e) };
      }
    },
  },
  {
    id: 'settings-corrupt-json',
    via: 'Excel',
    title: { zh: '工作簿中保存的设置 JSON 已损坏，点"重新着色"', en: 'The settings saved in the workbook are corrupt JSON; the user clicks 重新着色' },
    outcome: {
      zh: '设置改用默认值，提示指出是哪个设置（duban.settings）；台账照常识别并着色',
      en: 'Settings fall back to the defaults with a message naming the setting (duban.settings); the ledger is found and colored as usual',
    },
    expected: {
      problems: [{ at: '设置 duban.settings', code: 'settings.corrupt', text: '工作簿中保存的设置已损坏（不是有效的 JSON），已改用默认设置' }],
      statuses: STANDARD_STATUSES,
      facts: { ledgerSheet: null, rulesAreDefault: true },
    },
    run: async () => {
      const fake = fakeExcel({ [LEDGER]: standardLedger() });
      const port = new OfficeWorkbook(fake.run);
      const settings = createWorkbookSettings(port, legacyStore('{"version":1,"ledgerSheet":"台'));
      const loaded = await settings.load();
      await reapplyColors({ port, settings, today: () => AS_OF });
      return {
        problems: problemLines(loaded.problems),
        statuses: fakeColumn(fake, LEDGER, 'H'),
        facts: { ledgerSheet: loaded.settings.ledgerSheet, rulesAreDefault: loaded.settings.rules === XIANGYIN_2020 },
      };
    },
  },
  {
    id: 'settings-invalid-field',
    via: 'Excel',
    title: { zh: '保存的设置中某一项无效：列号为 -1、规则中黄牌天数为 -5', en: 'One saved setting invalid: a column number of -1, a yellow-notice delay of -5' },
    outcome: {
      zh: '只丢弃无效的那一项，并逐项指出设置名；其余设置照用',
      en: 'Only the invalid entries are dropped, each named; the rest stay in force',
    },
    expected: {
      problems: [
        { at: '设置 columns.units', code: 'settings.invalid', text: '设置 columns.units（责任单位）的列号必须是 0 到 16384 之间的整数（当前：-1），已忽略' },
        { at: '设置 rules.escalation.yellowAfterDays', code: 'rules.invalid', text: 'yellowAfterDays' },
        { at: '设置 rules', code: 'settings.invalid', text: '已改用默认规则（湘阴2020）' },
      ],
      facts: { ledgerSheet: '台账', columns: { title: 2 } },
    },
    run: async () => {
      const stored = JSON.stringify({ version: 1, ledgerSheet: '台账', columns: { title: 2, units: -1 }, rules: { escalation: { yellowAfterDays: -5 } } });
      const fake = fakeExcel({ [LEDGER]: standardLedger() });
      const loaded = await createWorkbookSettings(new OfficeWorkbook(fake.run), legacyStore(stored)).load();
      return { problems: problemLines(loaded.problems), facts: { ledgerSheet: loaded.settings.ledgerSheet, columns: loaded.settings.columns } };
    },
  },
];
