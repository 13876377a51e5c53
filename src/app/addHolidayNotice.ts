import { CALENDAR_SHEET, parseCalendarOverrides } from '../core/calendar/parseCalendarOverrides';
import type { HolidayNotice, NoticeDay } from '../core/calendar/readHolidayNotice';
import { buildCalendarSheet, calendarRows, entireYearOf } from '../sheets/calendarSheet';
import type { WorkbookPort } from './ports/workbookPort';

/** What adding a notice's days to 节假日调整 did. */
export interface AddedHolidayNotice {
  /** Days written. */
  added: NoticeDay[];
  /** Days the sheet already had, the same way: not written again. */
  present: NoticeDay[];
  /** Days the sheet has the other way (放假 vs 上班): left as the sheet has them, for the user to decide. */
  conflicts: NoticeDay[];
  /** Whether the `YYYY | 全年已录入` row was written (the notice read whole, no conflict, not declared before). */
  declared: boolean;
}

/**
 * Adds a notice's days to the 节假日调整 sheet, creating it when absent: only the days it lacks,
 * below its last row, never changing a row it has. A day the sheet has the other way is left as
 * it is and reported. The sheet is read in the same batch as the append (WorkbookPort.appendRows),
 * so rows another clerk added a moment before are seen.
 *
 * @example
 * await addHolidayNotice(port, readHolidayNotice(text))
 * // { added: [… 2027's days …], present: [], conflicts: [], declared: true }
 */
export async function addHolidayNotice(port: WorkbookPort, notice: HolidayNotice): Promise<AddedHolidayNotice> {
  const result: AddedHolidayNotice = { added: [], present: [], conflicts: [], declared: false };
  await port.appendRows(
    CALENDAR_SHEET,
    (current) => {
      Object.assign(result, { added: [], present: [], conflicts: [], declared: false });
      const read = current === null ? null : parseCalendarOverrides(current.values, CALENDAR_SHEET, current.origin);
      const existing = new Map((read?.overrides ?? []).map((o) => [o.date as string, o.workday]));
      for (const day of notice.days) {
        const had = existing.get(day.date);
        if (had === undefined) result.added.push(day);
        else if (had === (day.kind === 'workday')) result.present.push(day);
        else result.conflicts.push(day);
      }
      const declaredBefore = notice.year !== null && (read?.declaredYears ?? []).includes(notice.year);
      const entireYear = result.conflicts.length > 0 || declaredBefore ? null : entireYearOf(notice);
      result.declared = entireYear !== null;
      const rows = calendarRows(result.added, entireYear, current?.date1904 ?? false);
      return rows;
    },
    buildCalendarSheet(),
  );
  return result;
}
