import { compareNoticeWithPackage } from '../core/calendar/compareNoticeWithPackage';
import { readHolidayNotice, type HolidayNotice, type NoticeDay } from '../core/calendar/readHolidayNotice';
import { entireYearOf } from '../sheets/calendarSheet';

/** A day of the notice as previewed: flagged when the package's data for that year says otherwise. */
export interface PreviewedDay extends NoticeDay {
  /** Why the day is doubtful, in Chinese; null when the package agrees or does not know the year. */
  doubt: string | null;
}

export interface HolidayNoticePreview {
  notice: HolidayNotice;
  days: PreviewedDay[];
  /** The year the rows declare entered in full (全年已录入), or null when a sentence was not read. */
  entireYear: number | null;
}

/**
 * The notice text read, each day checked against the `chinese-days` data for a year it knows:
 * what the pane shows before anything is written, and the command line prints.
 *
 * @example
 * previewHolidayNotice('国务院办公厅关于2020年部分节假日安排的通知\n一、元旦：1月1日放假，共1天。').days
 * // → [{ date: '2020-01-01', kind: 'holiday', name: '元旦', doubt: null }]
 */
export function previewHolidayNotice(text: string): HolidayNoticePreview {
  const notice = readHolidayNotice(text);
  const doubts = new Map(
    compareNoticeWithPackage(notice.days).map((c) => [c.day.date as string, `与内置节假日数据不符：该数据中此日为${c.packageWorking ? '工作日' : '休息日'}`]),
  );
  return { notice, days: notice.days.map((d) => ({ ...d, doubt: doubts.get(d.date) ?? null })), entireYear: entireYearOf(notice) };
}
