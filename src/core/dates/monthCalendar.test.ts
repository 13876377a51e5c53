import { calendarWeeks, moveInCalendar, type CalendarStep } from './monthCalendar';
import type { DateOnly } from './dateOnly';

const d = (text: string) => text as DateOnly;

describe('calendarWeeks', () => {
  it('lays July 2020 out Monday first: Wednesday the 1st, Friday the 31st', () => {
    const weeks = calendarWeeks(2020, 7);
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, null, '2020-07-01', '2020-07-02', '2020-07-03', '2020-07-04', '2020-07-05']);
    expect(weeks[4]).toEqual(['2020-07-27', '2020-07-28', '2020-07-29', '2020-07-30', '2020-07-31', null, null]);
  });

  it('fills whole weeks: February 2021 starts on a Monday and is four weeks; June 2020 ends on a Tuesday', () => {
    expect(calendarWeeks(2021, 2).map((w) => [w[0], w[6]])).toEqual([
      ['2021-02-01', '2021-02-07'],
      ['2021-02-08', '2021-02-14'],
      ['2021-02-15', '2021-02-21'],
      ['2021-02-22', '2021-02-28'],
    ]);
    expect(calendarWeeks(2020, 6).at(-1)).toEqual(['2020-06-29', '2020-06-30', null, null, null, null, null]);
    // March 2020 starts on a Sunday: six rows.
    expect(calendarWeeks(2020, 3)[0]).toEqual([null, null, null, null, null, null, '2020-03-01']);
    expect(calendarWeeks(2020, 3)).toHaveLength(6);
  });
});

describe('moveInCalendar', () => {
  it.each<[string, CalendarStep, string]>([
    ['2020-07-01', 'previousDay', '2020-06-30'],
    ['2020-07-31', 'nextDay', '2020-08-01'],
    ['2020-07-01', 'previousWeek', '2020-06-24'],
    ['2020-07-29', 'nextWeek', '2020-08-05'],
    ['2020-07-01', 'weekStart', '2020-06-29'],
    ['2020-07-01', 'weekEnd', '2020-07-05'],
    ['2020-07-05', 'weekStart', '2020-06-29'],
    ['2020-07-06', 'weekStart', '2020-07-06'],
    ['2020-07-01', 'previousMonth', '2020-06-01'],
    ['2020-03-31', 'previousMonth', '2020-02-29'],
    ['2020-01-31', 'nextMonth', '2020-02-29'],
    ['2020-12-15', 'nextMonth', '2021-01-15'],
    ['2020-02-29', 'nextYear', '2021-02-28'],
    ['2020-07-01', 'previousYear', '2019-07-01'],
  ])('from %s, %s → %s', (from, step, to) => {
    expect(moveInCalendar(d(from), step)).toBe(to);
  });

  it('stays within 1900–2099', () => {
    expect(moveInCalendar(d('1900-01-03'), 'previousWeek')).toBe('1900-01-01');
    expect(moveInCalendar(d('1900-01-01'), 'previousDay')).toBe('1900-01-01');
    expect(moveInCalendar(d('1900-01-20'), 'previousMonth')).toBe('1900-01-01');
    expect(moveInCalendar(d('1900-06-20'), 'previousYear')).toBe('1900-01-01');
    expect(moveInCalendar(d('2099-12-30'), 'nextWeek')).toBe('2099-12-31');
    expect(moveInCalendar(d('2099-12-01'), 'nextMonth')).toBe('2099-12-31');
    expect(moveInCalendar(d('2099-03-01'), 'nextYear')).toBe('2099-12-31');
    // A day outside them (never offered) moves from the nearest end.
    expect(moveInCalendar(d('0002-07-01'), 'nextDay')).toBe('1900-01-02');
  });
});
