import { dateOf } from '../core/dates/dateOnly';
import { dateToSerial } from '../core/dates/excelSerial';
import type { CellRect } from '../core/ledger/sheetSnapshot';
import { ANSWER_COLUMNS, LIST_COLUMNS, formatListMark, type ListColumn, type ReceivedNotice, type UnitList, type UnitListItem } from '../core/feedback/unitList';
import { formatChineseDate } from '../core/notices/formatChineseDate';
import { COLOR_NAMES } from '../core/notices/noticeLog';
import { truncate } from '../core/text/truncate';
import { toCellText } from './cellText';
import { STATUS_COLORS } from './ledgerDecoration';
import { displayText, rowHeightFor, widthToFit, wrappedLines } from './measureText';
import { PAGE_NUMBER_FOOTER, pageMargins } from './sheetFlow';
import { SHEET_TYPEFACE, type CellModel, type CellStyle, type DateValidation, type SheetModel } from './sheetModel';

export interface UnitListOptions {
  /** The office sending the list, named under the title ('湘阴县人民政府督查室'). */
  office: string;
  /** The years a reported completion date may fall in: Excel refuses a date outside them as it is typed. */
  earliestYear: number;
  latestYear: number;
  /** The workbook the list is written to counts dates from 1904. */
  date1904?: boolean;
}

const KEYS = Object.keys(LIST_COLUMNS) as ListColumn[];
const COLUMN = Object.fromEntries(KEYS.map((k, i) => [k, i + 1])) as Record<ListColumn, number>;
const WIDTH = KEYS.length;

/** Rows of the sheet (1-based): title, the office line, the filling note, the header, then the items. */
const TITLE_ROW = 1;
const INFO_ROW = 2;
const NOTE_ROW = 3;
const HEADER_ROW = 4;
const FIRST_ITEM_ROW = HEADER_ROW + 1;

/** The fewest lines an item row holds, so an answer has room on screen and on paper. */
const ANSWER_LINES = 2;

/** The fill of the cells a unit types in: the pale yellow of the 规则设置 sheet's 值 column. */
const ANSWER_FILL = 'FFF2CC';

const TITLE: CellStyle = { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle', wrap: true };
const INFO: CellStyle = { horizontal: 'center', vertical: 'middle', wrap: true };
const NOTE: CellStyle = { vertical: 'top', wrap: true };
const HEADER: CellStyle = { bold: true, border: true, fill: 'D9D9D9', horizontal: 'center', vertical: 'middle', wrap: true };
// The four headings to answer under share their column's yellow, a shade deeper than the cells.
const ANSWER_HEADER: CellStyle = { ...HEADER, fill: 'FFE699' };
const TEXT: CellStyle = { border: true, vertical: 'middle', wrap: true };
const CENTER: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
const KEY: CellStyle = { ...CENTER, wrap: true };
const DATE: CellStyle = { ...CENTER, numberFormat: 'yyyy-mm-dd' };
const ANSWER_TEXT: CellStyle = { border: true, vertical: 'middle', wrap: true, fill: ANSWER_FILL, locked: false };
const ANSWER_DATE: CellStyle = { ...DATE, fill: ANSWER_FILL, locked: false };
/** The list's own line: small, and grey enough to recede yet 7:1 on white. */
const MARK: CellStyle = { fontSize: 9, fontColor: '595959', vertical: 'middle' };
const STATUS_STYLE: Record<string, CellStyle> = Object.fromEntries(Object.entries(STATUS_COLORS).map(([status, { fill }]) => [status, { ...CENTER, fill }]));

/** Each column's narrowest and widest width, in characters: text wider than the widest wraps. */
const SPAN: Record<ListColumn, { min: number; max: number }> = {
  key: { min: 0, max: 16 },
  title: { min: 20, max: 30 },
  source: { min: 0, max: 17 },
  deadline: { min: 0, max: 14 },
  status: { min: 0, max: 10 },
  // '蓝 督〔2020〕蓝12号（2020-05-11）' on one line.
  notices: { min: 0, max: 40 },
  daysOverdue: { min: 0, max: 10 },
  // Room to type in: an answer of a sentence or two, a date, a file's name, a name and a phone number.
  progress: { min: 28, max: 28 },
  // A typed date shows whole (13.7), not as ###.
  completed: { min: 14, max: 14 },
  evidence: { min: 18, max: 18 },
  contact: { min: 18, max: 18 },
};
/** The span of the empty line between the table and the list's own line, in points. */
const GAP_HEIGHT = 10;
/** A footer section holds little (Excel: 255 characters for the whole header and footer). */
const FOOTER_TEXT = 60;

/**
 * One notice the unit has had for the item, on a line of its own: its color, its number and the day
 * it was issued, so the unit can find it in its files.
 *
 * @example
 * noticeLine({ color: 'blue', number: '督〔2020〕蓝1号', issueDate: '2020-05-11' }) // → '蓝 督〔2020〕蓝1号（2020-05-11）'
 */
function noticeLine(n: ReceivedNotice): string {
  return `${COLOR_NAMES[n.color]} ${n.number ?? '未编号'}（${n.issueDate}）`;
}

/** An item's row: the ledger's facts (locked), then the four cells the unit fills in. */
function itemCells(item: UnitListItem, date1904: boolean): Record<ListColumn, CellModel> {
  return {
    key: { value: toCellText(item.key), style: KEY },
    title: { value: toCellText(item.title), style: TEXT },
    source: { value: item.source === null ? null : toCellText(item.source), style: TEXT },
    deadline:
      item.deadline === null ? { value: item.status === '长期' ? '长期' : '—', style: CENTER } : { value: dateToSerial(item.deadline, date1904), style: DATE },
    status: { value: item.status, style: STATUS_STYLE[item.status] ?? CENTER },
    notices: { value: item.notices.length === 0 ? null : toCellText(item.notices.map(noticeLine).join('\n')), style: TEXT },
    daysOverdue: { value: item.daysOverdue > 0 ? item.daysOverdue : null, style: CENTER },
    progress: { value: null, style: ANSWER_TEXT },
    completed: { value: null, style: ANSWER_DATE },
    evidence: { value: null, style: ANSWER_TEXT },
    contact: { value: null, style: ANSWER_TEXT },
  };
}

/**
 * What a unit reads before it types: which cells are its to fill, what a 完成时间 looks like, and
 * that the file must come back as it is, for readUnitReply to find the header and the list's own line.
 */
function fillingNote(example: string): string {
  return (
    `填报说明：只填写淡黄色的四列——${LIST_COLUMNS.progress}；${LIST_COLUMNS.completed}（日期，如 ${example}；未完成不填）；` +
    `${LIST_COLUMNS.evidence}；${LIST_COLUMNS.contact}（姓名、电话）。其他单元格已锁定。` +
    '请勿增删行、列或修改表头；填好后保存，将本文件原样发回（文件名可保留）。'
  );
}

/** Lines the cell's text takes in a column (or merged columns) `width` wide. */
function linesOf(cell: CellModel, width: number): number {
  const text = displayText(cell.value, cell.style?.numberFormat);
  if (text === '') return 1;
  return cell.style?.wrap ? wrappedLines(text, width, cell.style) : text.split('\n').length;
}

/**
 * One supervised unit's 督办清单 (issue 21, 分发): the unit's open items as the ledger has them, with
 * four pale-yellow columns for its answer — 进展情况, 完成时间, 佐证材料, 联系人 — the only cells
 * left unlocked on the protected sheet. 完成时间 takes only a date in the given years (Excel's data
 * validation), so an answer comes back readable. Below the table, the list's own line
 * (formatListMark) tells readUnitReply whose list it is, of which day, from which ledger.
 *
 * Layout: row 1 the title, 2 the office and date, 3 the filling note, 4 the header (LIST_COLUMNS,
 * printed on every page), items from row 5, one empty row, then the list's line in column A.
 * A4 landscape, one page wide.
 *
 * @example
 * const model = buildUnitListSheet(list, { office: '湘阴县人民政府督查室', earliestYear: 2020, latestYear: 2020 });
 * model.rows[0][0].value // → '县住建局督办事项清单'
 * model.rows[3].map((c) => c.value) // → ['事项编号', '事项名称', '来源', '办理时限', '督办状态', '已收督办单', '逾期天数', '进展情况', '完成时间', '佐证材料', '联系人']
 * model.dateValidations?.[0].range // → { top: 5, left: 9, bottom: 4 + list.items.length, right: 9 }
 */
export function buildUnitListSheet(list: UnitList, options: UnitListOptions): SheetModel {
  const { office, earliestYear, latestYear, date1904 = false } = options;
  const from = dateOf(earliestYear, 1, 1);
  const to = dateOf(latestYear, 12, 31);
  if (to < from) throw new RangeError(`完成时间的年份范围有误：${earliestYear}–${latestYear}`);

  const header = KEYS.map((k): CellModel => ({ value: LIST_COLUMNS[k], style: ANSWER_COLUMNS.includes(k) ? ANSWER_HEADER : HEADER }));
  const items = list.items.map((item) => {
    const cells = itemCells(item, date1904);
    return KEYS.map((k) => cells[k]);
  });

  // Each column as wide as its widest cell within its span; never narrower than its heading, which stays on one line.
  const widths = KEYS.map((k, c) => {
    const { min, max } = SPAN[k];
    let width = Math.max(min, widthToFit(LIST_COLUMNS[k], HEADER));
    for (const row of items) {
      const text = displayText(row[c].value, row[c].style?.numberFormat);
      if (text !== '') width = Math.max(width, row[c].style?.wrap ? Math.min(widthToFit(text, row[c].style), max) : widthToFit(text, row[c].style));
    }
    return Math.ceil(width * 2) / 2;
  });
  const tableWidth = widths.reduce((s, w) => s + w, 0);
  const across = (row: number): CellRect => ({ top: row, left: 1, bottom: row, right: WIDTH });

  const title = toCellText(`${list.unit}督办事项清单`);
  const info = toCellText(`${office} · 截至${formatChineseDate(list.asOf)} · 在办事项${list.items.length}项`);
  const note = fillingNote(list.asOf);
  const mark = toCellText(formatListMark(list));
  // On one line under any table but one of a unit named at great length, which it wraps under.
  const markStyle = widthToFit(mark, MARK) > tableWidth ? { ...MARK, wrap: true } : MARK;
  const markRow = FIRST_ITEM_ROW + items.length + 1;
  const rows: CellModel[][] = [
    [{ value: title, style: TITLE }],
    [{ value: info, style: INFO }],
    [{ value: note, style: NOTE }],
    header,
    ...items,
    [],
    [{ value: mark, style: markStyle }],
  ];

  const heights: Record<number, number> = {
    [TITLE_ROW]: rowHeightFor(wrappedLines(title, tableWidth, TITLE), TITLE),
    [INFO_ROW]: rowHeightFor(wrappedLines(info, tableWidth, INFO), INFO),
    [NOTE_ROW]: rowHeightFor(wrappedLines(note, tableWidth, NOTE), NOTE),
    [HEADER_ROW]: rowHeightFor(1, HEADER),
    [markRow - 1]: GAP_HEIGHT,
    [markRow]: rowHeightFor(wrappedLines(mark, tableWidth, markStyle), markStyle),
  };
  items.forEach((cells, i) => {
    // Room for two lines of progress at least: a list is often printed and answered by hand.
    heights[FIRST_ITEM_ROW + i] = rowHeightFor(Math.max(ANSWER_LINES, ...cells.map((cell, c) => linesOf(cell, widths[c]))));
  });

  const years = earliestYear === latestYear ? `${earliestYear}年` : `${earliestYear}年至${latestYear}年`;
  const dateValidations: DateValidation[] =
    items.length === 0
      ? []
      : [
          {
            range: { top: FIRST_ITEM_ROW, left: COLUMN.completed, bottom: FIRST_ITEM_ROW + items.length - 1, right: COLUMN.completed },
            from,
            to,
            prompt: { title: LIST_COLUMNS.completed, message: `已完成的填写完成日期，如 ${list.asOf}；未完成不填` },
            error: { title: '不是日期', message: `请填写${years}的日期，如 ${list.asOf}；未完成不填` },
          },
        ];

  return {
    name: `${list.unit}-督办清单`,
    font: SHEET_TYPEFACE,
    rows,
    merges: [across(TITLE_ROW), across(INFO_ROW), across(NOTE_ROW), across(markRow)],
    columnWidths: widths,
    rowHeights: heights,
    freezeRowsAbove: FIRST_ITEM_ROW,
    dateValidations,
    protect: true,
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: pageMargins({ top: 0.6, bottom: 0.7, left: 0.4, right: 0.4 }),
      printArea: { top: 1, left: 1, bottom: markRow, right: WIDTH },
      printTitleRows: { first: HEADER_ROW, last: HEADER_ROW },
      // A page that strays from the others still says whose list it is ('&' is Excel's code mark, doubled to print).
      footer: { left: truncate(title, FOOTER_TEXT, '…').replace(/&/g, '&&'), right: PAGE_NUMBER_FOOTER },
    },
  };
}
