/**
 * The working-day calendar: weekends and 法定节假日 off, 调休 makeup days on (State Council
 * notices, via the `chinese-days` data), with the user's 节假日调整 overrides on top.
 *
 * Built once per calendar into a day table over the package's years so a lookup is one array
 * read and a count over any span is two prefix-sum reads.
 */
import { dateOf, type DateOnly, toDayNumber, yearOf } from '../dates/dateOnly';
import { packageHolidayData } from './packageHolidayData';

export interface CalendarOverride {
  date: DateOnly;
  workday: boolean;
  note?: string;
}

export interface WorkCalendar {
  /** O(1). Weekends and 法定节假日 off, 调休 makeup days on; overrides win over the package data. */
  isWorkingDay(date: DateOnly): boolean;
  /** True when the holiday data knows this date's year (package years, plus years the overrides declare). */
  covers(date: DateOnly): boolean;
  /** The years the data knows, ascending: the package's years plus the declared years. */
  readonly knownYears: number[];
}

export interface WorkCalendarOptions {
  overrides?: CalendarOverride[];
  /** Years the user has entered in full (全年已录入): covered even though the package lacks them. */
  declaredYears?: number[];
}

/** 1970-01-01 was a Thursday; 0 = Sunday … 6 = Saturday. */
function isWeekdayNumber(day: number): boolean {
  const dow = (((day + 4) % 7) + 7) % 7;
  return dow !== 0 && dow !== 6;
}

/** Monday–Friday count in [from, to], from <= to, without walking the span. */
function countWeekdayNumbers(from: number, to: number): number {
  const n = to - from + 1;
  const weeks = Math.floor(n / 7);
  let count = weeks * 5;
  for (let d = from + weeks * 7; d <= to; d++) if (isWeekdayNumber(d)) count++;
  return count;
}

function firstIndexAtLeast(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The calendar createWorkCalendar returns. Besides the WorkCalendar interface it answers on day
 * numbers, which the add/count helpers use to avoid formatting a date string per step.
 */
export class DayTableCalendar implements WorkCalendar {
  readonly knownYears: number[];
  private readonly known: Set<number>;
  /** Day number of table index 0 (Jan 1 of the first package year). */
  private readonly firstDay: number;
  /** 1 = working, 0 = off, one byte per day of the package's years. */
  private readonly table: Uint8Array;
  /** prefix[i] = working days among table[0 .. i-1]. */
  private readonly prefix: Int32Array;
  /** Overrides outside the table (e.g. a 2027 entered by the user), by day number. */
  private readonly outside: Map<number, boolean>;
  /** The outside override days, ascending, and the running sum of how each changes the weekday count. */
  private readonly outsideDays: number[];
  private readonly outsideDeltaPrefix: number[];

  constructor(options: WorkCalendarOptions = {}) {
    const data = packageHolidayData();
    const firstYear = data.years[0];
    const lastYear = data.years[data.years.length - 1];
    this.firstDay = toDayNumber(dateOf(firstYear, 1, 1));
    const lastDay = toDayNumber(dateOf(lastYear, 12, 31));
    const size = lastDay - this.firstDay + 1;

    const table = new Uint8Array(size);
    for (let i = 0; i < size; i++) table[i] = isWeekdayNumber(this.firstDay + i) ? 1 : 0;
    for (const d of data.holidays) table[d - this.firstDay] = 0;
    for (const d of data.workdays) table[d - this.firstDay] = 1;

    this.outside = new Map();
    for (const o of options.overrides ?? []) {
      const day = toDayNumber(o.date);
      const i = day - this.firstDay;
      if (i >= 0 && i < size) table[i] = o.workday ? 1 : 0;
      else this.outside.set(day, o.workday);
    }
    this.table = table;

    const prefix = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) prefix[i + 1] = prefix[i] + table[i];
    this.prefix = prefix;

    this.outsideDays = [...this.outside.keys()].sort((a, b) => a - b);
    this.outsideDeltaPrefix = [0];
    for (const d of this.outsideDays) {
      const delta = Number(this.outside.get(d)) - Number(isWeekdayNumber(d));
      this.outsideDeltaPrefix.push(this.outsideDeltaPrefix[this.outsideDeltaPrefix.length - 1] + delta);
    }

    const years = new Set(data.years);
    for (const y of options.declaredYears ?? []) {
      if (!Number.isInteger(y) || y < 1 || y > 9999) throw new RangeError(`not a year: ${y}`);
      years.add(y);
    }
    this.known = years;
    this.knownYears = [...years].sort((a, b) => a - b);
  }

  isWorkingDay(date: DateOnly): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  covers(date: DateOnly): boolean {
    return this.known.has(yearOf(date));
  }

  isWorkingDayNumber(day: number): boolean {
    const i = day - this.firstDay;
    if (i >= 0 && i < this.table.length) return this.table[i] === 1;
    const o = this.outside.get(day);
    return o === undefined ? isWeekdayNumber(day) : o;
  }

  /** Working days in [from, to], both counted; 0 when from > to. */
  countWorkingDayNumbers(from: number, to: number): number {
    if (from > to) return 0;
    const tableLast = this.firstDay + this.table.length - 1;
    let count = 0;
    if (from < this.firstDay) count += this.countOutside(from, Math.min(to, this.firstDay - 1));
    const lo = Math.max(from, this.firstDay);
    const hi = Math.min(to, tableLast);
    if (lo <= hi) count += this.prefix[hi - this.firstDay + 1] - this.prefix[lo - this.firstDay];
    if (to > tableLast) count += this.countOutside(Math.max(from, tableLast + 1), to);
    return count;
  }

  private countOutside(from: number, to: number): number {
    const a = firstIndexAtLeast(this.outsideDays, from);
    const b = firstIndexAtLeast(this.outsideDays, to + 1);
    return countWeekdayNumbers(from, to) + this.outsideDeltaPrefix[b] - this.outsideDeltaPrefix[a];
  }
}

/**
 * A calendar from the package data plus the user's overrides (which win) and declared years.
 *
 * @example
 * createWorkCalendar({ overrides: [{ date: '2020-10-09', workday: false }] }).isWorkingDay('2020-10-09') // → false
 * createWorkCalendar({ declaredYears: [2027] }).covers('2027-05-01') // → true
 */
export function createWorkCalendar(options?: WorkCalendarOptions): WorkCalendar {
  return new DayTableCalendar(options);
}
