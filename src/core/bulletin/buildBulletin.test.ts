import type { ItemEscalation } from '../escalation/escalate';
import type { UnitRecord } from '../register/parseUnitRegister';
import { XIANGYIN_2020 } from '../rules/ruleSet';
import { buildBulletin, type BulletinInput, type BulletinLogEntry } from './buildBulletin';
import { parsePeriodArg } from './parsePeriodArg';
import type { Period } from './period';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from '../dates/dateOnly';

interface Spec {
  units: string[];
  assigned: DateOnly | null;
  deadline: DateOnly | null;
  doneOn?: DateOnly | null;
  /** Done by status, date unknown. */
  doneNoDate?: boolean;
  /** An approved extension: [original deadline, applied on]; `deadline` is the extended one. */
  extended?: [DateOnly, DateOnly];
}

/** An escalated item with what a bulletin reads (worked out as of 2020-07-10). */
function escalation(id: string, s: Spec): ItemEscalation {
  const doneOn = s.doneOn ?? null;
  // An extended item always has its deadline (the extended one).
  const until = s.extended && s.deadline !== null ? s.deadline : null;
  return {
    item: {
      row: +id.slice(1) + 2, id, title: `事项${id}`, source: null, units: s.units, coUnits: [], leader: null, assigned: s.assigned,
      deadline: s.deadline === null ? { kind: 'longTerm' } : { kind: 'date', date: s.extended?.[0] ?? s.deadline }, deadlineCell: null,
      completed: doneOn, status: null, doneByStatus: s.doneNoDate === true, rejected: false,
      extension: s.extended && until !== null ? { until, appliedOn: s.extended[1], appliedOnCell: 'L1', approver: '常务副县长', approved: true, cell: 'K1' } : null, remark: null,
    },
    deadline: {
      deadline: s.deadline, longTerm: s.deadline === null, original: s.extended?.[0] ?? s.deadline,
      extension: s.extended && until !== null ? { until, approver: '常务副县长' } : null, problems: [],
    },
    done: doneOn !== null || s.doneNoDate === true,
    doneOn,
    level: null,
    status: '—',
    notices: [],
    dueSoon: null,
  };
}

// A ledger as of 2020-07-10 (units, assigned, deadline in force, completed).
const ESCALATIONS = [
  escalation('I1', { units: ['县住建局'], assigned: dateOnly('2020-04-28'), deadline: dateOnly('2020-05-11') }),
  escalation('I2', { units: ['县财政局'], assigned: dateOnly('2020-04-28'), deadline: dateOnly('2020-05-11'), doneOn: dateOnly('2020-05-14') }),
  escalation('I3', { units: ['县教育局'], assigned: dateOnly('2020-05-06'), deadline: dateOnly('2020-05-22'), doneOn: dateOnly('2020-05-21') }),
  escalation('I4', { units: ['县住建局', '县财政局'], assigned: dateOnly('2020-05-11'), deadline: dateOnly('2020-06-01'), doneOn: dateOnly('2020-06-15') }),
  // Deadline 06-05, extended on 06-03 to 07-15: on May 31 the deadline in force was still 06-05.
  escalation('I5', { units: ['县城管局'], assigned: dateOnly('2020-05-20'), deadline: dateOnly('2020-07-15'), extended: [dateOnly('2020-06-05'), dateOnly('2020-06-03')] }),
  escalation('I6', { units: ['县教育局'], assigned: dateOnly('2020-06-29'), deadline: dateOnly('2020-07-03'), doneOn: dateOnly('2020-07-02') }),
  escalation('I7', { units: ['县发改局'], assigned: dateOnly('2020-06-30'), deadline: dateOnly('2020-07-06') }),
  escalation('I8', { units: ['县农业农村局'], assigned: dateOnly('2020-03-10'), deadline: null }),
  escalation('I9', { units: ['县税务局'], assigned: dateOnly('2020-02-01'), deadline: dateOnly('2020-03-31'), doneNoDate: true }),
  escalation('I10', { units: ['县人社局'], assigned: dateOnly('2020-05-25'), deadline: dateOnly('2020-06-10'), doneOn: dateOnly('2020-07-08') }),
  escalation('I11', { units: ['东塘镇'], assigned: dateOnly('2020-01-06'), deadline: dateOnly('2020-01-22'), doneOn: dateOnly('2020-01-21') }),
  // 退回: not done although a completion date was filled.
  escalation('I12', { units: ['城西镇'], assigned: dateOnly('2020-06-01'), deadline: dateOnly('2020-06-12') }),
];

const n = (color: BulletinLogEntry['color'], unit: string, itemId: string, issueDate: DateOnly, voided = false, title?: string): BulletinLogEntry => ({
  number: null, color, unit, itemId, issueDate, voided, ...(title ? { title } : {}),
});
const LOG: BulletinLogEntry[] = [
  n('blue', '县城管局', 'X9', dateOnly('2020-04-10'), false, '旧事项'),
  n('red', '县城管局', 'X9', dateOnly('2020-04-20'), false, '旧事项'),
  n('blue', '县住建局', 'I1', dateOnly('2020-05-11')),
  n('blue', '县财政局', 'I2', dateOnly('2020-05-11')),
  n('yellow', '县住建局', 'I1', dateOnly('2020-05-18')),
  n('red', '县住建局', 'I1', dateOnly('2020-05-28')),
  n('blue', '县住建局', 'I4', dateOnly('2020-06-01')),
  n('blue', '县财政局', 'I4', dateOnly('2020-06-01')),
  n('red', '县住建局', 'I1', dateOnly('2020-06-08')),
  n('yellow', '县住建局', 'I4', dateOnly('2020-06-08')),
  n('yellow', '县财政局', 'I4', dateOnly('2020-06-08'), true),
  n('blue', '城西镇', 'I12', dateOnly('2020-06-12')),
  n('yellow', '城西镇', 'I12', dateOnly('2020-06-17')),
  n('red', '县住建局', 'I1', dateOnly('2020-06-18')),
  n('red', '城西镇', 'I12', dateOnly('2020-06-28')),
  n('red', '县住建局', 'I1', dateOnly('2020-06-28')),
  n('blue', '县发改局', 'I7', dateOnly('2020-07-06')),
];

const input = (asOf = dateOnly('2020-07-10'), register: UnitRecord[] = []): BulletinInput => ({ asOf, rules: XIANGYIN_2020, escalations: ESCALATIONS, register });
const period = (code: string) => parsePeriodArg(code) as Period;
const counts = (assigned: number, done: number, doneOnTime: number, open: number, overdue: number, blue: number, yellow: number, red: number) => ({
  assigned, done, doneOnTime, open, overdue, notices: { blue, yellow, red },
});

describe('buildBulletin: a month (2020-05)', () => {
  const b = buildBulletin(input(), LOG, period('2020-05'), { issue: 5 });

  it('titles the issue', () => {
    expect(b.title).toBe('湘阴县人民政府督查室 2020年5月督办工作通报（第5期）');
    expect(b.sheetName).toBe('督办通报 2020年5月（第5期）');
    expect([b.asOf, b.partial, b.scoreYear, b.provisional, b.previous.code, b.next.code]).toEqual(['2020-05-31', false, 2020, true, '2020-04', '2020-06']);
  });

  it('counts the month as it stood on May 31', () => {
    // Assigned I3, I4, I5, I10; done I2 (late) and I3 (on time); open I1, I4, I5, I8, I10
    // (I4 and I10 were completed later, I9 is done with no date); overdue I1 only (I5 was due 06-05 then).
    // Notices: blue I1, I2; yellow I1; red I1.
    expect(b.counts).toEqual(counts(4, 2, 1, 5, 1, 2, 1, 1));
    // April: assigned I1, I2; open I1, I2, I8 on April 30; blue X9, red X9.
    expect(b.previousCounts).toEqual(counts(2, 0, 0, 3, 0, 1, 0, 1));
    expect(b.change).toEqual(counts(2, 2, 1, 2, 1, 1, 1, 0));
    expect(b.summary).toBe('本期新交办督办事项4项，办结2项（其中按时办结1项），发出督办单4份（蓝色2份、黄色1份、红色1份）；期末在办5项，其中逾期未办结1项。');
    expect(b.empty).toBe(false);
  });

  it('lists every unit with its notices in the month and its score and rank to May 31', () => {
    const rows = b.units.map((u) => [u.unit, u.assigned, u.notices.blue, u.notices.yellow, u.notices.red, u.yearItems, u.score, u.categoryRank]);
    // Scores to May 31: 县住建局 −1−2−5 = −8, 县城管局 −1−5 = −6, 县财政局 −1, others 0; no unit has 5 items.
    // Ties at 0 go by on-time rate: 东塘镇 and 县教育局 1, 县税务局 0 (done, date unknown), 县农业农村局 and 县人社局 none due.
    expect(rows).toEqual([
      ['东塘镇', 0, 0, 0, 0, 1, 0, 1],
      ['县教育局', 1, 0, 0, 0, 1, 0, 1],
      ['县税务局', 0, 0, 0, 0, 1, 0, 3],
      ['县农业农村局', 0, 0, 0, 0, 1, 0, 4],
      ['县人社局', 1, 0, 0, 0, 1, 0, 4],
      ['县财政局', 1, 1, 0, 0, 2, -1, 6],
      ['县城管局', 1, 0, 0, 0, 1, -6, 7],
      ['县住建局', 1, 1, 1, 1, 2, -8, 8],
    ]);
  });

  it('names the red items, nobody due for criticism yet, and what falls due in June', () => {
    expect(b.redItems).toEqual([{ itemId: 'I1', title: '事项I1', unit: '县住建局', count: 1, dates: ['2020-05-28'] }]);
    expect(b.criticism).toEqual([]);
    // I5's deadline on May 31 was 06-05: its extension was applied for on 06-03.
    expect(b.dueNext.map((d) => [d.itemId, d.deadline, d.units])).toEqual([
      ['I4', '2020-06-01', ['县住建局', '县财政局']],
      ['I5', '2020-06-05', ['县城管局']],
      ['I10', '2020-06-10', ['县人社局']],
    ]);
  });
});

describe('buildBulletin: a week across a month boundary (2020-06-29 … 07-05)', () => {
  const b = buildBulletin(input(), LOG, period('2020-W27'), { issue: 2 });

  it('counts the week', () => {
    expect(b.title).toBe('湘阴县人民政府督查室 2020年第27周（6月29日—7月5日）督办工作通报（第2期）');
    expect(b.sheetName).toBe('督办通报 2020年第27周（第2期）');
    // Assigned I6 (06-29), I7 (06-30); done I6 on 07-02, before its 07-03 deadline;
    // open on 07-05: I1, I5, I7, I8, I10, I12; overdue: I1, I10, I12 (I5 now runs to 07-15). No notice that week.
    expect(b.counts).toEqual(counts(2, 1, 1, 6, 3, 0, 0, 0));
    // June 22–28: nothing assigned or done; open I1, I5, I8, I10, I12 with the same three overdue; two reds on 06-28.
    expect(b.previousCounts).toEqual(counts(0, 0, 0, 5, 3, 0, 0, 2));
    expect(b.change).toEqual(counts(2, 1, 1, 1, 0, 0, 0, -2));
    expect(b.summary).toBe('本期新交办督办事项2项，办结1项（其中按时办结1项），无督办单发出；期末在办6项，其中逾期未办结3项。');
  });

  it('names 县住建局 for criticism and admonition after four reds on one item, and what falls due next week', () => {
    expect(b.redItems).toEqual([]);
    expect(b.criticism).toEqual([
      { unit: '县住建局', category: '未分类', reds: 4, admonition: true, reasons: ['年度累计4次红色督办单', '同一事项（I1）4次红色督办单'] },
    ]);
    expect(b.dueNext.map((d) => [d.itemId, d.deadline])).toEqual([['I7', '2020-07-06']]);
    // Blue 2, yellow 2, red 4 by 07-05: −2 −4 −20.
    expect(b.units.find((u) => u.unit === '县住建局')).toMatchObject({ score: -26, notices: { blue: 0, yellow: 0, red: 0 } });
  });
});

describe('buildBulletin: a half-year (2020-H1)', () => {
  const b = buildBulletin(input(), LOG, period('2020-H1'), { issue: 1 });

  it('counts the half-year, voided notices left out', () => {
    expect(b.title).toBe('湘阴县人民政府督查室 2020年上半年督办工作通报（第1期）');
    // All 12 items assigned; done I2, I3, I4, I11 (on time I3, I11); open on 06-30: I1, I5, I6, I7, I8, I10, I12;
    // overdue I1, I10, I12. Notices: blue 6, yellow 3 (the voided yellow is not counted), red 6.
    expect(b.counts).toEqual(counts(12, 4, 2, 7, 3, 6, 3, 6));
    expect(b.previous.code).toBe('2019-H2');
    expect(b.previousCounts).toEqual(counts(0, 0, 0, 0, 0, 0, 0, 0));
    expect(b.change).toEqual(b.counts);
  });

  it('groups reds by item and unit, most first, with the log title for an item not in the ledger', () => {
    expect(b.redItems).toEqual([
      { itemId: 'I1', title: '事项I1', unit: '县住建局', count: 4, dates: ['2020-05-28', '2020-06-08', '2020-06-18', '2020-06-28'] },
      { itemId: 'I12', title: '事项I12', unit: '城西镇', count: 1, dates: ['2020-06-28'] },
      { itemId: 'X9', title: '旧事项', unit: '县城管局', count: 1, dates: ['2020-04-20'] },
    ]);
    expect(b.dueNext.map((d) => [d.itemId, d.deadline])).toEqual([
      ['I6', '2020-07-03'],
      ['I7', '2020-07-06'],
      ['I5', '2020-07-15'],
    ]);
    expect(b.criticism.map((c) => c.unit)).toEqual(['县住建局']);
  });
});

describe('buildBulletin: a period not over yet', () => {
  it('counts to the as-of date and says so', () => {
    const b = buildBulletin(input(dateOnly('2020-05-20')), LOG, period('2020-05'), { issue: 5 });
    expect([b.asOf, b.partial]).toEqual(['2020-05-20', true]);
    // Assigned I3, I4, I5; done I2; open I1, I3, I4, I5, I8; overdue I1; blue I1, I2, yellow I1.
    expect(b.counts).toEqual(counts(3, 1, 0, 5, 1, 2, 1, 0));
    expect(b.summary).toBe('本期新交办督办事项3项，办结1项（其中按时办结0项），发出督办单3份（蓝色2份、黄色1份、红色0份）；截至2020年5月20日在办5项，其中逾期未办结1项。');
  });
});

describe('buildBulletin: a period with nothing in it', () => {
  it('says so, with zero counts and no units, rather than failing', () => {
    const b = buildBulletin(input(), LOG, period('2019-12'), { issue: 1 });
    expect(b.empty).toBe(true);
    expect(b.counts).toEqual(counts(0, 0, 0, 0, 0, 0, 0, 0));
    expect(b.summary).toBe('本期无新交办事项，无督办单发出；期末无在办事项。');
    expect([b.units, b.redItems, b.criticism, b.dueNext]).toEqual([[], [], [], []]);
  });

  it('still reports what stays open in a quiet month', () => {
    // August: nothing assigned, done or issued; I1, I5, I7, I8, I12 open (I10 was done 07-08).
    const b = buildBulletin(input(dateOnly('2020-09-30')), LOG, period('2020-08'), { issue: 8 });
    expect(b.empty).toBe(true);
    expect(b.counts).toEqual(counts(0, 0, 0, 5, 4, 0, 0, 0));
    expect(b.summary).toBe('本期无新交办事项，无督办单发出；期末在办5项，其中逾期未办结4项。');
  });
});

describe('buildBulletin: units', () => {
  it('maps log aliases through the register and orders by category, then rank', () => {
    const reg = (name: string, category: string, aliases: string[] = []): UnitRecord => ({ row: 0, name, aliases, category, head: null, phone: null, headcount: null, bonusStandard: null, schemeFiled: null, bonusTiers: null });
    const register = [reg('县住建局', '县直部门', ['住建局']), reg('东塘镇', '乡镇/街道'), reg('县税务局', '驻县单位')];
    const log = [n('blue', '住建局', 'I1', dateOnly('2020-05-11'))];
    const b = buildBulletin(input(dateOnly('2020-07-10'), register), log, period('2020-05'), { issue: 1 });
    // Outside the register (未分类) all score 0; 县教育局 leads on its on-time rate (1 of 1).
    expect(b.units.slice(0, 4).map((u) => [u.unit, u.category, u.notices.blue, u.categoryRank])).toEqual([
      ['东塘镇', '乡镇/街道', 0, 1],
      ['县住建局', '县直部门', 1, 1],
      ['县税务局', '驻县单位', 0, 1],
      ['县教育局', '未分类', 0, 1],
    ]);
  });

  it('lists a unit seen only in the new-year days of a week across years, with no score, after the ranked ones', () => {
    const b = buildBulletin(input(dateOnly('2021-01-10')), [...LOG, n('blue', '县水利局', 'Y1', dateOnly('2021-01-02'))], period('2020-W53'), { issue: 1 });
    expect([b.period.start, b.period.end, b.scoreYear, b.provisional]).toEqual(['2020-12-28', '2021-01-03', 2020, false]);
    // Open on 2021-01-03: I1, I5, I7, I8, I12; all but the long-term I8 overdue.
    expect(b.counts).toEqual(counts(0, 0, 0, 5, 4, 1, 0, 0));
    expect(b.units[b.units.length - 1]).toEqual({ unit: '县水利局', category: '未分类', assigned: 0, notices: { blue: 1, yellow: 0, red: 0 }, yearItems: null, score: null, categoryRank: null, overallRank: null });
  });
});
