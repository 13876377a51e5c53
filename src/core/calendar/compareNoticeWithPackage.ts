import { dayOfWeek, toDayNumber, yearOf } from '../dates/dateOnly';
import { packageHolidayData } from './packageHolidayData';
import type { NoticeDay } from './readHolidayNotice';

/** A day the notice text and the package's data disagree on: working (true) or off (false) by each. */
export interface NoticeContradiction {
  day: NoticeDay;
  packageWorking: boolean;
}

/**
 * The days of a notice that contradict the `chinese-days` data for a year the package knows:
 * a day off the package has as a working day, or a 上班 day it has off. A day both agree on, and
 * any day of a year the package does not know, is no contradiction.
 *
 * @example
 * compareNoticeWithPackage([{ date: '2020-10-01', kind: 'holiday', name: '国庆节' }]) // → []
 * compareNoticeWithPackage([{ date: '2020-10-12', kind: 'holiday', name: '国庆节' }])
 * // → [{ day: { date: '2020-10-12', … }, packageWorking: true }]
 */
export function compareNoticeWithPackage(days: readonly NoticeDay[]): NoticeContradiction[] {
  const data = packageHolidayData();
  const known = new Set(data.years);
  const holidays = new Set(data.holidays);
  const workdays = new Set(data.workdays);
  const out: NoticeContradiction[] = [];
  for (const day of days) {
    if (!known.has(yearOf(day.date))) continue;
    const n = toDayNumber(day.date);
    const weekend = dayOfWeek(day.date) === 0 || dayOfWeek(day.date) === 6;
    const packageWorking = workdays.has(n) || (!holidays.has(n) && !weekend);
    if (packageWorking !== (day.kind === 'workday')) out.push({ day, packageWorking });
  }
  return out;
}
