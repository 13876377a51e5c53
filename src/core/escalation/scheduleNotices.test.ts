import { createWorkCalendar } from '../calendar';
import { XIANGYIN_2020, type RuleSet } from '../rules/ruleSet';
import { nextNoticeDate, scheduleNotices } from './scheduleNotices';
import { dateOnly } from '../../../test/support/dateOnly';

/*
 * 2020 State Council calendar relied on here (besides weekends):
 *   Labour Day May 1–5 off, Sat May 9 a workday;
 *   Dragon Boat Jun 25–27 off (Thu–Sat), Sun Jun 28 a workday;
 *   National Day / Mid-Autumn Oct 1–8 off.
 * Deadline 2020-05-11 (Mon) is the SPEC §2 worked example.
 */
const cal = createWorkCalendar();
const D = dateOnly('2020-05-11');

function withEscalation(patch: Partial<RuleSet['escalation']>): RuleSet {
  return { ...XIANGYIN_2020, escalation: { ...XIANGYIN_2020.escalation, ...patch } };
}

describe('scheduleNotices', () => {
  it('gives the SPEC §3 worked example for an item still open on 2020-07-01', () => {
    // Yellow Sat May 16 → Mon May 18; red May 28; Sun Jun 7 → Jun 8; Jun 18; Sun Jun 28 is a
    // makeup workday and stays; the next red, Jul 8, is after asOf.
    expect(scheduleNotices(D, null, dateOnly('2020-07-01'), XIANGYIN_2020, cal)).toEqual([
      { color: 'blue', date: '2020-05-11', sequence: 1 },
      { color: 'yellow', date: '2020-05-18', sequence: 1 },
      { color: 'red', date: '2020-05-28', sequence: 1 },
      { color: 'red', date: '2020-06-08', sequence: 2 },
      { color: 'red', date: '2020-06-18', sequence: 3 },
      { color: 'red', date: '2020-06-28', sequence: 4 },
    ]);
  });

  it('stops at the notices done before: completed May 14 or May 18 (the yellow day) → blue only', () => {
    expect(scheduleNotices(D, dateOnly('2020-05-14'), dateOnly('2020-07-01'), XIANGYIN_2020, cal)).toEqual([{ color: 'blue', date: dateOnly('2020-05-11'), sequence: 1 }]);
    expect(scheduleNotices(D, dateOnly('2020-05-18'), dateOnly('2020-07-01'), XIANGYIN_2020, cal)).toEqual([{ color: 'blue', date: dateOnly('2020-05-11'), sequence: 1 }]);
  });

  it('warrants nothing for an item done on its deadline day', () => {
    expect(scheduleNotices(D, dateOnly('2020-05-11'), dateOnly('2020-07-01'), XIANGYIN_2020, cal)).toEqual([]);
  });

  it('stops reds once the item is done between two reds', () => {
    expect(scheduleNotices(D, dateOnly('2020-06-10'), dateOnly('2020-07-01'), XIANGYIN_2020, cal).map((n) => n.date)).toEqual([dateOnly('2020-05-11'), dateOnly('2020-05-18'), dateOnly('2020-05-28'), dateOnly('2020-06-08')]);
  });

  it('lists only dates up to asOf, asOf itself included', () => {
    expect(scheduleNotices(D, null, dateOnly('2020-05-10'), XIANGYIN_2020, cal)).toEqual([]);
    expect(scheduleNotices(D, null, dateOnly('2020-05-17'), XIANGYIN_2020, cal).map((n) => n.color)).toEqual(['blue']);
    expect(scheduleNotices(D, null, dateOnly('2020-05-27'), XIANGYIN_2020, cal).map((n) => n.color)).toEqual(['blue', 'yellow']);
    expect(scheduleNotices(D, null, dateOnly('2020-05-28'), XIANGYIN_2020, cal).map((n) => n.color)).toEqual(['blue', 'yellow', 'red']);
  });

  it('counts red from the actual yellow date: a late yellow moves red later', () => {
    // Yellow actually issued Fri May 22 → red Mon Jun 1, then Thu Jun 11.
    expect(scheduleNotices(D, null, dateOnly('2020-06-15'), XIANGYIN_2020, cal, dateOnly('2020-05-22'))).toEqual([
      { color: 'blue', date: '2020-05-11', sequence: 1 },
      { color: 'yellow', date: '2020-05-22', sequence: 1 },
      { color: 'red', date: '2020-06-01', sequence: 1 },
      { color: 'red', date: '2020-06-11', sequence: 2 },
    ]);
  });

  it('issues a single red when redRepeatDays is 0', () => {
    expect(scheduleNotices(D, null, dateOnly('2020-07-01'), withEscalation({ redRepeatDays: 0 }), cal)).toEqual([
      { color: 'blue', date: '2020-05-11', sequence: 1 },
      { color: 'yellow', date: '2020-05-18', sequence: 1 },
      { color: 'red', date: '2020-05-28', sequence: 1 },
    ]);
  });

  it('counts working days when dayKind is working', () => {
    // Yellow: May 12, 13, 14, 15, 18. Red: May 19–22, 25–29, Jun 1. Next: Jun 2–5, 8–12, 15.
    // Next: Jun 16–19, 22–24, (25–27 off), 28 (Sun workday), 29, 30.
    expect(scheduleNotices(D, null, dateOnly('2020-07-01'), withEscalation({ dayKind: 'working' }), cal).map((n) => `${n.color} ${n.date}`)).toEqual([
      'blue 2020-05-11',
      'yellow 2020-05-18',
      'red 2020-06-01',
      'red 2020-06-15',
      'red 2020-06-30',
    ]);
  });

  it('keeps issue dates on non-working days when rolling is off', () => {
    // May 16 (Sat), May 26, Jun 5, Jun 15, Jun 25 (Dragon Boat) as they fall.
    expect(scheduleNotices(D, null, dateOnly('2020-07-01'), withEscalation({ rollIssueToWorkingDay: false }), cal).map((n) => n.date)).toEqual([
      '2020-05-11',
      '2020-05-16',
      '2020-05-26',
      '2020-06-05',
      '2020-06-15',
      '2020-06-25',
    ]);
  });

  it('rolls a yellow over the National Day holiday', () => {
    // Deadline Mon Sep 28: yellow Oct 3 (off until Oct 8) → Fri Oct 9; red Mon Oct 19.
    expect(scheduleNotices(dateOnly('2020-09-28'), null, dateOnly('2020-10-20'), XIANGYIN_2020, cal).map((n) => `${n.color} ${n.date}`)).toEqual([
      'blue 2020-09-28',
      'yellow 2020-10-09',
      'red 2020-10-19',
    ]);
  });
});

describe('nextNoticeDate', () => {
  it('gives the next notice after asOf for an open item', () => {
    expect(nextNoticeDate(D, null, dateOnly('2020-05-01'), XIANGYIN_2020, cal)).toBe('2020-05-11');
    expect(nextNoticeDate(D, null, dateOnly('2020-05-11'), XIANGYIN_2020, cal)).toBe('2020-05-18');
    expect(nextNoticeDate(D, null, dateOnly('2020-05-20'), XIANGYIN_2020, cal)).toBe('2020-05-28');
    // After the worked example's last red (Jun 28): Jul 8.
    expect(nextNoticeDate(D, null, dateOnly('2020-07-01'), XIANGYIN_2020, cal)).toBe('2020-07-08');
  });

  it('follows the actual yellow', () => {
    expect(nextNoticeDate(D, null, dateOnly('2020-05-25'), XIANGYIN_2020, cal, dateOnly('2020-05-22'))).toBe('2020-06-01');
  });

  it('is null when done, done before the next date, long-term, or no repeat is left', () => {
    expect(nextNoticeDate(D, dateOnly('2020-05-14'), dateOnly('2020-05-20'), XIANGYIN_2020, cal)).toBeNull();
    expect(nextNoticeDate(D, dateOnly('2020-05-14'), dateOnly('2020-05-12'), XIANGYIN_2020, cal)).toBeNull();
    expect(nextNoticeDate(D, dateOnly('2020-05-20'), dateOnly('2020-05-12'), XIANGYIN_2020, cal)).toBe('2020-05-18');
    expect(nextNoticeDate(null, null, dateOnly('2020-05-12'), XIANGYIN_2020, cal)).toBeNull();
    expect(nextNoticeDate(D, null, dateOnly('2020-06-01'), withEscalation({ redRepeatDays: 0 }), cal)).toBeNull();
  });
});
