import ExcelJS from 'exceljs';
import { XIANGYIN_2020 } from '../core/rules';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { analyzeWorkbook } from './analyzeWorkbook';
import { buildReport } from './buildReport';
import { computeUnitScores } from './writeUnitScores';
import { dateOnly } from '../../test/support/dateOnly';

describe('buildReport units[].items', () => {
  it('counts the items of the assessment year up to the as-of date, as the score does', async () => {
    // As of 2020-07-01 the score is for 2020 (SPEC §5: items assigned in the year).
    // 县住建局: five items of 2019, one of 2020-03-02, one assigned after the as-of date (2020-08-03).
    // 县财政局: two items of 2019 only. All done on time, so no notice is due.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('督办台账');
    ws.addRow(['督办编号', '督办事项', '责任单位', '交办时间', '办理时限', '完成时间']);
    const row = (id: string, unit: string, assigned: string, deadline: string, done: string | null) =>
      ws.addRow([id, `事项${id}`, unit, assigned, deadline, done]);
    for (let i = 1; i <= 5; i++) row(`Z${i}`, '县住建局', '2019-03-01', '2019-03-29', '2019-03-20');
    row('Z6', '县住建局', '2020-03-02', '2020-03-31', '2020-03-20');
    row('Z7', '县住建局', '2020-08-03', '2020-08-31', null);
    row('C1', '县财政局', '2019-06-03', '2019-06-28', '2019-06-20');
    row('C2', '县财政局', '2019-06-03', '2019-06-28', '2019-06-20');
    const port = await XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
    const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020 });
    if (!result.ok) throw new Error(result.message);
    const analysis = result.analysis;

    const scores = computeUnitScores(analysis, analysis.log);
    const report = buildReport(analysis, undefined, { scores: { sheet: '单位得分 2020', scores } });
    // One 2020 item is under the 5 items of the "no yellow all year" bonus: the score is 0, not +15.
    expect(report.units.map((u) => [u.unit, u.items, u.score])).toEqual([
      ['县住建局', 1, 0],
      ['县财政局', 0, null],
    ]);
    expect(scores.map((s) => [s.unit, s.items])).toEqual([['县住建局', 1]]);
  });
});

describe('buildReport items: 临期', () => {
  it('gives a 临期 item its deadline, working days left and SMS, and the others nulls', async () => {
    // As of Monday 2020-09-28 the working days after are 09-29, 09-30, Friday 10-09 (国庆 10-01…10-08
    // off), then Saturday 10-10 (调休): due 10-09 is 临期 with 3 left, due 09-30 with 2, due 10-10 is not.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('督办台账');
    ws.addRow(['督办编号', '督办事项', '责任单位', '交办时间', '办理时限', '完成时间']);
    ws.addRow(['L1', '背街小巷提质改造', '县住建局', '2020-09-01', '2020-10-09', null]);
    ws.addRow(['L2', '老旧小区改造', '县住建局、县财政局', '2020-09-01', '2020-09-30', null]);
    ws.addRow(['L3', '城区管网改造', '县财政局', '2020-09-01', '2020-10-10', null]);
    const port = await XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
    const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-09-28'), rules: XIANGYIN_2020 });
    if (!result.ok) throw new Error(result.message);

    const report = buildReport(result.analysis);
    expect(report.items[0]).toEqual({
      id: 'L1',
      row: 2,
      title: '背街小巷提质改造',
      units: ['县住建局'],
      deadline: '2020-10-09',
      level: null,
      status: '临期',
      done: null,
      notices: [],
      workingDaysLeft: 3,
      sms: '【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。',
    });
    expect(report.items.map((i) => [i.id, i.status, i.deadline, i.workingDaysLeft, i.sms])).toEqual([
      ['L1', '临期', '2020-10-09', 3, '【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。'],
      ['L2', '临期', '2020-09-30', 2, '【县督查室】提醒：县住建局、县财政局承办的“老旧小区改造”将于9月30日到期，请抓紧办理。'],
      ['L3', '—', '2020-10-10', null, null],
    ]);
    // A reminder, not a notice: nothing counted against the units.
    expect(report.units.map((u) => [u.unit, u.blue, u.yellow, u.red])).toEqual([
      ['县住建局', 0, 0, 0],
      ['县财政局', 0, 0, 0],
    ]);
  });
});
