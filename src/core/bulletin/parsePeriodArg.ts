import { parseDateOnly, yearOf } from '../dates/dateOnly';
import { makePeriod } from './makePeriod';
import { periodOf } from './periodOf';
import type { Period, PeriodKind } from './period';

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{1,2})$/;
const WEEK = /^(\d{4})-W(\d{1,2})$/i;
const HALF = /^(\d{4})-H([12])$/i;

/**
 * A period as written on the command line: '2020-05' (month), '2020-W19' (ISO week),
 * '2020-H1' (half-year), '2020' (year). With `kind`, the text must be of that kind, or be a
 * date 'YYYY-MM-DD', which stands for the period of that kind containing it (`--week 2020-05-06`).
 * Null when the text is neither (the caller words the message: it knows the option).
 *
 * @example
 * parsePeriodArg('2020-W19')?.start // → '2020-05-04'
 * parsePeriodArg('2020-05-06', 'month')?.code // → '2020-05'
 * parsePeriodArg('2020-13') // → null
 */
export function parsePeriodArg(text: string, kind?: PeriodKind): Period | null {
  const t = text.trim();
  let found: Period | null = null;
  let m: RegExpExecArray | null;
  const date = kind !== undefined ? parseDateOnly(t) : null;
  if (kind !== undefined && date !== null) found = yearOf(date) >= 1000 && yearOf(date) <= 9998 ? periodOf(kind, date) : null;
  else if ((m = YEAR.exec(t))) found = makePeriod('year', +m[1], 1);
  else if ((m = MONTH.exec(t))) found = makePeriod('month', +m[1], +m[2]);
  else if ((m = WEEK.exec(t))) found = makePeriod('week', +m[1], +m[2]);
  else if ((m = HALF.exec(t))) found = makePeriod('half', +m[1], +m[2]);
  if (found === null || (kind !== undefined && found.kind !== kind)) return null;
  // Room for the previous and next periods a bulletin also reports.
  return found.year >= 1000 && found.year <= 9998 ? found : null;
}
