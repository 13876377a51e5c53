import { parseDateCell } from '../dates/parseDateCell';
import type { DateOnly } from '../dates/dateOnly';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import type { Problem } from '../problems';
import { cellText, readTable, writtenTableSpec } from '../tables/readTable';
import { ANSWER_COLUMNS, LIST_COLUMNS, LIST_FORMAT, parseListMark, type ListColumn, type ListMark } from './unitList';

/** One item's row of a returned list, with what the unit wrote. */
export interface ReplyRow {
  /** 1-based row in the returned sheet. */
  row: number;
  key: string;
  title: string;
  progress: string | null;
  /** The reported completion date; null when blank. */
  completed: DateOnly | null;
  evidence: string | null;
  contact: string | null;
  /** A1 addresses of the row's 事项编号 and 完成时间 cells. */
  keyCell: string;
  completedCell: string;
}

/** A returned list as read: its own line, the rows the unit answered, and what could not be read. */
export interface UnitReply extends ListMark {
  sheet: string;
  /** Every item row, answered or not, for matching the list to the ledger (its fingerprint). */
  items: Array<{ key: string; title: string }>;
  /** Rows with at least one answer that could be read. */
  rows: ReplyRow[];
  /** Item rows left blank by the unit. */
  blank: number;
  /** Cells that could not be read (a 完成时间 that is no date, an answer on a row with no 事项编号): their rows are left out. */
  problems: Problem[];
}

export type ReadUnitReply =
  | { ok: true; reply: UnitReply }
  /** `not-a-list`: no 清单标识 line; `changed`: the line or the header was edited; `newer`: a format this version does not know. */
  | { ok: false; reason: 'not-a-list' | 'changed' | 'newer'; message: string };

const MARK = '清单标识';
const SPEC = writtenTableSpec(LIST_COLUMNS);

/** Whether a sheet holds a 督办清单's own line (cheap: looks for the text, reads nothing else). */
export function isUnitList(sheet: SheetSnapshot): boolean {
  return findMark(sheet) !== null;
}

function findMark(sheet: SheetSnapshot): string | null {
  for (const line of sheet.values) {
    for (const v of line) if (typeof v === 'string' && v.trimStart().startsWith(MARK)) return v.trim();
  }
  return null;
}

/**
 * A 督办清单 as a unit sent it back (issue 21, 回收): its own line (unit, as-of date, fingerprint),
 * its item rows, and the answers in 进展情况, 完成时间, 佐证材料 and 联系人. A sheet that is not a
 * list, or whose line or header was edited, is refused with the reason in Chinese; a cell that
 * cannot be read is a problem naming it, and its row is left out.
 *
 * @example
 * // 县住建局's list of 2020-05-20, DB-01 answered '已完成验收' and 完成时间 2020-05-18, DB-02 blank
 * const r = readUnitReply(sheet);
 * r.ok && [r.reply.unit, r.reply.rows.map((x) => [x.key, x.completed]), r.reply.blank] // → ['县住建局', [['DB-01', '2020-05-18']], 1]
 */
export function readUnitReply(sheet: SheetSnapshot): ReadUnitReply {
  const text = findMark(sheet);
  if (text === null) return { ok: false, reason: 'not-a-list', message: `「${sheet.name}」不是督办清单：表中没有“清单标识”` };
  const mark = parseListMark(text.replace(/^清单标识\s*[:：]\s*/, '清单标识：'));
  if (mark === null) return { ok: false, reason: 'changed', message: `「${sheet.name}」的清单标识被改动过，无法核对：${text}` };
  if (mark.format !== LIST_FORMAT) {
    return { ok: false, reason: 'newer', message: `「${sheet.name}」是${mark.format}格式的清单，本版本只能读${LIST_FORMAT}：请更新督办台账助手` };
  }
  const table = readTable(sheet, SPEC, Object.keys(LIST_COLUMNS).length);
  if (table === null) return { ok: false, reason: 'changed', message: `「${sheet.name}」的表头被改动过（应为：${Object.values(LIST_COLUMNS).join('、')}）` };

  const items: UnitReply['items'] = [];
  const rows: ReplyRow[] = [];
  const problems: Problem[] = [];
  let blank = 0;
  const problem = (code: string, message: string, cell: string, row: number) => problems.push({ severity: 'error', code, message, sheet: sheet.name, cell, row });
  for (const r of table.rows) {
    const key = cellText(r.get('key'));
    if (key.startsWith(MARK)) continue;
    const answered = ANSWER_COLUMNS.filter((c) => cellText(r.get(c)) !== '');
    if (key === '') {
      if (answered.length > 0) problem('feedback.no-key', '这一行填写了内容但没有事项编号（清单不能增加行），未导入', r.cell(answered[0]), r.row);
      continue;
    }
    const title = cellText(r.get('title'));
    items.push({ key, title });
    if (answered.length === 0) {
      blank++;
      continue;
    }
    const date = parseDateCell(r.get('completed'), { date1904: sheet.date1904 });
    if (!date.ok) {
      problem('feedback.bad-date', `完成时间“${cellText(r.get('completed'))}”无法识别为日期（${date.reason}），这一行未导入`, r.cell('completed'), r.row);
      continue;
    }
    const text = (c: ListColumn) => cellText(r.get(c)) || null;
    rows.push({ row: r.row, key, title, progress: text('progress'), completed: date.value, evidence: text('evidence'), contact: text('contact'), keyCell: r.cell('key'), completedCell: r.cell('completed') });
  }
  return { ok: true, reply: { ...mark, sheet: sheet.name, items, rows, blank, problems } };
}
