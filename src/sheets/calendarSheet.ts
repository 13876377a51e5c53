import { CALENDAR_SHEET } from '../core/calendar/parseCalendarOverrides';
import type { HolidayNotice, NoticeDay } from '../core/calendar/readHolidayNotice';
import { dateToSerial } from '../core/dates/excelSerial';
import { PAGE_NUMBER_FOOTER, pageMargins } from './sheetFlow';
import { SHEET_TYPEFACE, type CellModel, type CellStyle, type SheetModel } from './sheetModel';

export const CALENDAR_HEADERS = ['日期', '类型', '说明'];

const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'middle', border: true };
const cell: CellStyle = { border: true, vertical: 'middle' };
const dateCell: CellStyle = { ...cell, horizontal: 'center', numberFormat: 'yyyy-mm-dd' };

/**
 * The 节假日调整 rows of some days: 日期 | 放假 or 上班 | the holiday's name, in the order given,
 * then `YYYY | 全年已录入` for `entireYear` (null: none).
 *
 * @example
 * calendarRows([{ date: '2027-01-01', kind: 'holiday', name: '元旦' }], 2027).map((r) => r.map((c) => c.value))
 * // → [[46388, '放假', '元旦'], [2027, '全年已录入', '国务院办公厅通知']]
 */
export function calendarRows(days: readonly NoticeDay[], entireYear: number | null, date1904 = false): CellModel[][] {
  const rows = days.map((d) => [
    { value: dateToSerial(d.date, date1904), style: dateCell },
    { value: d.kind === 'holiday' ? '放假' : '上班', style: cell },
    { value: d.name, style: cell },
  ]);
  if (entireYear !== null) {
    rows.push([
      { value: entireYear, style: { ...cell, horizontal: 'center' } },
      { value: '全年已录入', style: cell },
      { value: '国务院办公厅通知', style: cell },
    ]);
  }
  return rows;
}

/** The year a notice covers in full: its year when every sentence was read, else null (the year is not entered whole). */
export function entireYearOf(notice: HolidayNotice): number | null {
  return notice.unread.length === 0 ? notice.year : null;
}

/** A new 节假日调整 sheet: its header, and the rows of `notice` when given (its year entered when read whole). */
export function buildCalendarSheet(notice?: HolidayNotice, date1904 = false): SheetModel {
  return {
    name: CALENDAR_SHEET,
    font: SHEET_TYPEFACE,
    rows: [CALENDAR_HEADERS.map((h) => ({ value: h, style: header })), ...(notice ? calendarRows(notice.days, entireYearOf(notice), date1904) : [])],
    columnWidths: [14, 12, 24],
    freezeRowsAbove: 2,
    page: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      margins: pageMargins({ top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 }),
      printTitleRows: { first: 1, last: 1 },
      footer: { center: PAGE_NUMBER_FOOTER },
    },
  };
}
