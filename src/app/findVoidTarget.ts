import type { DateOnly } from '../core/dates/dateOnly';
import { NOTICE_LOG_SHEET, type LogEntry, type ParsedNoticeLog } from '../core/notices/noticeLog';
import type { Problem } from '../core/problems';
import type { NoticeColor } from '../core/rules/ruleSet';
import { readNoticeLog } from './issueNotices';
import type { CellSelection } from './ports/hostUi';
import type { WorkbookPort } from './ports/workbookPort';

/** The row of 督办单登记 chosen for 作废. */
export interface VoidTarget {
  row: number;
  number: string;
  color: NoticeColor;
  unit: string;
  itemId: string;
  title: string;
  issueDate: DateOnly;
}

/** Why the selection is no notice that can be voided; `message` says it in one sentence naming the sheet and row. */
export type VoidTargetRefusal =
  | { ok: false; reason: 'voided'; entry: LogEntry; message: string }
  | {
      ok: false;
      reason: 'other-sheet' | 'several-rows' | 'no-log' | 'no-header' | 'header-row' | 'unreadable-row' | 'no-notice';
      message: string;
      /** The log's problems behind the refusal (its header, the row's cells). */
      problems?: Problem[];
    };

/** The notice at the selection, with the log as read (voidNotice writes into its columns), or why not. */
export type VoidTargetResult = { ok: true; target: VoidTarget; log: ParsedNoticeLog } | VoidTargetRefusal;

const LOG = `「${NOTICE_LOG_SHEET}」`;

/**
 * The notice of the log 督办单登记 on the selected row, read afresh (the log is the authority: a
 * row moved or voided since is not taken blindly), or why the selection is none that can be
 * voided: another sheet, several rows, the header, a row the log reader cannot read, an empty
 * row, a notice already voided. The task pane's 读取选中行 and voidNotice's row both go through it.
 *
 * @example
 * await findVoidTarget(port, { sheet: '督办单登记', row: 3, rowCount: 1 })
 * // { ok: true, target: { row: 3, number: '督〔2020〕蓝2号', color: 'blue', unit: '县发改局', … }, log: { … } }
 * await findVoidTarget(port, { sheet: '督办台账', row: 3, rowCount: 1 })
 * // { ok: false, reason: 'other-sheet', message: '当前选中的是工作表「督办台账」：请在「督办单登记」表中选中要作废的督办单所在的行' }
 */
export async function findVoidTarget(port: WorkbookPort, selection: CellSelection): Promise<VoidTargetResult> {
  const { sheet, row, rowCount } = selection;
  if (sheet !== NOTICE_LOG_SHEET) {
    return { ok: false, reason: 'other-sheet', message: `当前选中的是工作表「${sheet}」：请在${LOG}表中选中要作废的督办单所在的行` };
  }
  if (rowCount > 1) {
    return { ok: false, reason: 'several-rows', message: `选中了${LOG}第 ${row}–${row + rowCount - 1} 行：一次只能作废一张督办单，请只选中一行` };
  }
  const current = await readNoticeLog(port);
  if (current === null) return { ok: false, reason: 'no-log', message: `工作簿中没有${LOG}表` };
  const { log } = current;
  if (log.headerRow === null) {
    return { ok: false, reason: 'no-header', message: `${LOG}的表头无法识别：应有 督办单编号、颜色、状态、备注 等列`, problems: log.problems };
  }
  if (row <= log.headerRow) {
    return { ok: false, reason: 'header-row', message: `选中的是${LOG}的表头（第 ${row} 行）：请选中要作废的督办单所在的行` };
  }
  const entry = log.entries.find((e) => e.row === row);
  if (entry === undefined || entry.number === null) {
    const unreadable = log.unreadable.some((u) => u.row === row) || log.problems.some((p) => p.row === row);
    if (unreadable) {
      return {
        ok: false,
        reason: 'unreadable-row',
        message: `${LOG}第 ${row} 行有误（见下方问题），不能识别为一张督办单：请先改正该行`,
        problems: log.problems.filter((p) => p.row === row),
      };
    }
    return { ok: false, reason: 'no-notice', message: `${LOG}第 ${row} 行没有督办单：请选中要作废的督办单所在的行` };
  }
  if (entry.voided) return { ok: false, reason: 'voided', entry, message: `督办单「${entry.number}」已作废（${LOG}第 ${row} 行），无需再次作废` };
  const target: VoidTarget = { row, number: entry.number, color: entry.color, unit: entry.unit, itemId: entry.itemId, title: entry.title, issueDate: entry.issueDate };
  return { ok: true, target, log };
}
