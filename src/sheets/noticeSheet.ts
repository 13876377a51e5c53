import type { DateOnly } from '../core/dates/dateOnly';
import { formatChineseDate } from '../core/notices/formatChineseDate';
import { COLOR_CHAR } from '../core/notices/noticeNumber';
import { HEAD_UNKNOWN, type PlannedNotice } from '../core/notices/planNotices';
import type { CellRect } from '../core/ledger/sheetSnapshot';
import type { NoticeColor, RuleSet } from '../core/rules/ruleSet';
import { truncate } from '../core/text/truncate';
import { toCellText } from './cellText';
import { rowHeightFor, wrappedLines } from './measureText';
import { PAGE_NUMBER_FOOTER, pageMargins } from './sheetFlow';
import { SHEET_TYPEFACE, type CellModel, type CellStyle, type SheetModel } from './sheetModel';

/**
 * Header band colors: clearly colored fills with readable text (the ledger's pale status fills
 * would vanish on colored paper), one per batch of paper (附件第一条: 蓝、黄、红三色纸).
 */
export const NOTICE_BAND: Record<NoticeColor, { fill: string; font: string }> = {
  blue: { fill: '2F75B5', font: 'FFFFFF' },
  yellow: { fill: 'FFD966', font: '000000' },
  red: { fill: 'C00000', font: 'FFFFFF' },
};

/** Rows of one notice: every notice is the same fixed block, one A4 page each. */
export const NOTICE_BLOCK_ROWS = 16;
/** Columns A–D: label, value, label, value; widths in characters sum to what fits A4 portrait, the labels whole on one line. */
const WIDTHS = [14, 21, 14, 21];
const COLS = WIDTHS.length;
// Longer texts would push the notice past its page; the ledger and the register keep them whole.
const MAX_TITLE_ON_PAGE = 120;
const TITLE_CUT = '…（全文见台账）';
const MAX_FIELD_ON_PAGE = 30;
const MIN_FIELD_HEIGHT = 30;
/** About 2.5 cm, with the name and date lines under it: room for the office's round seal (4.2 cm) over them. */
const SEAL_HEIGHT = 72;
const COLOR_ORDER: Record<NoticeColor, number> = { red: 0, yellow: 1, blue: 2 };

const LABEL: CellStyle = { bold: true, border: true, fill: 'F2F2F2', horizontal: 'center', vertical: 'middle', wrap: true, fontSize: 12 };
const VALUE: CellStyle = { border: true, vertical: 'middle', wrap: true, fontSize: 12 };
const PARAGRAPH: CellStyle = { border: true, vertical: 'middle', wrap: true, fontSize: 12 };
const SIGN: CellStyle = { horizontal: 'left', vertical: 'bottom', fontSize: 14 };
const OFFICE: CellStyle = { horizontal: 'center', vertical: 'middle', fontSize: 14 };
const SEAL: CellStyle = { horizontal: 'center', vertical: 'middle', fontSize: 12, fontColor: '808080' };
const NUMBER: CellStyle = { horizontal: 'center', vertical: 'middle', fontSize: 12 };
const FOOTNOTE: CellStyle = { wrap: true, vertical: 'top', fontSize: 9 };

/**
 * The header band's two rows (the office, then 蓝/黄/红色督办单) in each color. Built once: every
 * notice shares them, so an adapter renders each style once, not once per notice.
 */
const bandStyle = (color: NoticeColor, fontSize: number): CellStyle => ({
  bold: true,
  horizontal: 'center',
  vertical: 'middle',
  fill: NOTICE_BAND[color].fill,
  fontColor: NOTICE_BAND[color].font,
  fontSize,
});
const BAND: Record<NoticeColor, { office: CellStyle; heading: CellStyle }> = {
  blue: { office: bandStyle('blue', 20), heading: bandStyle('blue', 28) },
  yellow: { office: bandStyle('yellow', 20), heading: bandStyle('yellow', 28) },
  red: { office: bandStyle('red', 20), heading: bandStyle('red', 28) },
};

/** The sheet name for one issue date's notices; the adapter makes it unique (makeSheetName). */
export function noticeSheetName(issueDate: DateOnly): string {
  return `督办单 ${issueDate}`;
}

/** Cut to `max` characters with '…' (a surrogate pair is never split). */
const fit = (text: string, max: number, marker = '…') => truncate(text, max, marker);

const fieldHeight = (...cells: Array<[string, number, CellStyle?]>) =>
  Math.max(MIN_FIELD_HEIGHT, ...cells.map(([text, width, style = VALUE]) => rowHeightFor(wrappedLines(text, width, style), style) + 6));

/**
 * A printable sheet of one issue date's notices (SPEC §4): grouped red → yellow → blue so each
 * batch goes on its own paper color, one notice per A4 portrait page (a fixed block of rows,
 * a page break after each, print area and margins set), a header band in the notice's color,
 * the fields, the requirement, the SMS text and the signature block.
 */
export function buildNoticeSheet(notices: readonly PlannedNotice[], issueDate: DateOnly, rules: RuleSet): SheetModel {
  const ordered = [...notices].sort((a, b) => COLOR_ORDER[a.color] - COLOR_ORDER[b.color]);
  const rows: CellModel[][] = [];
  const merges: CellRect[] = [];
  const rowHeights: Record<number, number> = {};
  const rowBreaks: number[] = [];
  const wide = WIDTHS[1] + WIDTHS[2] + WIDTHS[3];

  ordered.forEach((n, i) => {
    const top = i * NOTICE_BLOCK_ROWS + 1;
    const put = (offset: number, cells: CellModel[], height: number) => {
      while (cells.length < COLS) cells.push({ value: null });
      rows[top + offset - 1] = cells;
      rowHeights[top + offset] = height;
    };
    const merge = (offset: number, left: number, right: number) => merges.push({ top: top + offset, left, bottom: top + offset, right });
    const across = (value: string | null, style: CellStyle, offset: number, height: number, from = 1) => {
      const cells: CellModel[] = [];
      for (let c = 1; c <= COLS; c++) cells.push(c === from ? { value, style } : { value: null, style: c > from ? style : undefined });
      put(offset, cells, height);
      merge(offset, from, COLS);
    };
    const pair = (offset: number, label: string, value: string, height: number) =>
      put(offset, [{ value: label, style: LABEL }, { value, style: PARAGRAPH }, { value: null, style: PARAGRAPH }, { value: null, style: PARAGRAPH }], height);

    const shownTitle = fit(toCellText(n.title), MAX_TITLE_ON_PAGE, TITLE_CUT);
    const unit = fit(toCellText(n.unit), MAX_FIELD_ON_PAGE);
    const head = n.head === null ? HEAD_UNKNOWN : fit(toCellText(n.head), MAX_FIELD_ON_PAGE);
    const itemId = fit(toCellText(n.itemId), MAX_FIELD_ON_PAGE);
    const source = n.source === null ? '—' : fit(toCellText(n.source), MAX_FIELD_ON_PAGE);
    const overdue = n.daysOverdue === 0 ? '0天（今日到期）' : `${n.daysOverdue}天`;
    const deadline = `${formatChineseDate(n.deadline)}${n.deadlineExtended ? '（经批准延期）' : ''}`;

    across(rules.notices.office, BAND[n.color].office, 0, 34);
    across(`${COLOR_CHAR[n.color]}色督办单`, BAND[n.color].heading, 1, 46);
    across(n.number, NUMBER, 2, 28);
    put(3, [], 4);
    put(4, [{ value: '被督办单位', style: LABEL }, { value: unit, style: VALUE }, { value: '主要负责人', style: LABEL }, { value: head, style: VALUE }], fieldHeight([unit, WIDTHS[1]], [head, WIDTHS[3]]));
    put(5, [{ value: '事项编号', style: LABEL }, { value: itemId, style: VALUE }, { value: '事项来源', style: LABEL }, { value: source, style: VALUE }], fieldHeight([itemId, WIDTHS[1]], [source, WIDTHS[3]]));
    pair(6, '督办事项', shownTitle, fieldHeight([shownTitle, wide]));
    merge(6, 2, COLS);
    put(7, [{ value: '办理时限', style: LABEL }, { value: deadline, style: VALUE }, { value: '逾期天数', style: LABEL }, { value: overdue, style: VALUE }], fieldHeight([deadline, WIDTHS[1]]));
    pair(8, '督办要求', n.requirement, fieldHeight([n.requirement, wide]) + 8);
    merge(8, 2, COLS);
    pair(9, '短信（微信）', n.sms, fieldHeight([n.sms, wide], ['短信（微信）', WIDTHS[0], LABEL]));
    merge(9, 2, COLS);
    put(10, [], 12);
    // A blank to sign on, the seal's place marked, then the office and the date the seal covers.
    across(`签发人（${toCellText(n.signatory)}）：________________`, SIGN, 11, 34);
    across('（盖　章）', SEAL, 12, SEAL_HEIGHT, 3);
    across(rules.notices.office, OFFICE, 13, 24, 3);
    across(formatChineseDate(n.issueDate), OFFICE, 14, 24, 3);
    across(
      `（${COLOR_CHAR[n.color]}色督办单同时以短信（微信）形式发送被督办单位主要负责人。请收到后按要求办理，并将办理情况书面反馈${rules.notices.office}。）`,
      FOOTNOTE,
      15,
      34,
    );
    if (i < ordered.length - 1) rowBreaks.push(top + NOTICE_BLOCK_ROWS - 1);
  });

  const last = Math.max(1, ordered.length * NOTICE_BLOCK_ROWS);
  const top = ordered[0]?.color;
  return {
    name: noticeSheetName(issueDate),
    rows,
    font: SHEET_TYPEFACE,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    ...(top !== undefined ? { tabColor: NOTICE_BAND[top].fill } : {}),
    page: {
      orientation: 'portrait',
      paper: 'A4',
      margins: pageMargins({ top: 0.7, bottom: 0.6, left: 0.6, right: 0.6 }),
      fitToWidth: true,
      printArea: { top: 1, left: 1, bottom: last, right: COLS },
      rowBreaks,
      // The clerk counts the batch by it: one page per notice.
      footer: { center: PAGE_NUMBER_FOOTER },
    },
  };
}
