import { dateToSerial } from '../core/dates/excelSerial';
import type { DateOnly } from '../core/dates/dateOnly';
import { COLOR_NAMES, NOTICE_LOG_COLUMNS, NOTICE_LOG_SHEET, VALID_STATE, type NoticeLogKey } from '../core/notices/noticeLog';
import type { PlannedNotice } from '../core/notices/planNotices';
import type { NoticeColor } from '../core/rules/ruleSet';
import { toCellText } from './cellText';
import { STATUS_COLORS } from './ledgerDecoration';
import type { CellModel, CellStyle, SheetModel } from './sheetModel';

const KEYS = Object.keys(NOTICE_LOG_COLUMNS) as NoticeLogKey[];
const WIDTHS: Record<NoticeLogKey, number> = {
  number: 18,
  color: 6,
  itemId: 10,
  title: 36,
  unit: 18,
  dueDate: 12,
  issueDate: 12,
  deadline: 12,
  daysOverdue: 9,
  signatory: 13,
  state: 7,
  remark: 30,
};
const HEADER: CellStyle = { bold: true, border: true, fill: 'D9D9D9', horizontal: 'center', vertical: 'middle', wrap: true };
const TEXT: CellStyle = { border: true, vertical: 'middle' };
const CENTER: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
const DATE: CellStyle = { border: true, vertical: 'middle', horizontal: 'center', numberFormat: 'yyyy-mm-dd' };
const COLOR_STYLE: Record<NoticeColor, CellStyle> = {
  blue: { ...CENTER, fill: STATUS_COLORS.蓝.fill, fontColor: STATUS_COLORS.蓝.font },
  yellow: { ...CENTER, fill: STATUS_COLORS.黄.fill, fontColor: STATUS_COLORS.黄.font },
  red: { ...CENTER, fill: STATUS_COLORS.红.fill, fontColor: STATUS_COLORS.红.font },
};

/**
 * The empty notice log (督办单登记, SPEC §4): the header in NOTICE_LOG_COLUMNS order, bold with
 * borders, frozen. Rows are only ever appended below it (WorkbookPort.appendRows).
 */
export function buildNoticeLogSheet(): SheetModel {
  return {
    name: NOTICE_LOG_SHEET,
    rows: [KEYS.map((k) => ({ value: NOTICE_LOG_COLUMNS[k], style: HEADER }))],
    columnWidths: KEYS.map((k) => WIDTHS[k]),
    rowHeights: { 1: 22 },
    freezeRowsAbove: 2,
    page: { orientation: 'landscape', paper: 'A4', fitToWidth: true, printTitleRows: { first: 1, last: 1 } },
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
