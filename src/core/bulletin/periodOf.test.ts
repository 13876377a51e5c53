import { periodOf } from './periodOf';
import { dateOnly } from '../../../test/support/dateOnly';

const brief = (p: { code: string; start: string; end: string; label: string } | null) => (p === null ? null : [p.code, p.start, p.end, p.label]);

describe('periodOf', () => {
  it('finds the month, half-year and year of a date', () => {
    expect(brief(periodOf('month', dateOnly('2020-05-06')))).toEqual(['2020-05', dateOnly('2020-05-01'), dateOnly('2020-05-31'), '2020年5月']);
    expect(brief(periodOf('month', dateOnly('2020-02-29')))).toEqual(['2020-02', dateOnly('2020-02-01'), dateOnly('2020-02-29'), '2020年2月']);
    expect(brief(periodOf('half', dateOnly('2020-06-30')))).toEqual(['2020-H1', dateOnly('2020-01-01'), dateOnly('2020-06-30'), '2020年上半年']);
    expect(brief(periodOf('half', dateOnly('2020-07-01')))).toEqual(['2020-H2', dateOnly('2020-07-01'), dateOnly('2020-12-31'), '2020年下半年']);
    expect(brief(periodOf('year', dateOnly('2020-07-01')))).toEqual(['2020', dateOnly('2020-01-01'), dateOnly('2020-12-31'), '2020年']);
  });

  it('finds the ISO week (Monday–Sunday) of a date', () => {
    // 2020-01-01 is a Wednesday: week 1 is Dec 30 – Jan 5; week 19 starts 18 weeks later, on May 4.
    expect(brief(periodOf('week', dateOnly('2020-05-06')))).toEqual(['2020-W19', dateOnly('2020-05-04'), dateOnly('2020-05-10'), '2020年第19周（5月4日—5月10日）']);
    expect(brief(periodOf('week', dateOnly('2020-05-04')))).toEqual(['2020-W19', dateOnly('2020-05-04'), dateOnly('2020-05-10'), '2020年第19周（5月4日—5月10日）']);
    expect(brief(periodOf('week', dateOnly('2020-05-10')))).toEqual(['2020-W19', dateOnly('2020-05-04'), dateOnly('2020-05-10'), '2020年第19周（5月4日—5月10日）']);
    expect(brief(periodOf('week', dateOnly('2020-07-01')))).toEqual(['2020-W27', dateOnly('2020-06-29'), dateOnly('2020-07-05'), '2020年第27周（6月29日—7月5日）']);
  });

  it('gives a week across the new year to the year of its Thursday, and names the other year', () => {
    expect(brief(periodOf('week', dateOnly('2019-12-31')))).toEqual(['2020-W01', dateOnly('2019-12-30'), dateOnly('2020-01-05'), '2020年第1周（2019年12月30日—1月5日）']);
    expect(brief(periodOf('week', dateOnly('2021-01-01')))).toEqual(['2020-W53', dateOnly('2020-12-28'), dateOnly('2021-01-03'), '2020年第53周（12月28日—2021年1月3日）']);
    expect(periodOf('week', dateOnly('2021-01-03')).shortLabel).toBe('2020年第53周');
  });
});
