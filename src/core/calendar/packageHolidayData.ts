/**
 * The State Council holiday data of the `chinese-days` package, read from its JSON file rather
 * than through its functions, which take local-time Date objects and so shift days west of UTC.
 */
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { parseDateOnly, toDayNumber, yearOf, type DateOnly } from '../dates/dateOnly';

export interface PackageHolidayData {
  /** Years the package has notices for, ascending. */
  years: number[];
  /** Day numbers of 法定节假日 (days off, weekday or not). */
  holidays: number[];
  /** Day numbers of 调休 makeup workdays (weekend days declared working). */
  workdays: number[];
}

let cached: PackageHolidayData | null = null;

/**
 * Parsed once per process: the JSON never changes at run time.
 *
 * @example
 * packageHolidayData().holidays.includes(toDayNumber('2020-10-01')) // → true
 * packageHolidayData().workdays.includes(toDayNumber('2020-10-10')) // → true
 */
export function packageHolidayData(): PackageHolidayData {
  if (cached) return cached;
  const holidayDates = Object.keys(chineseDays.holidays).map(packageDate);
  const workdayDates = Object.keys(chineseDays.workdays).map(packageDate);
  const years = new Set<number>();
  for (const d of holidayDates) years.add(yearOf(d));
  for (const d of workdayDates) years.add(yearOf(d));
  cached = {
    years: [...years].sort((a, b) => a - b),
    holidays: holidayDates.map(toDayNumber),
    workdays: workdayDates.map(toDayNumber),
  };
  return cached;
}

/** A date key of the package's JSON; one that is no date is a RangeError (an error in the data, never skipped). */
function packageDate(key: string): DateOnly {
  const date = parseDateOnly(key);
  if (date === null) throw new RangeError(`chinese-days: not a date key: ${key}`);
  return date;
}
