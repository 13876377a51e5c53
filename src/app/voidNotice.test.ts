import ExcelJS from 'exceljs';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { excelOf, serialOf, withExcel } from '../../test/support/excelOf';
import { analyzeWorkbook, type LedgerAnalysis } from './analyzeWorkbook';
import { issueNotices } from './issueNotices';
import { voidNotice } from './voidNotice';
import type { DateOnly } from '../core/dates/dateOnly';
import { dateOnly } from '../../test/support/dateOnly';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** SPEC §2–3: 县长批示 assigned 2020-04-28 → deadline 05-11, blue 05-11, yellow 05-18. */
async function workbook(log?: unknown[][]): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('督办台账');
  ws.addRow(['督办编号', '督办事项', '事项来源', '责任单位', '交办时间']);
  ws.addRow(['A1', '背街小巷提质改造', '县长批示', '县住建局', d('2020-04-28')]);
  if (log) wb.addWorksheet('督办单登记').addRows(log);
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

async function analyze(port: XlsxWorkbook, asOf: DateOnly): Promise<LedgerAnalysis> {
  const result = await analyzeWorkbook(port, { asOf, rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

/** Cells of the log as saved, dates as the serials the file holds. */
const cells = async (port: XlsxWorkbook, ...refs: string[]) => {
  const ws = (await excelOf(port)).getWorksheet('督办单登记')!;
  return refs.map((r) => serialOf(ws.getCell(r).value));
};

describe('voidNotice', () => {
  it('marks the row 作废 with the reason, keeps it, and the next run issues the notice under a new number', async () => {
    const port = await workbook();
    await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    const analysis = await analyze(port, dateOnly('2020-05-19'));
    expect(await voidNotice(port, analysis.log, '督〔2020〕黄1号', '发错单位')).toEqual({ ok: true, number: '督〔2020〕黄1号', row: 3 });
    expect(await cells(port, 'A3', 'B3', 'G3', 'K3', 'L3')).toEqual(['督〔2020〕黄1号', '黄', 43969, '作废', '作废：发错单位']);

    const reissued = await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    expect(reissued.notices.map((n) => `${n.number} ${n.issueDate}`)).toEqual(['督〔2020〕黄2号 2020-05-18']);
    expect(await cells(port, 'A2', 'A3', 'K3', 'A4', 'K4')).toEqual(['督〔2020〕蓝1号', '督〔2020〕黄1号', '作废', '督〔2020〕黄2号', '有效']);
  });

  it('says so for an unknown number, a number already voided, and a missing reason', async () => {
    const port = await workbook();
    await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    const analysis = await analyze(port, dateOnly('2020-05-19'));
    expect(await voidNotice(port, analysis.log, '督〔2020〕红9号', '重复')).toEqual({ ok: false, message: '「督办单登记」中没有编号为「督〔2020〕红9号」的督办单' });
    expect(await voidNotice(port, analysis.log, '督〔2020〕蓝1号', '  ')).toEqual({ ok: false, message: '请填写作废原因' });
    expect(await voidNotice(port, analysis.log, ' 督〔2020〕蓝1号 ', '重复')).toMatchObject({ ok: true, row: 2 });
    expect(await voidNotice(port, analysis.log, '督〔2020〕蓝1号', '重复')).toEqual({ ok: false, message: '督办单「督〔2020〕蓝1号」已作废（「督办单登记」第2行），无需再次作废' });
    expect(await cells(port, 'K2', 'L2')).toEqual(['作废', '作废：重复']);
  });

  it('tells a number whose row changed since the log was read from one that never existed', async () => {
    const port = await workbook();
    await issueNotices(port, await analyze(port, dateOnly('2020-05-19')));
    const analysis = await analyze(port, dateOnly('2020-05-19'));
    // Staff retype the number of row 2 after the log was read.
    const retyped = await withExcel(port, (wb) => {
      wb.getWorksheet('督办单登记')!.getCell('A2').value = '督〔2020〕蓝9号';
    });
    expect(await voidNotice(retyped, analysis.log, '督〔2020〕蓝1号', '重复')).toEqual({ ok: false, message: '「督办单登记」已改动，找不到「督〔2020〕蓝1号」：请重新读取后再作废' });
    expect(await cells(retyped, 'K2')).toEqual(['有效']);
  });

  it('appends the reason to a remark already there', async () => {
    const header = ['督办单编号', '颜色', '事项编号', '被督办单位', '发出日期', '状态', '备注'];
    const port = await workbook([header, ['督〔2020〕蓝1号', '蓝', 'A1', '县住建局', '2020-05-11', '有效', '已电话通知']]);
    const analysis = await analyze(port, dateOnly('2020-05-12'));
    expect(await voidNotice(port, analysis.log, '督〔2020〕蓝1号', '=1+1')).toMatchObject({ ok: true });
    expect(await cells(port, 'F2', 'G2')).toEqual(['作废', '已电话通知；作废：=1+1']);
  });

  it('refuses a log without 备注 column, touching nothing', async () => {
    const port = await workbook([
      ['督办单编号', '颜色', '事项编号', '被督办单位', '发出日期', '状态'],
      ['督〔2020〕蓝1号', '蓝', 'A1', '县住建局', '2020-05-11', '有效'],
    ]);
    const analysis = await analyze(port, dateOnly('2020-05-12'));
    expect(await voidNotice(port, analysis.log, '督〔2020〕蓝1号', '重复')).toEqual({ ok: false, message: '「督办单登记」缺少「备注」列，无法作废' });
    expect(await cells(port, 'F2')).toEqual(['有效']);
  });

  it('refuses to guess between two rows holding the same number, and voids the row it is given', async () => {
    // Two clerks issued 督〔2020〕蓝1号 at the same instant, to different units.
    const header = ['督办单编号', '颜色', '事项编号', '被督办单位', '发出日期', '状态', '备注'];
    const port = await workbook([header, ['督〔2020〕蓝1号', '蓝', 'A1', '县住建局', '2020-05-11', '有效'], ['督〔2020〕蓝1号', '蓝', 'A2', '县财政局', '2020-05-11', '有效']]);
    const analysis = await analyze(port, dateOnly('2020-05-12'));
    expect(await voidNotice(port, analysis.log, '督〔2020〕蓝1号', '重复编号')).toEqual({
      ok: false,
      message: '「督办单登记」第2、3行的编号都是「督〔2020〕蓝1号」，不能确定作废哪一张：请指明要作废的行',
    });
    expect(await cells(port, 'F2', 'F3')).toEqual(['有效', '有效']);
    expect(await voidNotice(port, analysis.log, '督〔2020〕蓝1号', '重复编号', 3)).toEqual({ ok: true, number: '督〔2020〕蓝1号', row: 3 });
    expect(await cells(port, 'F2', 'F3', 'G3')).toEqual(['有效', '作废', '作废：重复编号']);
    // A row holding no such notice is not voided for it.
    expect(await voidNotice(port, analysis.log, '督〔2020〕蓝1号', '重复编号', 4)).toEqual({ ok: false, message: '「督办单登记」已改动，找不到「督〔2020〕蓝1号」：请重新读取后再作废' });
  });
});
