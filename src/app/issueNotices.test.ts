import ExcelJS from 'exceljs';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { parseNoticeLog } from '../core/notices/noticeLog';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { excelOf, serialOf } from '../../test/support/excelOf';
import { analyzeWorkbook, type LedgerAnalysis } from './analyzeWorkbook';
import { issueNotices } from './issueNotices';
import type { DateOnly } from '../core/dates/dateOnly';
import { dateOnly } from '../../test/support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** SPEC §2–3: both items 县长批示 assigned 2020-04-28 → deadline 2020-05-11; A2 done 05-14. */
async function workbook(extra?: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.addRow(['督办编号', '督办事项', '事项来源', '责任单位', '交办时间', '完成时间']);
  ws.addRow(['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28'), null]);
  ws.addRow(['A2', '农贸市场改造', '县长批示', '县财政局', d('2020-04-28'), d('2020-05-14')]);
  const reg = wb.addWorksheet('单位名册');
  reg.addRow(['单位名称', '主要负责人']);
  reg.addRow(['县住建局', '张三']);
  reg.addRow(['县财政局', '李四']);
  extra?.(wb);
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function analyze(port: XlsxWorkbook, asOf: DateOnly): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, { asOf, rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

/** The log's rows as saved, dates as the serials the file holds. */
const logRows = async (port: XlsxWorkbook) => {
  const ws = (await excelOf(port)).getWorksheet('督办单登记')!;
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map(serialOf)));
  return rows;
};
const sheetNames = async (port: XlsxWorkbook) => (await excelOf(port)).worksheets.map((w) => w.name);

describe('issueNotices', () => {
  it('logs the notices due, adds one sheet per issue date, and issues nothing the second time', async () => {
    const port = await workbook();
    const first = await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    expect(first.problems).toEqual([]);
    expect(first.notices.map((n) => `${n.number} ${n.itemId} ${n.issueDate}`)).toEqual([
      '督〔2020〕蓝1号 A1 2020-05-11',
      '督〔2020〕蓝2号 A2 2020-05-11',
      '督〔2020〕黄1号 A1 2020-05-18',
    ]);
    expect(first.sheets).toEqual(['督办单 2020-05-11', '督办单 2020-05-18']);
    expect(await sheetNames(port)).toEqual(['督办台账', '单位名册', '督办单登记', '督办单 2020-05-11', '督办单 2020-05-18']);
    const [log] = await port.readSheets(['督办单登记']);
    expect(parseNoticeLog(log).entries.map((e) => [e.row, e.number, e.unit, e.issueDate, e.voided])).toEqual([
      [2, '督〔2020〕蓝1号', '县住建局', '2020-05-11', false],
      [3, '督〔2020〕蓝2号', '县财政局', '2020-05-11', false],
      [4, '督〔2020〕黄1号', '县住建局', '2020-05-18', false],
    ]);

    // The log as it stands after issuing, returned without reading it back: what it reads back as.
    const readBack = parseNoticeLog(log).entries.map(({ number, color, itemId, unit, issueDate, voided }) => ({ number, color, itemId, unit, issueDate, voided }));
    expect(first.log).toEqual(readBack);

    const before = await logRows(port);
    const again = await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    // Nothing new: the log returned is the analysis' read of it.
    expect(again).toEqual({ notices: [], sheets: [], problems: [], log: (await analyze(port, dateOnly('2020-05-19'))).log });
    expect(again.log.map((e) => e.number)).toEqual(['督〔2020〕蓝1号', '督〔2020〕蓝2号', '督〔2020〕黄1号']);
    expect(await logRows(port)).toEqual(before);
    expect(await sheetNames(port)).toHaveLength(5);

    const later = await issueNotices(port, await analyze(port, dateOnly('2020-05-28')));
    expect(later.notices.map((n) => n.number)).toEqual(['督〔2020〕红1号']);
    expect(later.log.map((e) => `${e.number} ${e.issueDate}`)).toEqual(['督〔2020〕蓝1号 2020-05-11', '督〔2020〕蓝2号 2020-05-11', '督〔2020〕黄1号 2020-05-18', '督〔2020〕红1号 2020-05-28']);
    expect(later.sheets).toEqual(['督办单 2020-05-28']);
    expect((await logRows(port)).slice(0, 4)).toEqual(before);
  });

  it('appends under the columns of a log whose columns the user moved', async () => {
    const port = await workbook((wb) => {
      const ws = wb.addWorksheet('督办单登记');
      ws.addRow(['备注', '状态', '督办单编号', '颜色', '事项编号', '被督办单位', '发出日期', '签发人']);
      ws.addRow(['手工补录', '有效', '督〔2020〕蓝1号', '蓝', 'A1', '县住建局', '2020-05-11', '县政府督查室']);
    });
    const issued = await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    expect(issued.notices.map((n) => n.number)).toEqual(['督〔2020〕蓝2号', '督〔2020〕黄1号']);
    // Dates are serials with a date format: 2020-05-11 = 43962, 2020-05-18 = 43969.
    expect((await logRows(port)).slice(2)).toEqual([
      [undefined, '有效', '督〔2020〕蓝2号', '蓝', 'A2', '县财政局', 43962, '县政府督查室'],
      [undefined, '有效', '督〔2020〕黄1号', '黄', 'A1', '县住建局', 43969, '常务副县长'],
    ]);
    expect((await excelOf(port)).getWorksheet('督办单登记')!.getCell('G3').numFmt).toBe('yyyy-mm-dd');
  });

  it('writes the header again into an emptied log sheet', async () => {
    const port = await workbook((wb) => void wb.addWorksheet('督办单登记'));
    await issueNotices(port, await analyze(port, dateOnly('2020-05-11')));
    const rows = await logRows(port);
    expect(rows[0].slice(0, 3)).toEqual(['督办单编号', '颜色', '事项编号']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['督〔2020〕蓝1号', '督〔2020〕蓝2号']);
  });

  it('refuses to append to a log whose header is gone', async () => {
    const port = await workbook((wb) => {
      const ws = wb.addWorksheet('督办单登记');
      ws.addRow(['编号', '说明']);
      ws.addRow(['1', '手工记录']);
    });
    const issued = await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    expect(issued.notices).toEqual([]);
    expect(issued.problems.map((p) => [p.code, p.severity])).toEqual([['notice.log-unusable', 'error']]);
    expect(issued.log).toEqual([]);
    expect(await logRows(port)).toEqual([['编号', '说明'], ['1', '手工记录']]);
    expect(await sheetNames(port)).toHaveLength(3);
  });
});
