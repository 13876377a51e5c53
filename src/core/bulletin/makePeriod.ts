import { dateOf, daysInMonth, fromDayNumber, toDayNumber, dayOfWeek, type DateOnly } from '../dates/dateOnly';
import type { Period, PeriodKind } from './period';

/** Day number of the Monday of ISO week 1: the week holding January 4th. */
function isoWeekOneMonday(year: number): number {
  const jan4 = toDayNumber(dateOf(year, 1, 4));
  return jan4 - ((dayOfWeek(fromDayNumber(jan4)) + 6) % 7);
}

/**
 * ISO years have 52 weeks, or 53 when week 53's Thursday still falls in the year.
 *
 * @example
 * isoWeeksInYear(2020) // → 53
 * isoWeeksInYear(2021) // → 52
 */
export function isoWeeksInYear(year: number): number {
  const thursday53 = isoWeekOneMonday(year) + 52 * 7 + 3;
  return fromDayNumber(thursday53).startsWith(`${String(year).padStart(4, '0')}-`) ? 53 : 52;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthDay = (d: DateOnly, year: number) => `${+d.slice(0, 4) === year ? '' : `${+d.slice(0, 4)}年`}${+d.slice(5, 7)}月${+d.slice(8, 10)}日`;

/**
 * The period `index` of `year` (week 1–53 of an ISO week-year, month 1–12, half 1–2, year: 1),
 * or null when it does not exist (week 53 of a 52-week year, month 13, a year outside 2–9999).
 *
 * @example
 * makePeriod('week', 2020, 19)?.label // → '2020年第19周（5月4日—5月10日）'
 * makePeriod('week', 2020, 53)?.end // → '2021-01-03'
 * makePeriod('week', 2021, 53) // → null
 */
export function makePeriod(kind: PeriodKind, year: number, index: number): Period | null {
  if (!Number.isInteger(year) || !Number.isInteger(index) || year < 2 || year > 9999) return null;
  switch (kind) {
    case 'week': {
      if (index < 1 || index > isoWeeksInYear(year)) return null;
      const monday = isoWeekOneMonday(year) + (index - 1) * 7;
      const start = fromDayNumber(monday);
      const end = fromDayNumber(monday + 6);
      const shortLabel = `${year}年第${index}周`;
      return { kind, year, index, start, end, code: `${year}-W${pad(index)}`, label: `${shortLabel}（${monthDay(start, year)}—${monthDay(end, year)}）`, shortLabel };
    }
    case 'month': {
      if (index < 1 || index > 12) return null;
      const label = `${year}年${index}月`;
      return { kind, year, index, start: dateOf(year, index, 1), end: dateOf(year, index, daysInMonth(year, index)), code: `${year}-${pad(index)}`, label, shortLabel: label };
    }
    case 'half': {
      if (index !== 1 && index !== 2) return null;
      const label = `${year}年${index === 1 ? '上' : '下'}半年`;
      const start = dateOf(year, index === 1 ? 1 : 7, 1);
      const end = dateOf(year, index === 1 ? 6 : 12, index === 1 ? 30 : 31);
      return { kind, year, index, start, end, code: `${year}-H${index}`, label, shortLabel: label };
    }
    case 'year': {
      if (index !== 1) return null;
      const label = `${year}年`;
      return { kind, year, index, start: dateOf(year, 1, 1), end: dateOf(year, 12, 31), code: String(year), label, shortLabel: label };
    }
  }
}
