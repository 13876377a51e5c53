import type { Problem } from '../problems';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import type { NoticeColor } from '../rules/ruleSet';
import type { DateOnly } from '../dates/dateOnly';
import type { LoggedNotice } from '../escalation/escalate';
import { parseDateCell } from '../dates/parseDateCell';
import { readTable, cellText } from '../tables/readTable';
import { parseNoticeNumber } from './noticeNumber';
import { findDuplicateNumbers, type NumberedRow } from './findDuplicateNumbers';

/** The append-only notice log sheet (督办单登记, SPEC §4): the single source for scores and bulletins. */
export const NOTICE_LOG_SHEET = '督办单登记';

/** The log's columns, in order, as written by the add-in. */
export const NOTICE_LOG_COLUMNS = {
  number: '督办单编号',
  color: '颜色',
  itemId: '事项编号',
  title: '督办事项',
  unit: '被督办单位',
  dueDate: '应发日期',
  issueDate: '发出日期',
  deadline: '办理时限',
  daysOverdue: '逾期天数',
  signatory: '签发人',
  state: '状态',
  remark: '备注',
} as const;

export const COLOR_NAMES: Record<NoticeColor, '蓝' | '黄' | '红'> = { blue: '蓝', yellow: '黄', red: '红' };
const COLOR_BY_NAME: Record<string, NoticeColor> = { 蓝: 'blue', 蓝色: 'blue', 黄: 'yellow', 黄色: 'yellow', 红: 'red', 红色: 'red' };
export const VOID_STATE = '作废';
export const VALID_STATE = '有效';

export interface LogEntry extends LoggedNotice {
  row: number;
  dueDate: DateOnly | null;
  deadline: DateOnly | null;
  daysOverdue: number | null;
  signatory: string;
  title: string;
  remark: string;
}

export type NoticeLogKey = keyof typeof NOTICE_LOG_COLUMNS;
type Key = NoticeLogKey;

/** The log as read back: the valid rows, and what numbering and issuing need of the others. */
export interface ParsedNoticeLog {
  entries: LogEntry[];
  problems: Problem[];
  /** Every number written in the log, rows left out of entries included: numbering never reuses one. */
  numbers: string[];
  /**
   * Rows left out of entries (not voided) that still name an item and a unit: the notice they
   * record may well exist on paper, so no new notice goes to that item and unit until the row is
   * fixed — a hand-edited row is never silently replaced by a renumbered one.
   */
  unreadable: Array<{ row: number; itemId: string; unit: string }>;
  /** 1-based column of each column found (for voiding a row in place). */
  columns: Partial<Record<NoticeLogKey, number>>;
  /** 1-based row of the header; null when the sheet is empty or has no recognisable header. */
  headerRow: number | null;
}
const SPEC = Object.fromEntries(Object.entries(NOTICE_LOG_COLUMNS).map(([k, v]) => [k, [v]])) as unknown as Record<Key, readonly string[]>;

/**
 * Reads the notice log back. A row edited by hand into something unreadable (unknown color, a date
 * that is not a date, a missing number) is reported by cell and left out of the counts; nothing is
 * renumbered. A number held by two rows (two clerks appending at once, a copied row) is a warning
 * naming both (findDuplicateNumbers): both are notices that may be out on paper, so both count
 * until the clerk voids one.
 *
 * @example
 * // sheet: 督办单编号 | 颜色 | 事项编号 | 被督办单位 | 发出日期 | 状态, then 督〔2020〕黄1号 | 黄 | DB-01 | 县住建局 | 2020-05-18 | 有效
 * parseNoticeLog(sheet).entries.map((e) => [e.number, e.color, e.issueDate, e.voided]) // → [['督〔2020〕黄1号', 'yellow', '2020-05-18', false]]
 */
export function parseNoticeLog(sheet: SheetSnapshot): ParsedNoticeLog {
  const problems: Problem[] = [];
  const numbers: string[] = [];
  const unreadable: ParsedNoticeLog['unreadable'] = [];
  const table = readTable(sheet, SPEC, 3);
  if (!table) {
    const empty = { entries: [], numbers, unreadable, columns: {}, headerRow: null };
    if (sheet.values.length === 0) return { ...empty, problems };
    return { ...empty, problems: [{ severity: 'error', code: 'log.no-header', sheet: sheet.name, message: `表头无法识别：应有 ${Object.values(NOTICE_LOG_COLUMNS).join('、')} 等列` }] };
  }
  const entries: LogEntry[] = [];
  const numbered: NumberedRow[] = [];
  for (const r of table.rows) {
    const bad = (key: Key, message: string) =>
      problems.push({ severity: 'error', code: 'log.invalid', sheet: sheet.name, cell: r.cell(key), row: r.row, message: `${message}，此行不计入` });
    const number = cellText(r.get('number'));
    const color = COLOR_BY_NAME[cellText(r.get('color'))];
    const issue = parseDateCell(r.get('issueDate'), { date1904: sheet.date1904 });
    const itemId = cellText(r.get('itemId'));
    const unit = cellText(r.get('unit'));
    const state = cellText(r.get('state'));
    if (number === '') bad('number', '督办单编号为空');
    else {
      numbers.push(number);
      numbered.push({ row: r.row, number, cell: r.cell('number'), voided: state === VOID_STATE });
      if (parseNoticeNumber(number) === null) {
        problems.push({
          severity: 'warning',
          code: 'log.number-format',
          sheet: sheet.name,
          cell: r.cell('number'),
          row: r.row,
          message: `督办单编号「${number}」不是「督〔年份〕颜色序号号」的格式，续编号时不计此号`,
        });
      }
    }
    if (!color) bad('color', `颜色「${cellText(r.get('color'))}」应为 蓝、黄 或 红`);
    if (!issue.ok || issue.value === null) bad('issueDate', `发出日期「${cellText(r.get('issueDate'))}」不是有效日期`);
    if (itemId === '') bad('itemId', '事项编号为空');
    if (unit === '') bad('unit', '被督办单位为空');
    const stateOk = state === '' || state === VALID_STATE || state === VOID_STATE;
    if (!stateOk) bad('state', `状态「${state}」应为 有效 或 作废`);
    if (number === '' || !color || !issue.ok || issue.value === null || itemId === '' || unit === '' || !stateOk) {
      if (state !== VOID_STATE && itemId !== '' && unit !== '') unreadable.push({ row: r.row, itemId, unit });
      continue;
    }
    const date = (key: 'dueDate' | 'deadline') => {
      const p = parseDateCell(r.get(key), { date1904: sheet.date1904 });
      return p.ok ? p.value : null;
    };
    const overdue = r.get('daysOverdue');
    entries.push({
      row: r.row,
      number,
      color,
      itemId,
      unit,
      issueDate: issue.value,
      voided: state === VOID_STATE,
      dueDate: date('dueDate'),
      deadline: date('deadline'),
      daysOverdue: typeof overdue === 'number' ? overdue : null,
      signatory: cellText(r.get('signatory')),
      title: cellText(r.get('title')),
      remark: cellText(r.get('remark')),
    });
  }
  for (const p of findDuplicateNumbers(sheet.name, numbered, numbers)) problems.push(p);
  return { entries, problems, numbers, unreadable, columns: table.columns, headerRow: table.headerRow };
}
