/** detectLedger + parseLedger on the sample ledgers (see the fixtures README); values worked out from the cells. */
import { fixturePath } from '../../../test/fixtures-support/fixturePath';
import { readXlsxSnapshot } from '../../xlsx/readXlsxSnapshot';
import { XIANGYIN_2020 } from '../rules/ruleSet';
import { detectLedger } from './detectLedger';
import { parseLedger } from './parseLedger';
import { createUnitDirectory } from './unitDirectory';

const rules = XIANGYIN_2020;

describe('government-report-table.xlsx (Excel table, line breaks in headers)', () => {
  it('maps the table header row', async () => {
    const sheet = await readXlsxSnapshot(fixturePath('government-report-table.xlsx'));
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
    expect(mapping).toEqual({
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 8,
      columns: { id: 1, title: 2, source: 3, units: 4, leader: 5, assigned: 6, deadline: 7, completed: 8, status: 9 },
      headers: [
        { col: 1, text: '编号', concept: 'id', matched: '编号' },
        { col: 2, text: '重点工作', concept: 'title', matched: '重点工作' },
        { col: 3, text: '事项来源', concept: 'source', matched: '事项来源' },
        { col: 4, text: '责任单位', concept: 'units', matched: '责任单位' },
        { col: 5, text: '责任领导', concept: 'leader', matched: '责任领导' },
        { col: 6, text: '交办日期', concept: 'assigned', matched: '交办日期' },
        { col: 7, text: '完成时限', concept: 'deadline', matched: '完成时限' },
        { col: 8, text: '实际完成时间', concept: 'completed', matched: '实际完成时间' },
        { col: 9, text: '进展情况', concept: 'status', matched: '进展情况' },
      ],
    });
  });

  it('reads the five tasks', async () => {
    const sheet = await readXlsxSnapshot(fixturePath('government-report-table.xlsx'));
    const { mapping } = detectLedger(sheet, rules);
    const { items, problems } = parseLedger(sheet, mapping!, { rules, ledgerYear: 2020 });
    expect(problems).toEqual([]);
    expect(items.map((i) => i.id)).toEqual(['ZF-01', 'ZF-02', 'ZF-03', 'ZF-04', 'ZF-05']);
    expect(items[0]).toEqual({
      row: 4,
      id: 'ZF-01',
      title: '新建改扩建中小学校5所',
      source: '政府工作报告',
      units: ['县教育局'],
      coUnits: [],
      leader: '副县长甲',
      assigned: '2020-03-07',
      deadline: { kind: 'date', date: '2020-12-31', text: '年底前' },
      deadlineCell: 'G4',
      completed: null,
      status: '办理中',
      doneByStatus: false,
      rejected: false,
      extension: null,
      remark: null,
    });
    expect(items[1]).toMatchObject({
      deadline: { kind: 'date', date: '2020-09-30', text: '9月底前' },
      completed: '2020-09-25',
      status: '已完成',
      doneByStatus: true,
    });
    // A date-formatted deadline cell rather than prose.
    expect(items[2].deadline).toEqual({ kind: 'date', date: '2020-12-31' });
    // 县自然资源局，县税务局: split at the full-width comma.
    expect(items[3]).toMatchObject({
      units: ['县自然资源局', '县税务局'],
      deadline: { kind: 'date', date: '2020-06-30', text: '6月底前' },
      completed: '2020-07-03',
      doneByStatus: true,
    });
    // The 县长批示 row without a deadline: left blank here, 7 working days are the rules' business.
    expect(items[4]).toMatchObject({
      source: '县长批示',
      assigned: '2020-06-24',
      deadline: { kind: 'blank' },
      deadlineCell: 'G8',
      completed: null,
      doneByStatus: false,
    });
  });
});

describe('meeting-two-row-header.xlsx (merged title, 时间 over 交办 | 时限 | 办结, 牵头单位 + 责任单位)', () => {
  it('maps the two-row header', async () => {
    const sheet = await readXlsxSnapshot(fixturePath('meeting-two-row-header.xlsx'));
    const { mapping, missing, problems } = detectLedger(sheet, rules);
    expect(missing).toEqual([]);
    expect(problems).toEqual([]);
    expect(mapping).toEqual({
      headerRows: [2, 3],
      firstDataRow: 4,
      lastDataRow: 8,
      columns: { id: 1, title: 2, leadUnits: 3, units: 4, assigned: 5, deadline: 6, completed: 7, status: 8, remark: 9 },
      headers: [
        { col: 1, text: '序号', concept: 'id', matched: '序号' },
        { col: 2, text: '交办事项', concept: 'title', matched: '交办事项' },
        { col: 3, text: '牵头单位', concept: 'leadUnits', matched: '牵头单位' },
        { col: 4, text: '责任单位', concept: 'units', matched: '责任单位' },
        { col: 5, text: '交办时间', concept: 'assigned', matched: '交办时间' },
        { col: 6, text: '办理时限', concept: 'deadline', matched: '办理时限' },
        { col: 7, text: '办结时间', concept: 'completed', matched: '办结时间' },
        { col: 8, text: '办理情况', concept: 'status', matched: '办理情况' },
        { col: 9, text: '备注', concept: 'remark', matched: '备注' },
      ],
    });
  });

  it('reads the five items: 牵头单位 supervised, 责任单位 co-units, prose deadlines, 退回', async () => {
    const sheet = await readXlsxSnapshot(fixturePath('meeting-two-row-header.xlsx'));
    const { mapping } = detectLedger(sheet, rules);
    const { items, problems } = parseLedger(sheet, mapping!, { rules });
    expect(problems).toEqual([]);
    expect(items[0]).toEqual({
      row: 4,
      id: '1',
      title: '城区背街小巷提质改造方案',
      source: null,
      units: ['县住建局'],
      coUnits: ['县城管局', '县财政局'],
      leader: null,
      assigned: '2020-03-10',
      deadline: { kind: 'date', date: '2020-03-31', text: '2020年3月31日' },
      deadlineCell: 'F4',
      completed: '2020-03-30',
      status: '已办结',
      doneByStatus: true,
      rejected: false,
      extension: null,
      remark: null,
    });
    expect(items.map((i) => [i.id, i.units, i.deadline, i.completed])).toEqual([
      ['1', ['县住建局'], { kind: 'date', date: '2020-03-31', text: '2020年3月31日' }, '2020-03-30'],
      ['2', ['县农业农村局'], { kind: 'date', date: '2020-04-10', text: '4月10日前' }, null],
      ['3', ['县人社局'], { kind: 'date', date: '2020-03-31', text: '3月底前' }, '2020-04-08'],
      ['4', ['县生态环境局'], { kind: 'longTerm', text: '长期' }, null],
      ['5', ['县行政审批服务局'], { kind: 'date', date: '2020-04-30', text: '2020年4月30日' }, null],
    ]);
    expect(items[2].remark).toBe('逾期办结');
    expect(items[3]).toMatchObject({ coUnits: ['县水利局', '县农业农村局'], status: '持续推进', doneByStatus: false });
    expect(items[4]).toMatchObject({ coUnits: [], status: '退回', rejected: true, doneByStatus: false, remark: '方案不完善' });
  });

  it('reports a co-unit missing from the unit register at its cell', async () => {
    const sheet = await readXlsxSnapshot(fixturePath('meeting-two-row-header.xlsx'));
    const { mapping } = detectLedger(sheet, rules);
    const units = createUnitDirectory(
      ['县住建局', '县城管局', '县财政局', '县农业农村局', '县人社局', '县工信局', '县生态环境局', '县水利局', '县行政审批服务局'].map(
        (name) => ({ name }),
      ),
    );
    const { problems } = parseLedger(sheet, mapping!, { rules, units });
    expect(problems).toEqual([
      {
        severity: 'warning',
        code: 'unit.unknown',
        message: '责任单位"县供销社"不在单位名册中',
        sheet: '县政府常务会议交办事项',
        cell: 'D5',
        row: 5,
      },
    ]);
  });
});
