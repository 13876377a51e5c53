import { createWorkCalendar } from '../calendar';
import type { DateOnly } from '../dates/dateOnly';
import type { NoticeColor } from '../rules/ruleSet';
import { createCalendarContext } from './calendarContext';
import type { ItemEscalation } from './escalate';
import { deadlineDueWithin, dueSoonAt, dueSoonWindow, findDueSoon } from './findDueSoon';
import { dateOnly } from '../../../test/support/dateOnly';

/*
 * 2020 State Council calendar relied on here (besides weekends): 国庆 and 中秋 10-01…10-08 off,
 * Sunday 09-27 and Saturday 10-10 working days. As of Monday 09-28 the working days after are
 * 09-29 (1st), 09-30 (2nd), Friday 10-09 (3rd), Saturday 10-10 (4th). Weekend 09-19/09-20 is off.
 */
const cal = createWorkCalendar();
const ASOF = dateOnly('2020-09-28');

interface Shape {
  completed?: DateOnly;
  doneNoDate?: boolean;
  longTerm?: boolean;
  level?: NoticeColor;
  /** [original deadline, application date]: the deadline passed is the extended one. */
  extended?: [DateOnly, DateOnly];
}

/** An escalated item with what findDueSoon reads: deadline in force, done, level, extension. */
function escalation(deadline: DateOnly | null, s: Shape = {}): ItemEscalation {
  const ext = s.extended && deadline !== null ? { original: s.extended[0], appliedOn: s.extended[1] } : null;
  const doneOn = s.completed ?? null;
  return {
    item: {
      row: 3, id: 'DB-01', title: '背街小巷提质改造', source: null, units: ['县住建局'], coUnits: [], leader: null, assigned: dateOnly('2020-09-01'),
      deadline: s.longTerm ? { kind: 'longTerm' } : { kind: 'blank' }, deadlineCell: null, completed: doneOn, status: null, doneByStatus: s.doneNoDate === true, rejected: false,
      extension: ext && deadline ? { until: deadline, appliedOn: ext.appliedOn, appliedOnCell: 'L3', approver: null, approved: true, cell: 'K3' } : null, remark: null,
    },
    deadline: { deadline, longTerm: s.longTerm === true, original: ext ? ext.original : deadline, extension: ext && deadline ? { until: deadline, approver: null } : null, problems: [] },
    done: doneOn !== null || s.doneNoDate === true,
    doneOn,
    level: s.level ?? null,
    status: '—',
    notices: [],
    dueSoon: null,
  };
}

describe('dueSoonWindow', () => {
  it('is the N working days after the as-of date, over the 国庆 holiday', () => {
    expect(dueSoonWindow(cal, ASOF, 3)).toEqual({ asOf: '2020-09-28', from: '2020-09-29', workingDays: ['2020-09-29', '2020-09-30', '2020-10-09'] });
    expect(dueSoonWindow(cal, ASOF, 4).workingDays).toEqual(['2020-09-29', '2020-09-30', '2020-10-09', '2020-10-10']);
  });

  it('is the same through escalation’s memoised calendar', () => {
    expect(dueSoonWindow(createCalendarContext(cal), ASOF, 3).workingDays).toEqual(['2020-09-29', '2020-09-30', '2020-10-09']);
  });

  it('is empty when 临期 is off', () => {
    expect(dueSoonWindow(cal, ASOF, 0).workingDays).toEqual([]);
  });
});

describe('findDueSoon', () => {
  const window = dueSoonWindow(cal, ASOF, 3);

  it('flags a deadline up to the 3rd working day after the as-of date, with the working days left', () => {
    expect(findDueSoon(escalation(dateOnly('2020-09-29')), window)).toEqual({ deadline: '2020-09-29', workingDaysLeft: 1 });
    expect(findDueSoon(escalation(dateOnly('2020-09-30')), window)).toEqual({ deadline: '2020-09-30', workingDaysLeft: 2 });
    expect(findDueSoon(escalation(dateOnly('2020-10-09')), window)).toEqual({ deadline: '2020-10-09', workingDaysLeft: 3 });
  });

  it('does not flag the 4th working day (the 调休 Saturday 10-10) nor later', () => {
    expect(findDueSoon(escalation(dateOnly('2020-10-10')), window)).toBeNull();
    expect(findDueSoon(escalation(dateOnly('2020-10-12')), window)).toBeNull();
  });

  it('does not flag an item due on the as-of date (its blue notice is issued that day) or before', () => {
    expect(findDueSoon(escalation(dateOnly('2020-09-28')), window)).toBeNull();
    expect(findDueSoon(escalation(dateOnly('2020-09-25')), window)).toBeNull();
  });

  it('flags a holiday deadline left unrolled inside the window, counting only the working days before it', () => {
    // 10-05 is in the 国庆 holiday: 09-29 and 09-30 are the working days up to it.
    expect(findDueSoon(escalation(dateOnly('2020-10-05')), window)).toEqual({ deadline: '2020-10-05', workingDaysLeft: 2 });
  });

  it('flags a Saturday deadline seen on the Friday before with 0 working days left, and a Sunday one from the 2nd working day before', () => {
    const friday = dueSoonWindow(cal, dateOnly('2020-09-18'), 3);
    expect(findDueSoon(escalation(dateOnly('2020-09-19')), friday)).toEqual({ deadline: '2020-09-19', workingDaysLeft: 0 });
    // As of Tuesday 09-15 the 3rd working day is Friday 09-18: Sunday 09-20 is beyond it.
    expect(findDueSoon(escalation(dateOnly('2020-09-20')), dueSoonWindow(cal, dateOnly('2020-09-15'), 3))).toBeNull();
    // As of Wednesday 09-16 the 3rd working day is Monday 09-21: Thursday and Friday are left before Sunday.
    expect(findDueSoon(escalation(dateOnly('2020-09-20')), dueSoonWindow(cal, dateOnly('2020-09-16'), 3))).toEqual({ deadline: '2020-09-20', workingDaysLeft: 2 });
  });

  it('does not flag a done item, one done by status without a date, a 长期 item or one without a deadline', () => {
    expect(findDueSoon(escalation(dateOnly('2020-10-09'), { completed: dateOnly('2020-09-27') }), window)).toBeNull();
    expect(findDueSoon(escalation(dateOnly('2020-10-09'), { completed: dateOnly('2020-09-28') }), window)).toBeNull();
    expect(findDueSoon(escalation(dateOnly('2020-10-09'), { doneNoDate: true }), window)).toBeNull();
    expect(findDueSoon(escalation(null, { longTerm: true }), window)).toBeNull();
    expect(findDueSoon(escalation(null), window)).toBeNull();
  });

  it('flags an item completed only after the as-of date: it is open on the as-of date', () => {
    expect(findDueSoon(escalation(dateOnly('2020-10-09'), { completed: dateOnly('2020-09-29') }), window)).toEqual({ deadline: '2020-10-09', workingDaysLeft: 3 });
  });

  it('does not flag an item with a level: it keeps its color', () => {
    expect(findDueSoon(escalation(dateOnly('2020-10-09'), { level: 'blue', extended: [dateOnly('2020-09-21'), dateOnly('2020-09-18')] }), window)).toBeNull();
  });

  it('takes the extended deadline once applied for, the original before', () => {
    expect(findDueSoon(escalation(dateOnly('2020-10-09'), { extended: [dateOnly('2020-09-29'), dateOnly('2020-09-25')] }), window)).toEqual({ deadline: '2020-10-09', workingDaysLeft: 3 });
    // Applied for after the as-of date (an analysis of a past date): the original 09-29 was in force.
    expect(findDueSoon(escalation(dateOnly('2020-10-20'), { extended: [dateOnly('2020-09-29'), dateOnly('2020-09-29')] }), window)).toEqual({ deadline: '2020-09-29', workingDaysLeft: 1 });
  });

  it('flags nothing when 临期 is off', () => {
    expect(findDueSoon(escalation(dateOnly('2020-09-29')), dueSoonWindow(cal, ASOF, 0))).toBeNull();
  });
});

describe('dueSoonAt', () => {
  const window = dueSoonWindow(cal, ASOF, 3);

  it('is the date part alone: after the as-of date, up to the 3rd working day', () => {
    expect(dueSoonAt(dateOnly('2020-09-30'), window)).toEqual({ deadline: '2020-09-30', workingDaysLeft: 2 });
    expect(dueSoonAt(dateOnly('2020-10-09'), window)).toEqual({ deadline: '2020-10-09', workingDaysLeft: 3 });
    expect([dateOnly('2020-09-28'), dateOnly('2020-10-10')].map((d) => dueSoonAt(d, window))).toEqual([null, null]);
    expect(dueSoonAt(dateOnly('2020-09-29'), dueSoonWindow(cal, ASOF, 0))).toBeNull();
  });
});

describe('deadlineDueWithin', () => {
  it('is the deadline of an item open on the date when it falls within the span, both ends included', () => {
    const e = escalation(dateOnly('2020-10-09'));
    expect(deadlineDueWithin(e, ASOF, dateOnly('2020-09-29'), dateOnly('2020-10-09'))).toBe('2020-10-09');
    expect(deadlineDueWithin(e, ASOF, dateOnly('2020-10-09'), dateOnly('2020-10-31'))).toBe('2020-10-09');
    expect(deadlineDueWithin(e, ASOF, dateOnly('2020-09-29'), dateOnly('2020-09-30'))).toBeNull();
    expect(deadlineDueWithin(e, ASOF, dateOnly('2020-10-10'), dateOnly('2020-10-31'))).toBeNull();
  });

  it('reads done and the deadline as they stood on the date', () => {
    const done = escalation(dateOnly('2020-10-09'), { completed: dateOnly('2020-09-30') });
    expect(deadlineDueWithin(done, dateOnly('2020-09-29'), dateOnly('2020-10-01'), dateOnly('2020-10-31'))).toBe('2020-10-09');
    expect(deadlineDueWithin(done, dateOnly('2020-09-30'), dateOnly('2020-10-01'), dateOnly('2020-10-31'))).toBeNull();
    // Extended from 09-29 to 10-20 on an application of 09-25.
    const extended = escalation(dateOnly('2020-10-20'), { extended: [dateOnly('2020-09-29'), dateOnly('2020-09-25')] });
    expect(deadlineDueWithin(extended, dateOnly('2020-09-24'), dateOnly('2020-09-01'), dateOnly('2020-10-31'))).toBe('2020-09-29');
    expect(deadlineDueWithin(extended, dateOnly('2020-09-25'), dateOnly('2020-09-01'), dateOnly('2020-10-31'))).toBe('2020-10-20');
  });
});
