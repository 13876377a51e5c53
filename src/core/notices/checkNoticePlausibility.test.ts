import type { NoticeColor } from '../rules/ruleSet';
import { XIANGYIN_2020 } from '../rules/ruleSet';
import { checkNoticePlausibility } from './checkNoticePlausibility';
import { dateOnly } from '../../../test/support/dateOnly';
import type { DateOnly } from '../dates/dateOnly';

const notice = (issueDate: DateOnly, color: NoticeColor = 'red', unit = '县住建局') => ({ issueDate, color, unit });
/** The 湘阴2020 limits (SPEC §9): more than 200 notices, or any older than one year. */
const limits = { maxPerRun: XIANGYIN_2020.notices.maxPerRun, maxAgeYears: XIANGYIN_2020.notices.maxAgeYears };

describe('checkNoticePlausibility', () => {
  it('has no doubt about a run within the limits, or about nothing to issue', () => {
    expect(limits).toEqual({ maxPerRun: 200, maxAgeYears: 1 });
    expect(checkNoticePlausibility([], dateOnly('2020-07-01'), limits)).toBeNull();
    expect(checkNoticePlausibility([notice(dateOnly('2020-05-11'), 'blue'), notice(dateOnly('2020-06-28'))], dateOnly('2020-07-01'), limits)).toBeNull();
  });

  it('doubts more than 200 notices, not 200', () => {
    const run = (n: number) => Array.from({ length: n }, () => notice(dateOnly('2020-06-28')));
    expect(checkNoticePlausibility(run(200), dateOnly('2020-07-01'), limits)).toBeNull();
    const doubt = checkNoticePlausibility(run(201), dateOnly('2020-07-01'), limits);
    expect(doubt?.reasons).toEqual([{ kind: 'too-many', count: 201, limit: 200 }]);
    expect(doubt?.total).toBe(201);
  });

  it('doubts a notice issued more than a year before the as-of date: 2020-07-01 → before 2019-07-01', () => {
    expect(checkNoticePlausibility([notice(dateOnly('2019-07-01'))], dateOnly('2020-07-01'), limits)).toBeNull();
    const doubt = checkNoticePlausibility([notice(dateOnly('2020-06-28')), notice(dateOnly('2019-06-30')), notice(dateOnly('2018-12-03'), 'yellow')], dateOnly('2020-07-01'), limits);
    expect(doubt?.reasons).toEqual([{ kind: 'too-old', count: 2, years: 1, before: '2019-07-01', oldest: '2018-12-03' }]);
  });

  it('takes February 28 for the year before a February 29', () => {
    // As of 2020-02-29 one year back is 2019-02-28 (2019 has no February 29).
    expect(checkNoticePlausibility([notice(dateOnly('2019-02-28'))], dateOnly('2020-02-29'), limits)).toBeNull();
    expect(checkNoticePlausibility([notice(dateOnly('2019-02-27'))], dateOnly('2020-02-29'), limits)?.reasons).toEqual([
      { kind: 'too-old', count: 1, years: 1, before: '2019-02-28', oldest: '2019-02-27' },
    ]);
    // As of 2021-02-28, one year back is 2020-02-28: 2020-02-29 lies within the year.
    expect(checkNoticePlausibility([notice(dateOnly('2020-02-28')), notice(dateOnly('2020-02-29'))], dateOnly('2021-02-28'), limits)).toBeNull();
  });

  it('follows the limits given', () => {
    const few = [notice(dateOnly('2018-07-01')), notice(dateOnly('2019-01-01'))];
    expect(checkNoticePlausibility(few, dateOnly('2020-07-01'), { maxPerRun: 200, maxAgeYears: 2 })).toBeNull();
    expect(checkNoticePlausibility(few, dateOnly('2020-07-01'), { maxPerRun: 1, maxAgeYears: 2 })?.reasons).toEqual([{ kind: 'too-many', count: 2, limit: 1 }]);
    // No day lies before year 1: nothing can be too old.
    expect(checkNoticePlausibility([notice(dateOnly('0001-01-01'))], dateOnly('0001-12-31'), limits)).toBeNull();
  });

  it('gives both reasons, and counts by color, by unit (most first, then by name) and by month', () => {
    const notices = [
      ...Array.from({ length: 150 }, () => notice(dateOnly('2020-05-11'), 'blue', '县财政局')),
      ...Array.from({ length: 50 }, () => notice(dateOnly('2020-05-18'), 'yellow', '县发改局')),
      notice(dateOnly('2019-03-08'), 'red', '县住建局'),
      notice(dateOnly('2020-06-28'), 'red', '县住建局'),
      ...Array.from({ length: 2 }, () => notice(dateOnly('2020-06-08'), 'red', '县城管局')),
    ];
    expect(checkNoticePlausibility(notices, dateOnly('2020-07-01'), limits)).toEqual({
      asOf: '2020-07-01',
      reasons: [
        { kind: 'too-many', count: 204, limit: 200 },
        { kind: 'too-old', count: 1, years: 1, before: '2019-07-01', oldest: '2019-03-08' },
      ],
      total: 204,
      byColor: { red: 4, yellow: 50, blue: 150 },
      // 县住建局 and 县城管局 both have 2: by name in code point order (住 U+4F4F < 城 U+57CE).
      byUnit: [
        { unit: '县财政局', count: 150 },
        { unit: '县发改局', count: 50 },
        { unit: '县住建局', count: 2 },
        { unit: '县城管局', count: 2 },
      ],
      byMonth: [
        { month: '2019-03', count: 1 },
        { month: '2020-05', count: 200 },
        { month: '2020-06', count: 3 },
      ],
    });
  });
});
