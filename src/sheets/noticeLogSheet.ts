import { dateToSerial } from '../core/dates/excelSerial';
import type { DateOnly } from '../core/dates/dateOnly';
import { COLOR_NAMES, NOTICE_LOG_COLUMNS, NOTICE_LOG_SHEET, VALID_STATE, type NoticeLogKey } from '../core/notices/noticeLog';
import type { PlannedNotice } from '../core/notices/planNotices';
import type { NoticeColor } from '../core/rules/ruleSet';
import { toCellText } from './cellText';
import { STATUS_COLORS } from './ledgerDecoration';
import type { CellModel, CellStyle, SheetModel } from './sheetModel';
import { PAGE_NUMBER_FOOTER, SIGNATURE_LINE } from './sheetFlow';
import { buildAppendOnlySheet } from './appendOnlySheet';

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
  return buildAppendOnlySheet(NOTICE_LOG_SHEET, NOTICE_LOG_COLUMNS, WIDTHS, { left: SIGNATURE_LINE, right: PAGE_NUMBER_FOOTER });
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
