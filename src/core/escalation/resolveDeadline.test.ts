import { createWorkCalendar } from '../calendar';
import type { LedgerItem } from '../ledger/ledgerItem';
import { XIANGYIN_2020, type RuleSet } from '../rules/ruleSet';
import { resolveDeadline } from './resolveDeadline';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from '../dates/dateOnly';

/*
 * 2020 State Council calendar relied on here (besides weekends):
 *   Labour Day May 1–5 off, Sun Apr 26 and Sat May 9 workdays;
 *   Dragon Boat Jun 25–27 off, Sun Jun 28 a workday;
 *   National Day / Mid-Autumn Oct 1–8 off.
 * 2027 is beyond the holiday data (chinese-days knows up to 2026).
 */
const cal = createWorkCalendar();

function item(overrides: Partial<LedgerItem> = {}): LedgerItem {
  return {
    row: 5,
    id: 'DB-001',
    title: '县城主干道破损路面修复',
    source: '县长批示',
    units: ['县交通运输局'],
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

function withRules(patch: (r: RuleSet) => void): RuleSet {
  const r: RuleSet = JSON.parse(JSON.stringify(XIANGYIN_2020));
  patch(r);
  return r;
}

describe('resolveDeadline', () => {
  it('gives a 县长批示 with no deadline 7 working days from assignment (SPEC §2 worked example)', () => {
    // Apr 29, Apr 30, (May 1–5 off), May 6, 7, 8, 9 (Sat workday), (10 Sun), May 11.
    expect(resolveDeadline(item(), XIANGYIN_2020, cal)).toEqual({
      deadline: '2020-05-11',
      longTerm: false,
      original: '2020-05-11',
      extension: null,
      problems: [],
    });
  });

  it('counts "7个工作日" across the Dragon Boat holiday', () => {
    // Day 0 Wed Jun 24; Jun 25–27 off; Jun 28 (Sun workday) 1, 29, 30, Jul 1, 2, 3, (4–5), Jul 6 = 7.
    const r = resolveDeadline(item({ source: '会议交办', assigned: dateOnly('2020-06-24'), deadline: { kind: 'workingDays', days: 7, text: '7个工作日' } }), XIANGYIN_2020, cal);
    expect(r.deadline).toBe('2020-07-06');
  });

  it('rolls a written deadline on a non-working day to the next working day', () => {
    const at = (date: DateOnly, rules = XIANGYIN_2020) => resolveDeadline(item({ deadline: { kind: 'date', date } }), rules, cal).deadline;
    expect(at(dateOnly('2020-05-02'))).toBe('2020-05-06'); // Sat in the Labour Day holiday
    expect(at(dateOnly('2020-10-01'))).toBe('2020-10-09'); // National Day, off to Oct 8
    expect(at(dateOnly('2020-06-13'))).toBe('2020-06-15'); // plain Saturday
    expect(at(dateOnly('2020-06-28'))).toBe('2020-06-28'); // a Sunday, but a makeup workday: stays
    expect(at(dateOnly('2020-05-12'))).toBe('2020-05-12'); // a working Tuesday: stays
    const noRoll = withRules((r) => (r.deadlines.rollDeadlineToWorkingDay = false));
    expect(at(dateOnly('2020-05-02'), noRoll)).toBe('2020-05-02');
  });

  it('uses the ledger-wide default source when the item has none', () => {
    const rules = withRules((r) => (r.deadlines.ledgerDefaultSource = '县长批示'));
    expect(resolveDeadline(item({ source: null }), rules, cal).deadline).toBe('2020-05-11');
  });

  it('uses a source added to the table (§14 approval limits)', () => {
    const rules = withRules((r) => (r.deadlines.defaultWorkingDaysBySource['会议交办'] = 3));
    // Day 0 Tue Apr 28: Apr 29, Apr 30, (May 1–5 off), May 6.
    expect(resolveDeadline(item({ source: '会议交办' }), rules, cal).deadline).toBe('2020-05-06');
  });

  it('reports an item with no deadline and no default for its source, naming the cell', () => {
    expect(resolveDeadline(item({ source: '会议交办' }), XIANGYIN_2020, cal, '台账')).toEqual({
      deadline: null,
      longTerm: false,
      original: null,
      extension: null,
      problems: [
        {
          severity: 'error',
          code: 'deadline.missing',
          sheet: '台账',
          cell: 'F5',
          row: 5,
          setting: 'deadlines.defaultWorkingDaysBySource',
          message: '未写办理时限，且来源“会议交办”没有默认工作日数（设置 deadlines.defaultWorkingDaysBySource），该事项不参与督办',
        },
      ],
    });
    const noSource = resolveDeadline(item({ source: null, deadlineCell: null }), XIANGYIN_2020, cal);
    expect(noSource.problems.map((p) => p.message)).toEqual([
      '未写办理时限，且台账没有来源，也未设默认来源（设置 deadlines.defaultWorkingDaysBySource），该事项不参与督办',
    ]);
  });

  it('reports a working-day deadline without an assigned date', () => {
    const r = resolveDeadline(item({ assigned: null, deadline: { kind: 'workingDays', days: 7, text: '7个工作日' } }), XIANGYIN_2020, cal);
    expect(r.deadline).toBeNull();
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'deadline.assigned-missing',
        cell: 'F5',
        row: 5,
        message: '办理时限为“7个工作日”，但交办时间为空，无法推算时限，该事项不参与督办',
      },
    ]);
    const blank = resolveDeadline(item({ assigned: null }), XIANGYIN_2020, cal);
    expect(blank.problems[0].message).toBe('未写办理时限，按7个工作日计，但交办时间为空，无法推算时限，该事项不参与督办');
  });

  it('marks 长期 deadlines and long-term statuses as long-term, with no deadline', () => {
    const longTerm = { deadline: null, longTerm: true, original: null, extension: null, problems: [] };
    expect(resolveDeadline(item({ deadline: { kind: 'longTerm', text: '长期' } }), XIANGYIN_2020, cal)).toEqual(longTerm);
    expect(resolveDeadline(item({ deadline: { kind: 'date', date: dateOnly('2020-06-30') }, status: '持续推进中' }), XIANGYIN_2020, cal)).toEqual(longTerm);
  });

  it('gives no deadline, without guessing, when the parser could not read a date cell it depends on', () => {
    // Blank deadline + unreadable deadline cell: not the 县长批示 default of May 11.
    const none = { deadline: null, longTerm: false, original: null, extension: null, problems: [] };
    expect(resolveDeadline(item({ unreadable: ['deadline'] }), XIANGYIN_2020, cal)).toEqual(none);
    expect(resolveDeadline(item({ unreadable: ['completed'] }), XIANGYIN_2020, cal)).toEqual(none);
    expect(resolveDeadline(item({ unreadable: ['extendedTo'] }), XIANGYIN_2020, cal)).toEqual(none);
    expect(resolveDeadline(item({ unreadable: ['leader'] }), XIANGYIN_2020, cal).deadline).toBe('2020-05-11');
  });

  describe('extensions (附件第八条)', () => {
    const ext = (e: Partial<NonNullable<LedgerItem['extension']>>) =>
      item({ extension: { until: dateOnly('2020-05-31'), appliedOn: dateOnly('2020-05-11'), appliedOnCell: 'L5', approver: '常务副县长', approved: true, cell: 'K5', ...e } });

    it('replaces the deadline when applied for on the deadline day; the new date rolls too', () => {
      // May 31 2020 is a Sunday → Mon Jun 1.
      expect(resolveDeadline(ext({}), XIANGYIN_2020, cal)).toEqual({
        deadline: '2020-06-01',
        longTerm: false,
        original: '2020-05-11',
        extension: { until: '2020-05-31', approver: '常务副县长' },
        problems: [],
      });
    });

    it('accepts an extension whose application date is unknown', () => {
      expect(resolveDeadline(ext({ appliedOn: null, approver: null }), XIANGYIN_2020, cal).deadline).toBe('2020-06-01');
    });

    it('judges lateness against the rolled deadline then in force', () => {
      // Written Sat May 2 (holiday) → in force Wed May 6: applied May 5 is on time, May 7 is late.
      const written = (appliedOn: DateOnly) => ({ ...ext({ appliedOn }), deadline: { kind: 'date', date: dateOnly('2020-05-02') } as const });
      expect(resolveDeadline(written(dateOnly('2020-05-05')), XIANGYIN_2020, cal).deadline).toBe('2020-06-01');
      const late = resolveDeadline(written(dateOnly('2020-05-07')), XIANGYIN_2020, cal);
      expect([late.deadline, late.problems.map((p) => p.code)]).toEqual(['2020-05-06', ['extension.late']]);
    });

    it('ignores a late application and names its 延期申请日期 cell, the value at fault', () => {
      const r = resolveDeadline(ext({ appliedOn: dateOnly('2020-05-12') }), XIANGYIN_2020, cal, '台账');
      expect(r.deadline).toBe('2020-05-11');
      expect(r.original).toBe('2020-05-11');
      expect(r.extension).toBeNull();
      expect(r.problems).toEqual([
        {
          severity: 'warning',
          code: 'extension.late',
          sheet: '台账',
          cell: 'L5',
          row: 5,
          setting: 'deadlines.rejectLateExtensions',
          message: '延期申请日期 2020-05-12 晚于当时的办理时限 2020-05-11，延期不予认可，仍按原时限督办',
        },
      ]);
    });

    it('accepts a late application when the rule set says so', () => {
      const rules = withRules((r) => (r.deadlines.rejectLateExtensions = false));
      const r = resolveDeadline(ext({ appliedOn: dateOnly('2020-05-12') }), rules, cal);
      expect([r.deadline, r.problems]).toEqual(['2020-06-01', []]);
    });

    it('ignores an extension that was not approved', () => {
      const r = resolveDeadline(ext({ approved: false }), XIANGYIN_2020, cal);
      expect(r.deadline).toBe('2020-05-11');
      expect(r.extension).toBeNull();
      expect(r.problems.map((p) => [p.severity, p.code, p.message])).toEqual([
        ['warning', 'extension.not-approved', '延期至 2020-05-31 未获批准，仍按原时限 2020-05-11 督办'],
      ]);
    });

    it('ignores an "extension" to a date before the deadline', () => {
      const r = resolveDeadline(ext({ until: dateOnly('2020-05-08'), appliedOn: dateOnly('2020-05-07') }), XIANGYIN_2020, cal);
      expect(r.deadline).toBe('2020-05-11');
      expect(r.problems.map((p) => p.code)).toEqual(['extension.earlier']);
    });
  });

  it('warns once when the deadline falls in a year the holiday data lacks', () => {
    // Sat Mar 6 2027 → Mon Mar 8 by the weekend-only guess.
    const r = resolveDeadline(item({ deadline: { kind: 'date', date: dateOnly('2027-03-06') } }), XIANGYIN_2020, cal);
    expect(r.deadline).toBe('2027-03-08');
    expect(r.problems).toEqual([
      { severity: 'warning', code: 'calendar.uncovered', message: '2027年的法定节假日数据缺失：按周末推算，请在「节假日调整」表补录' },
    ]);
  });
});
