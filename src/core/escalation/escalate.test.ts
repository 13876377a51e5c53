import { createWorkCalendar } from '../calendar';
import type { LedgerItem } from '../ledger/ledgerItem';
import { describeProblem } from '../problems';
import { XIANGYIN_2020, type RuleSet } from '../rules/ruleSet';
import { escalate, type EscalateOptions, type LoggedNotice } from './escalate';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from '../dates/dateOnly';

/*
 * 2020 State Council calendar relied on here (besides weekends):
 *   Labour Day May 1–5 off, Sun Apr 26 and Sat May 9 workdays;
 *   Dragon Boat Jun 25–27 off, Sun Jun 28 a workday.
 * The base item is the SPEC §2 worked example: 县长批示 assigned Tue 2020-04-28, no deadline
 * written → deadline Mon 2020-05-11. Its open schedule (SPEC §3): blue May 11, yellow May 18,
 * red May 28, Jun 8, Jun 18, Jun 28. 2027 is beyond the holiday data.
 */
const cal = createWorkCalendar();
const UNIT = '县交通运输局';

function item(overrides: Partial<LedgerItem> = {}): LedgerItem {
  return {
    row: 5,
    id: 'DB-001',
    title: '县城主干道破损路面修复',
    source: '县长批示',
    units: [UNIT],
    coUnits: [],
    leader: null,
    assigned: dateOnly('2020-04-28'),
    deadline: { kind: 'blank' },
    deadlineCell: 'F5',
    completed: null,
    status: null,
    doneByStatus: false,
    rejected: false,
    extension: null,
    remark: null,
    ...overrides,
  };
}

function logged(color: LoggedNotice['color'], issueDate: DateOnly, extra: Partial<LoggedNotice> = {}): LoggedNotice {
  return { number: null, color, itemId: 'DB-001', unit: UNIT, issueDate, voided: false, ...extra };
}

function run(items: LedgerItem[], options: Partial<EscalateOptions> = {}) {
  return escalate(items, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, calendar: cal, ...options });
}

/** 'color date' and a mark for notices already in the log. */
function brief(result: ReturnType<typeof run>, index = 0): string[] {
  return result.items[index].notices.map((n) => `${n.unit} ${n.color}${n.sequence} ${n.date}${n.issued ? ' 已发' : ''}`);
}

describe('escalate', () => {
  it('escalates the SPEC §3 worked example, with days overdue', () => {
    const r = run([item()]);
    expect(r.problems).toEqual([]);
    const e = r.items[0];
    expect([e.deadline.deadline, e.done, e.doneOn, e.level, e.status]).toEqual(['2020-05-11', false, null, 'red', '红']);
    expect(e.notices).toEqual([
      { color: 'blue', unit: UNIT, date: '2020-05-11', sequence: 1, issued: false, daysOverdue: 0 },
      { color: 'yellow', unit: UNIT, date: '2020-05-18', sequence: 1, issued: false, daysOverdue: 7 },
      { color: 'red', unit: UNIT, date: '2020-05-28', sequence: 1, issued: false, daysOverdue: 17 },
      { color: 'red', unit: UNIT, date: '2020-06-08', sequence: 2, issued: false, daysOverdue: 28 },
      { color: 'red', unit: UNIT, date: '2020-06-18', sequence: 3, issued: false, daysOverdue: 38 },
      { color: 'red', unit: UNIT, date: '2020-06-28', sequence: 4, issued: false, daysOverdue: 48 },
    ]);
  });

  it('gives blue only when completed May 14 or May 18, and marks the item done', () => {
    for (const completed of [dateOnly('2020-05-14'), dateOnly('2020-05-18')]) {
      const e = run([item({ completed })]).items[0];
      expect([e.done, e.doneOn, e.level, e.status]).toEqual([true, completed, 'blue', '已办结']);
      expect(brief({ items: [e], problems: [] })).toEqual([`${UNIT} blue1 2020-05-11`]);
    }
  });

  it('treats a completion after asOf as not done yet', () => {
    const e = run([item({ completed: dateOnly('2020-06-10') })], { asOf: dateOnly('2020-05-20') }).items[0];
    expect([e.done, e.doneOn, e.status]).toEqual([false, null, '黄']);
    expect(brief({ items: [e], problems: [] })).toEqual([`${UNIT} blue1 2020-05-11`, `${UNIT} yellow1 2020-05-18`]);
  });

  it('shows — for an open item before its deadline, 临期 from 3 working days before it', () => {
    // As of Thu 04-30 the 3rd working day after is Fri 05-08 (Labour Day 05-01…05-05 off): 05-11 is further.
    const e = run([item()], { asOf: dateOnly('2020-04-30') }).items[0];
    expect([e.done, e.level, e.status, e.notices, e.dueSoon]).toEqual([false, null, '—', [], null]);
    // As of Fri 05-08: Sat 05-09 (a 调休 working day), then Mon 05-11.
    const soon = run([item()], { asOf: dateOnly('2020-05-08') }).items[0];
    expect([soon.done, soon.level, soon.status, soon.notices, soon.dueSoon]).toEqual([false, null, '临期', [], { deadline: '2020-05-11', workingDaysLeft: 2 }]);
  });

  it('escalates a rejected (退回) item although it has a completion date', () => {
    const e = run([item({ completed: dateOnly('2020-05-14'), status: '退回', rejected: true })]).items[0];
    expect([e.done, e.doneOn, e.level, e.status]).toEqual([false, null, 'red', '红']);
    expect(e.notices.map((n) => n.date)).toEqual(['2020-05-11', '2020-05-18', '2020-05-28', '2020-06-08', '2020-06-18', '2020-06-28']);
  });

  it('treats a done status without date as done before any notice not yet logged, and says so', () => {
    const r = run([item({ status: '已办结', doneByStatus: true })], { log: [logged('blue', dateOnly('2020-05-11'))], sheet: '台账' });
    const e = r.items[0];
    expect([e.done, e.doneOn, e.level, e.status]).toEqual([true, null, 'blue', '已办结']);
    expect(brief(r)).toEqual([`${UNIT} blue1 2020-05-11 已发`]);
    expect(r.problems).toEqual([
      {
        severity: 'warning',
        code: 'done.date-unknown',
        sheet: '台账',
        row: 5,
        message: '状态为“已办结”但未填完成时间，按已办结处理，不再发出新的督办单',
      },
    ]);
  });

  it('gives problems whose one-line description names the place once', () => {
    const r = run(
      [
        item({ source: '会议交办' }),
        item({ row: 6, id: 'DB-002', source: null, deadlineCell: null }),
        item({ row: 7, id: 'DB-003', assigned: null, deadlineCell: 'F7' }),
        item({ row: 8, id: 'DB-004', status: '已办结', doneByStatus: true }),
      ],
      { sheet: '督办台账' },
    );
    expect(r.problems.map((p) => [p.code, p.cell ?? p.row])).toEqual([
      ['deadline.missing', 'F5'],
      ['deadline.missing', 6],
      ['deadline.assigned-missing', 'F7'],
      ['done.date-unknown', 8],
    ]);
    // describeProblem puts the place first; the message must not say the cell or row again.
    for (const p of r.problems) {
      const description = describeProblem(p);
      expect(description).toContain(p.cell ?? `第${p.row}行`);
      expect([description.split(`第${p.row}行`).length - 1, p.cell === undefined ? 0 : description.split(p.cell).length - 1]).toEqual(
        p.cell === undefined ? [1, 0] : [0, 1],
      );
    }
  });

  it('never escalates a 长期 item', () => {
    const r = run([item({ deadline: { kind: 'longTerm', text: '长期' } }), item({ row: 6, id: 'DB-002', status: '持续推进' })]);
    expect(r.items.map((e) => [e.status, e.level, e.notices.length, e.deadline.longTerm])).toEqual([
      ['长期', null, 0, true],
      ['长期', null, 0, true],
    ]);
    expect(r.problems).toEqual([]);
  });

  it('does not escalate an item with no deadline and no default, and passes on the problem', () => {
    const r = run([item({ source: '会议交办' })], { sheet: '台账' });
    expect([r.items[0].status, r.items[0].notices]).toEqual(['—', []]);
    expect(r.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([['deadline.missing', '台账', 'F5']]);
  });

  it('does not escalate an item with an unreadable completion date further than its logged notices', () => {
    const r = run([item({ unreadable: ['completed'] })], { log: [logged('blue', dateOnly('2020-05-11'))] });
    expect([r.items[0].status, r.items[0].done, r.items[0].deadline.deadline]).toEqual(['蓝', false, null]);
    expect(brief(r)).toEqual([`${UNIT} blue1 2020-05-11 已发`]);
    expect(r.problems).toEqual([]);
  });

  it('rolls a written deadline on a weekend before scheduling', () => {
    // Sat Jun 13 → Mon Jun 15: blue Jun 15; yellow Jun 20 (Sat) → Mon Jun 22.
    const e = run([item({ deadline: { kind: 'date', date: dateOnly('2020-06-13') } })], { asOf: dateOnly('2020-06-30') }).items[0];
    expect(e.deadline.deadline).toBe('2020-06-15');
    expect(e.notices.map((n) => `${n.color} ${n.date} ${n.daysOverdue}`)).toEqual(['blue 2020-06-15 0', 'yellow 2020-06-22 7']);
  });

  it('follows an on-time extension, and an earlier logged blue stays issued', () => {
    // Applied on the deadline May 11; extended to Sun May 31 → Mon Jun 1.
    // Yellow Jun 6 (Sat) → Mon Jun 8; red Jun 18 is after asOf.
    const extended = item({ extension: { until: dateOnly('2020-05-31'), appliedOn: dateOnly('2020-05-11'), appliedOnCell: 'L5', approver: '常务副县长', approved: true, cell: 'K5' } });
    const r = run([extended], { asOf: dateOnly('2020-06-10'), log: [logged('blue', dateOnly('2020-05-11'), { number: '督〔2020〕蓝1号' })] });
    const e = r.items[0];
    expect([e.deadline.deadline, e.deadline.original, e.level, e.status]).toEqual(['2020-06-01', '2020-05-11', 'yellow', '黄']);
    expect(e.notices).toEqual([
      { color: 'blue', unit: UNIT, date: '2020-05-11', sequence: 1, issued: true, daysOverdue: 0 },
      { color: 'yellow', unit: UNIT, date: '2020-06-08', sequence: 1, issued: false, daysOverdue: 7 },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('ignores a late extension application and reports it at the 延期申请日期 cell', () => {
    const late = item({ extension: { until: dateOnly('2020-05-31'), appliedOn: dateOnly('2020-05-12'), appliedOnCell: 'L5', approver: null, approved: true, cell: 'K5' } });
    const r = run([late], { asOf: dateOnly('2020-05-20') });
    expect(brief(r)).toEqual([`${UNIT} blue1 2020-05-11`, `${UNIT} yellow1 2020-05-18`]);
    expect(r.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([['warning', 'extension.late', 'L5']]);
  });

  it('counts red from a late actual yellow in the log', () => {
    // Yellow issued Fri May 22 instead of May 18 → reds Mon Jun 1 and Thu Jun 11.
    const r = run([item()], { asOf: dateOnly('2020-06-15'), log: [logged('yellow', dateOnly('2020-05-22'))] });
    expect(brief(r)).toEqual([`${UNIT} blue1 2020-05-11`, `${UNIT} yellow1 2020-05-22 已发`, `${UNIT} red1 2020-06-01`, `${UNIT} red2 2020-06-11`]);
  });

  it('counts the next red from the previous red as issued', () => {
    // Red issued Tue Jun 2 instead of May 28 → next red Fri Jun 12.
    const r = run([item()], { asOf: dateOnly('2020-06-20'), log: [logged('blue', dateOnly('2020-05-11')), logged('yellow', dateOnly('2020-05-18')), logged('red', dateOnly('2020-06-02'))] });
    expect(brief(r)).toEqual([
      `${UNIT} blue1 2020-05-11 已发`,
      `${UNIT} yellow1 2020-05-18 已发`,
      `${UNIT} red1 2020-06-02 已发`,
      `${UNIT} red2 2020-06-12`,
    ]);
  });

  it('re-warrants a voided notice and ignores log rows of other items, units and later dates', () => {
    const log = [
      logged('blue', dateOnly('2020-05-11'), { voided: true }),
      logged('yellow', dateOnly('2020-05-18'), { itemId: 'DB-002' }),
      logged('yellow', dateOnly('2020-05-18'), { unit: '县财政局' }),
      logged('yellow', dateOnly('2020-05-25')),
    ];
    const r = run([item()], { asOf: dateOnly('2020-05-20'), log });
    expect(brief(r)).toEqual([`${UNIT} blue1 2020-05-11`, `${UNIT} yellow1 2020-05-18`]);
  });

  it('keeps logged notices of an item that no longer escalates', () => {
    const r = run([item({ deadline: { kind: 'longTerm' } })], { log: [logged('blue', dateOnly('2020-05-11'))] });
    expect([r.items[0].status, r.items[0].level]).toEqual(['长期', 'blue']);
    expect(brief(r)).toEqual([`${UNIT} blue1 2020-05-11 已发`]);
  });

  it('issues notices per supervised unit, never to co-units, each unit with its own log', () => {
    const multi = item({ units: [UNIT, '县财政局'], coUnits: ['县自然资源局'] });
    const r = run([multi], { asOf: dateOnly('2020-05-30'), log: [logged('yellow', dateOnly('2020-05-22'))] });
    expect(brief(r)).toEqual([
      `${UNIT} blue1 2020-05-11`,
      `${UNIT} yellow1 2020-05-22 已发`,
      '县财政局 blue1 2020-05-11',
      '县财政局 yellow1 2020-05-18',
      '县财政局 red1 2020-05-28',
    ]);
    expect(r.items[0].level).toBe('red');
  });

  it('computes items without an id (the log cannot match them)', () => {
    const r = run([item({ id: null })], { asOf: dateOnly('2020-05-20'), log: [logged('blue', dateOnly('2020-05-11'))] });
    expect(brief(r)).toEqual([`${UNIT} blue1 2020-05-11`, `${UNIT} yellow1 2020-05-18`]);
  });

  it('follows the rule set: no repeated red, working days', () => {
    const noRepeat: RuleSet = { ...XIANGYIN_2020, escalation: { ...XIANGYIN_2020.escalation, redRepeatDays: 0 } };
    expect(run([item()], { rules: noRepeat }).items[0].notices.map((n) => n.date)).toEqual(['2020-05-11', '2020-05-18', '2020-05-28']);
    const working: RuleSet = { ...XIANGYIN_2020, escalation: { ...XIANGYIN_2020.escalation, dayKind: 'working' } };
    expect(run([item()], { rules: working }).items[0].notices.map((n) => n.date)).toEqual(['2020-05-11', '2020-05-18', '2020-06-01', '2020-06-15', '2020-06-30']);
  });

  it('warns once per year the holiday data lacks, not once per row', () => {
    const items = [
      item({ row: 5, deadline: { kind: 'date', date: dateOnly('2027-03-06') } }),
      item({ row: 6, id: 'DB-002', deadline: { kind: 'date', date: dateOnly('2027-05-10') } }),
      item({ row: 7, id: 'DB-003', deadline: { kind: 'date', date: dateOnly('2026-05-11') } }),
    ];
    const r = run(items, { asOf: dateOnly('2027-05-31') });
    expect(r.problems).toEqual([
      { severity: 'warning', code: 'calendar.uncovered', message: '2027年的法定节假日数据缺失：按周末推算，请在「节假日调整」表补录' },
    ]);
    // Sat Mar 6 2027 → Mon Mar 8 by the weekend-only guess.
    expect(r.items[0].deadline.deadline).toBe('2027-03-08');
  });


  describe('临期 (SPEC §9), as of Monday 2020-09-28 before 国庆', () => {
    // Working days after 09-28: 09-29, 09-30, then 10-01…10-08 off, Friday 10-09, Saturday 10-10 (调休).
    const ASOF = dateOnly('2020-09-28');
    const due = (date: string, overrides: Partial<LedgerItem> = {}) => item({ deadline: { kind: 'date', date: dateOnly(date) }, ...overrides });
    const soon = (items: LedgerItem[], options: Partial<EscalateOptions> = {}) => run(items, { asOf: ASOF, ...options }).items.map((e) => [e.status, e.dueSoon]);

    it('flags an item due on the 3rd working day after, with 3 working days left, and nothing in its notices', () => {
      const r = run([due('2020-10-09')], { asOf: ASOF });
      expect(r.items[0]).toMatchObject({ status: '临期', level: null, notices: [], dueSoon: { deadline: '2020-10-09', workingDaysLeft: 3 } });
      expect(r.problems).toEqual([]);
    });

    it('does not flag the 4th working day, the as-of date itself (blue is issued that day), a done or a 长期 item', () => {
      expect(soon([due('2020-10-10'), due('2020-09-28'), due('2020-10-09', { completed: dateOnly('2020-09-27') }), due('2020-10-09', { status: '长期' })])).toEqual([
        ['—', null],
        ['蓝', null],
        ['已办结', null],
        ['长期', null],
      ]);
    });

    it('flags nothing when the setting is 0', () => {
      const off: RuleSet = { ...XIANGYIN_2020, escalation: { ...XIANGYIN_2020.escalation, dueSoonWorkingDays: 0 } };
      expect(soon([due('2020-09-29'), due('2020-10-09')], { rules: off })).toEqual([
        ['—', null],
        ['—', null],
      ]);
    });

    it('keeps the color of an item with a logged notice whose deadline was extended into the window', () => {
      // Due Monday 09-21, blue issued that day; extension to 10-09 applied for on 09-21.
      const extended = due('2020-09-21', { extension: { until: dateOnly('2020-10-09'), appliedOn: dateOnly('2020-09-21'), appliedOnCell: 'L5', approver: '常务副县长', approved: true, cell: 'K5' } });
      const r = run([extended], { asOf: ASOF, log: [logged('blue', dateOnly('2020-09-21'))] });
      expect([r.items[0].deadline.deadline, r.items[0].level, r.items[0].status, r.items[0].dueSoon]).toEqual(['2020-10-09', 'blue', '蓝', null]);
    });

    it('flags a weekend deadline kept unrolled from the as-of Friday, with no working day left; rolled, it is due Monday', () => {
      const unrolled: RuleSet = { ...XIANGYIN_2020, deadlines: { ...XIANGYIN_2020.deadlines, rollDeadlineToWorkingDay: false } };
      // Saturday 09-19 seen on Friday 09-18.
      expect(soon([due('2020-09-19')], { asOf: dateOnly('2020-09-18'), rules: unrolled })).toEqual([['临期', { deadline: '2020-09-19', workingDaysLeft: 0 }]]);
      expect(soon([due('2020-09-19')], { asOf: dateOnly('2020-09-18') })).toEqual([['临期', { deadline: '2020-09-21', workingDaysLeft: 1 }]]);
    });
  });

  it('gives items sharing a deadline their own arrays and unit, with read-only notices', () => {
    const a = item({ row: 5, id: 'DB-001' });
    const b = item({ row: 6, id: 'DB-002', units: ['县财政局'] });
    const c = item({ row: 7, id: 'DB-003', completed: dateOnly('2020-05-14') });
    const d = item({ row: 8, id: 'DB-004' });
    const r = run([a, b, c, d], { asOf: dateOnly('2020-05-20') });
    expect([0, 1, 2, 3].map((i) => brief(r, i))).toEqual([
      [`${UNIT} blue1 2020-05-11`, `${UNIT} yellow1 2020-05-18`],
      ['县财政局 blue1 2020-05-11', '县财政局 yellow1 2020-05-18'],
      [`${UNIT} blue1 2020-05-11`],
      [`${UNIT} blue1 2020-05-11`, `${UNIT} yellow1 2020-05-18`],
    ]);
    r.items[0].notices.pop();
    expect(r.items[3].notices).toHaveLength(2);
    expect(() => {
      (r.items[3].notices[0] as { issued: boolean }).issued = true;
    }).toThrow(TypeError);
  });
});
