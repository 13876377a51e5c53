import { dateToSerial } from '../core/dates/excelSerial';
import type { DateOnly } from '../core/dates/dateOnly';
import { COLOR_NAMES, NOTICE_LOG_COLUMNS, NOTICE_LOG_SHEET, VALID_STATE, type NoticeLogKey } from '../core/notices/noticeLog';
import type { PlannedNotice } from '../core/notices/planNotices';
import type { NoticeColor } from '../core/rules/ruleSet';
import { toCellText } from './cellText';
import { STATUS_COLORS } from './ledgerDecoration';
import { SHEET_TYPEFACE, type CellModel, type CellStyle, type SheetModel } from './sheetModel';
import { PAGE_NUMBER_FOOTER, SIGNATURE_LINE, pageMargins } from './sheetFlow';
import { rowHeightFor, widthToFit } from './measureText';

const KEYS = Object.keys(NOTICE_LOG_COLUMNS) as NoticeLogKey[];
/** Room for the longest usual entry on one line: '督〔2020〕红123号', 'DB2020-025', a date. */
const WIDTHS: Record<NoticeLogKey, number> = {
  number: 21,
  color: 7,
  itemId: 14,
  title: 36,
  unit: 18,
  dueDate: 14,
  issueDate: 14,
  deadline: 14,
  daysOverdue: 10,
  signatory: 13,
  state: 7,
  remark: 30,
};
const HEADER: CellStyle = { bold: true, border: true, fill: 'D9D9D9', horizontal: 'center', vertical: 'middle', wrap: true };
// Long titles and units wrap inside their cell; the row grows to hold them.
const TEXT: CellStyle = { border: true, vertical: 'middle', wrap: true };
const CENTER: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
const DATE: CellStyle = { border: true, vertical: 'middle', horizontal: 'center', numberFormat: 'yyyy-mm-dd' };
// The color's word in black on its light fill: it reads in black-and-white print too.
const COLOR_STYLE: Record<NoticeColor, CellStyle> = {
  blue: { ...CENTER, fill: STATUS_COLORS.蓝.fill },
  yellow: { ...CENTER, fill: STATUS_COLORS.黄.fill },
  red: { ...CENTER, fill: STATUS_COLORS.红.fill },
};

/**
 * The empty notice log (督办单登记, SPEC §4): the header in NOTICE_LOG_COLUMNS order, bold with
 * borders, frozen. Rows are only ever appended below it (WorkbookPort.appendRows), so the
 * signature line goes in the printed footer, not in a row the next append would have to pass.
 */
export function buildNoticeLogSheet(): SheetModel {
  return {
    name: NOTICE_LOG_SHEET,
    rows: [KEYS.map((k) => ({ value: NOTICE_LOG_COLUMNS[k], style: HEADER }))],
    // Appended rows are set in it too (WorkbookPort.appendRows takes this model).
    font: SHEET_TYPEFACE,
    // Never narrower than the heading, which stays on one line.
    columnWidths: KEYS.map((k) => Math.max(WIDTHS[k], Math.ceil(widthToFit(NOTICE_LOG_COLUMNS[k], HEADER)))),
    rowHeights: { 1: rowHeightFor(1, HEADER) },
    freezeRowsAbove: 2,
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: pageMargins({ top: 0.6, bottom: 0.8, left: 0.4, right: 0.4 }),
      printTitleRows: { first: 1, last: 1 },
      footer: { left: SIGNATURE_LINE, right: PAGE_NUMBER_FOOTER },
    },
  };
}

/**
 * One log row per notice, in NOTICE_LOG_COLUMNS order. Dates are real Excel dates (serials with a
 * date format) so staff can correct 发出日期 with Excel's date entry; user text goes in as text.
 */
export function noticeLogRows(notices: readonly PlannedNotice[], date1904 = false): CellModel[][] {
  const date = (d: DateOnly): CellModel => ({ value: dateToSerial(d, date1904), style: DATE });
  return notices.map((n) => {
    const cells: Record<NoticeLogKey, CellModel> = {
      number: { value: n.number, style: CENTER },
      color: { value: COLOR_NAMES[n.color], style: COLOR_STYLE[n.color] },
      itemId: { value: toCellText(n.itemId), style: CENTER },
      title: { value: toCellText(n.title), style: TEXT },
      unit: { value: toCellText(n.unit), style: TEXT },
      dueDate: date(n.dueDate),
      issueDate: date(n.issueDate),
      deadline: date(n.deadline),
      daysOverdue: { value: n.daysOverdue, style: CENTER },
      signatory: { value: toCellText(n.signatory), style: CENTER },
      state: { value: VALID_STATE, style: CENTER },
      remark: { value: null, style: TEXT },
    };
    return KEYS.map((k) => cells[k]);
  });
}
