import { parsePeriodArg } from './parsePeriodArg';

const brief = (p: { code: string; start: string; end: string; label: string } | null) => (p === null ? null : [p.code, p.start, p.end, p.label]);

describe('parsePeriodArg', () => {
  it('reads the four spellings', () => {
    expect(brief(parsePeriodArg('2020-05'))).toEqual(['2020-05', '2020-05-01', '2020-05-31', '2020年5月']);
    expect(parsePeriodArg('2020-5')?.code).toBe('2020-05');
    expect(brief(parsePeriodArg('2020-W19'))).toEqual(['2020-W19', '2020-05-04', '2020-05-10', '2020年第19周（5月4日—5月10日）']);
    expect(parsePeriodArg('2020-w5')?.start).toBe('2020-01-27');
    expect(brief(parsePeriodArg('2020-H1'))).toEqual(['2020-H1', '2020-01-01', '2020-06-30', '2020年上半年']);
    expect(parsePeriodArg('2020-h2')?.start).toBe('2020-07-01');
    expect(brief(parsePeriodArg(' 2020 '))).toEqual(['2020', '2020-01-01', '2020-12-31', '2020年']);
  });

  it('takes a date as the period of the asked kind containing it', () => {
    expect(parsePeriodArg('2020-05-06', 'week')?.code).toBe('2020-W19');
    expect(parsePeriodArg('2020-05-06', 'month')?.code).toBe('2020-05');
    expect(parsePeriodArg('2020-05-06')).toBeNull();
  });

  it('refuses what is not a period, or not of the asked kind', () => {
    for (const bad of ['2020-13', '2020-00', '2021-W53', '2020-W0', '2020-H3', '20-05', '2020年5月', '', 'may', '2020-02-30']) {
      expect([bad, parsePeriodArg(bad, bad === '2020-02-30' ? 'month' : undefined)]).toEqual([bad, null]);
    }
    expect(parsePeriodArg('2020-05', 'week')).toBeNull();
    expect(parsePeriodArg('2020-W19', 'month')).toBeNull();
    expect(parsePeriodArg('2020', 'half')).toBeNull();
    expect(parsePeriodArg('0999')).toBeNull();
  });
});
