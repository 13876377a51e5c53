import { createWorkCalendar } from '../calendar';
import type { DateOnly } from '../dates/dateOnly';
import { escalate } from '../escalation/escalate';
import type { LedgerItem } from '../ledger/ledgerItem';
import type { UnitRecord } from '../register/parseUnitRegister';
import { XIANGYIN_2020, type NoticeColor } from '../rules/ruleSet';
import type { LogEntry } from './noticeLog';
import { HEAD_UNKNOWN, planNotices, type NoticePlanInput } from './planNotices';
import { dateOnly } from '../../../test/support/dateOnly';

const calendar = createWorkCalendar();
const rules = XIANGYIN_2020;

/** SPEC §2–3 worked example: 县长批示 assigned 2020-04-28, no deadline → 2020-05-11. */
function item(over: Partial<LedgerItem> = {}): LedgerItem {
  return {
    row: 3,
    id: 'A1',
    title: '背街小巷提质改造',
    source: '县长批示',
    units: ['县住建局'],
    coUnits: [],
    leader: null,
    assigned: dateOnly('2020-04-28'),
    deadline: { kind: 'blank' },
    deadlineCell: null,
    completed: null,
    status: null,
    doneByStatus: false,
    rejected: false,
    extension: null,
    remark: null,
    ...over,
  };
}

function unit(row: number, name: string, head: string | null): UnitRecord {
  return { row, name, aliases: [], category: '县直部门', head, phone: null, headcount: null, bonusStandard: null, schemeFiled: null, bonusTiers: null };
}
const REGISTER = [unit(2, '县住建局', '张三'), unit(3, '县财政局', '李四')];

function logged(row: number, number: string, color: NoticeColor, issueDate: DateOnly, over: Partial<LogEntry> = {}): LogEntry {
  return { row, number, color, itemId: 'A1', unit: '县住建局', issueDate, voided: false, dueDate: issueDate, deadline: dateOnly('2020-05-11'), daysOverdue: 0, signatory: '', title: '', remark: '', ...over };
}

function input(items: LedgerItem[], asOf: DateOnly, log: LogEntry[] = [], register = REGISTER): NoticePlanInput {
  const escalations = escalate(items, { asOf, rules, calendar, log, sheet: '督办台账' }).items;
  return { asOf, rules, calendar, sheet: { name: '督办台账' }, mapping: { columns: { id: 1 } }, escalations, register, log };
}

const brief = (plan: ReturnType<typeof planNotices>) => plan.notices.map((n) => `${n.number} ${n.itemId} ${n.unit} ${n.issueDate}`);

describe('planNotices', () => {
  it('issues the SPEC example up to 07-01 with issue date = due date, per-color numbers and the notice content', () => {
    const plan = planNotices(input([item()], dateOnly('2020-07-01')));
    expect(plan.problems).toEqual([]);
    // blue 05-11; yellow 05-16 (Sat) → 05-18; red 05-28; 06-07 (Sun) → 06-08; 06-18; 06-28 (makeup workday).
    expect(plan.notices.map((n) => [n.number, n.color, n.sequence, n.dueDate, n.issueDate, n.daysOverdue, n.signatory])).toEqual([
      ['督〔2020〕蓝1号', 'blue', 1, '2020-05-11', '2020-05-11', 0, '县政府督查室'],
      ['督〔2020〕黄1号', 'yellow', 1, '2020-05-18', '2020-05-18', 7, '常务副县长'],
      ['督〔2020〕红1号', 'red', 1, '2020-05-28', '2020-05-28', 17, '县长'],
      ['督〔2020〕红2号', 'red', 2, '2020-06-08', '2020-06-08', 28, '县长'],
      ['督〔2020〕红3号', 'red', 3, '2020-06-18', '2020-06-18', 38, '县长'],
      ['督〔2020〕红4号', 'red', 4, '2020-06-28', '2020-06-28', 48, '县长'],
    ]);
    const yellow = plan.notices[1];
    expect(yellow).toMatchObject({
      itemId: 'A1',
      itemRow: 3,
      title: '背街小巷提质改造',
      source: '县长批示',
      unit: '县住建局',
      head: '张三',
      deadline: '2020-05-11',
      deadlineExtended: false,
      // The red would follow 10 days after the yellow: 05-28.
      rectifyBy: '2020-05-28',
      sms: '【县督查室】县住建局：“背街小巷提质改造”已超时限（5月11日），现发黄色督办单，请限期整改。',
    });
    expect(yellow.requirement).toContain('请于2020年5月28日前整改到位');
    expect(plan.notices[0].rectifyBy).toBeNull();
    expect(plan.notices[2].requirement).toContain('直至该事项督办完成');
  });

  it('issues only what is due by asOf', () => {
    expect(brief(planNotices(input([item()], dateOnly('2020-05-17'))))).toEqual(['督〔2020〕蓝1号 A1 县住建局 2020-05-11']);
    expect(planNotices(input([item()], dateOnly('2020-05-10'))).notices).toEqual([]);
  });

  it('issues nothing already in the log, and later only what became due', () => {
    const log = [logged(2, '督〔2020〕蓝1号', 'blue', dateOnly('2020-05-11')), logged(3, '督〔2020〕黄1号', 'yellow', dateOnly('2020-05-18'))];
    expect(planNotices(input([item()], dateOnly('2020-05-19'), log)).notices).toEqual([]);
    expect(brief(planNotices(input([item()], dateOnly('2020-06-09'), log)))).toEqual(['督〔2020〕红1号 A1 县住建局 2020-05-28', '督〔2020〕红2号 A1 县住建局 2020-06-08']);
  });

  it('moves the reds after a yellow logged 3 days late', () => {
    // Yellow actually sent 05-21: reds 05-31 (Sun) → 06-01, 06-11, 06-21 (Sun) → 06-22; 07-02 is after asOf.
    const log = [logged(2, '督〔2020〕蓝1号', 'blue', dateOnly('2020-05-11')), logged(3, '督〔2020〕黄1号', 'yellow', dateOnly('2020-05-21'), { dueDate: dateOnly('2020-05-18') })];
    const plan = planNotices(input([item()], dateOnly('2020-07-01'), log));
    expect(plan.notices.map((n) => [n.number, n.issueDate, n.daysOverdue])).toEqual([
      ['督〔2020〕红1号', '2020-06-01', 21],
      ['督〔2020〕红2号', '2020-06-11', 31],
      ['督〔2020〕红3号', '2020-06-22', 42],
    ]);
  });

  it('does not issue again a notice logged with an issue date after asOf', () => {
    const log = [logged(2, '督〔2020〕蓝1号', 'blue', dateOnly('2020-05-11')), logged(3, '督〔2020〕黄1号', 'yellow', dateOnly('2020-05-21'))];
    expect(planNotices(input([item()], dateOnly('2020-05-19'), log)).notices).toEqual([]);
  });

  it('warrants a voided notice again under a new number', () => {
    const log = [logged(2, '督〔2020〕蓝1号', 'blue', dateOnly('2020-05-11')), logged(3, '督〔2020〕黄1号', 'yellow', dateOnly('2020-05-18'), { voided: true })];
    expect(brief(planNotices(input([item()], dateOnly('2020-05-19'), log)))).toEqual(['督〔2020〕黄2号 A1 县住建局 2020-05-18']);
  });

  it('numbers within a run by date, then unit, then item id (A2 before A10), listing red → yellow → blue per date', () => {
    const items = [
      item({ row: 3, id: 'A10', units: ['县财政局'] }),
      item({ row: 4, id: 'A2', units: ['县财政局'] }),
      item({ row: 5, id: 'A1', units: ['县住建局'] }),
      // Written deadline 05-06: blue 05-06, yellow 05-11.
      item({ row: 6, id: 'B1', units: ['县财政局'], deadline: { kind: 'date', date: dateOnly('2020-05-06') } }),
    ];
    expect(brief(planNotices(input(items, dateOnly('2020-05-11'))))).toEqual([
      '督〔2020〕蓝1号 B1 县财政局 2020-05-06',
      '督〔2020〕黄1号 B1 县财政局 2020-05-11',
      '督〔2020〕蓝2号 A1 县住建局 2020-05-11',
      '督〔2020〕蓝3号 A2 县财政局 2020-05-11',
      '督〔2020〕蓝4号 A10 县财政局 2020-05-11',
    ]);
  });

  it('numbers per year of the issue date: after the last 2020 red 红7号, a 2021 red is 红1号', () => {
    // Deadline 2020-12-10: blue 12-10, yellow 12-15, red 12-25, red 2021-01-04.
    const x = item({ id: 'X1', deadline: { kind: 'date', date: dateOnly('2020-12-10') }, assigned: dateOnly('2020-11-20') });
    const log = [logged(2, '督〔2020〕红7号', 'red', dateOnly('2020-11-02'), { itemId: 'Z9', unit: '县财政局' })];
    expect(brief(planNotices(input([x], dateOnly('2021-01-05'), log)))).toEqual([
      '督〔2020〕蓝1号 X1 县住建局 2020-12-10',
      '督〔2020〕黄1号 X1 县住建局 2020-12-15',
      '督〔2020〕红8号 X1 县住建局 2020-12-25',
      '督〔2021〕红1号 X1 县住建局 2021-01-04',
    ]);
  });

  it('reports items without an id by their id cell and issues the rest', () => {
    const plan = planNotices(input([item({ row: 7, id: null }), item({ row: 8, id: 'A2' })], dateOnly('2020-05-11')));
    expect(brief(plan)).toEqual(['督〔2020〕蓝1号 A2 县住建局 2020-05-11']);
    expect(plan.problems).toEqual([
      {
        severity: 'warning',
        code: 'notice.no-id',
        sheet: '督办台账',
        cell: 'A7',
        row: 7,
        message: '事项「背街小巷提质改造」没有督办编号，应发的督办单未发出；填写编号（或添加“督办编号”列）后再生成',
      },
    ]);
  });

  it('issues a shared id once and reports the repeat', () => {
    const plan = planNotices(input([item({ row: 3 }), item({ row: 9 })], dateOnly('2020-05-11')));
    expect(brief(plan)).toEqual(['督〔2020〕蓝1号 A1 县住建局 2020-05-11']);
    expect(plan.problems.map((p) => [p.code, p.cell])).toEqual([['notice.duplicate-id', 'A9']]);
  });

  it('writes （单位名册中未登记） for a unit without 主要负责人 and says why', () => {
    const items = [item({ id: 'A1', units: ['县住建局', '县财政局', '县城管局'] })];
    const register = [unit(2, '县住建局', '张三'), unit(3, '县财政局', null)];
    const plan = planNotices(input(items, dateOnly('2020-05-11'), [], register));
    expect(plan.notices.map((n) => [n.unit, n.head])).toEqual([
      ['县住建局', '张三'],
      ['县城管局', null],
      ['县财政局', null],
    ]);
    // One problem per unit, in the notices' order.
    expect(plan.problems.map((p) => [p.sheet, p.row, p.message])).toEqual([
      ['单位名册', undefined, `没有「县城管局」：督办单上的主要负责人写作“${HEAD_UNKNOWN}”`],
      ['单位名册', 3, `「县财政局」未填主要负责人：督办单上写作“${HEAD_UNKNOWN}”`],
    ]);
    const none = planNotices(input(items, dateOnly('2020-05-11'), [], []));
    expect(none.problems.map((p) => p.message)).toEqual([`工作簿中没有「单位名册」表：督办单上各单位的主要负责人写作“${HEAD_UNKNOWN}”，请建立单位名册`]);
  });

  it('holds back an item and unit whose log row was left out, numbering past every number written', () => {
    const items = [item({ id: 'A1' }), item({ row: 4, id: 'A2' })];
    const log = { entries: [], numbers: ['督〔2020〕蓝3号'], unreadable: [{ row: 5, itemId: 'A1', unit: '县住建局' }] };
    const plan = planNotices(input(items, dateOnly('2020-05-11')), log);
    expect(brief(plan)).toEqual(['督〔2020〕蓝4号 A2 县住建局 2020-05-11']);
    expect(plan.problems).toEqual([
      {
        severity: 'error',
        code: 'notice.log-row-invalid',
        sheet: '督办单登记',
        row: 5,
        message: '此行有误（见该行的问题）：事项「A1」对「县住建局」暂不发新的督办单，请先改正该行',
      },
    ]);
  });

  it('marks a deadline from an approved extension', () => {
    const x = item({ extension: { until: dateOnly('2020-06-30'), appliedOn: dateOnly('2020-05-08'), appliedOnCell: 'L3', approver: '县长', approved: true, cell: 'K3' } });
    const [blue] = planNotices(input([x], dateOnly('2020-06-30'))).notices;
    expect(blue).toMatchObject({ deadline: '2020-06-30', deadlineExtended: true, issueDate: '2020-06-30' });
  });
});
