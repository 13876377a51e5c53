import { NOTICE_LOG_COLUMNS, NOTICE_LOG_SHEET, VOID_STATE, type LogEntry, type ParsedNoticeLog } from '../core/notices/noticeLog';
import { toCellText } from '../sheets/cellText';
import { findVoidTarget } from './findVoidTarget';
import { readNoticeLog } from './issueNotices';
import type { WorkbookPort } from './ports/workbookPort';

export type VoidResult = { ok: true; number: string; row: number } | { ok: false; message: string };

/** The log entry holding the number, not voided, with the log as read; or why there is none to void. */
type Found =
  | { kind: 'open'; entry: LogEntry; log: ParsedNoticeLog }
  | { kind: 'voided'; entry: LogEntry }
  | { kind: 'missing' }
  | { kind: 'refused'; message: string };

/** The notice on `row` when it holds `number` (findVoidTarget: the row as the pane reads it). */
async function entryAtRow(port: WorkbookPort, number: string, row: number): Promise<Found> {
  const found = await findVoidTarget(port, { sheet: NOTICE_LOG_SHEET, row, rowCount: 1 });
  if (found.ok) {
    const entry = found.log.entries.find((e) => e.row === row);
    return entry !== undefined && entry.number === number ? { kind: 'open', entry, log: found.log } : { kind: 'missing' };
  }
  return found.reason === 'voided' && found.entry.number === number ? { kind: 'voided', entry: found.entry } : { kind: 'missing' };
}

/** The notice holding `number`; refused when two rows not voided hold it (two clerks issuing at once), never guessed. */
async function entryByNumber(port: WorkbookPort, number: string): Promise<Found> {
  const current = await readNoticeLog(port);
  const matches = current?.log.entries.filter((e) => e.number === number) ?? [];
  const open = matches.filter((e) => !e.voided);
  if (open.length > 1) {
    return { kind: 'refused', message: `「${NOTICE_LOG_SHEET}」第${open.map((e) => e.row).join('、')}行的编号都是「${number}」，不能确定作废哪一张：请指明要作废的行` };
  }
  const entry = open[0] ?? matches[0];
  if (current === null || entry === undefined) return { kind: 'missing' };
  return entry.voided ? { kind: 'voided', entry } : { kind: 'open', entry, log: current.log };
}

/**
 * 作废: voids one notice of the log with a reason (SPEC §4: a wrong notice is voided, not
 * deleted). Its 状态 becomes 作废 and the reason is appended to 备注; the row stays, its number is
 * never given again, and the next run warrants the notice afresh under a new number. The log is
 * re-read first and is the authority (a row moved or voided since the analysis is not touched
 * blindly); `source` (the log entries read before, e.g. an analysis' log) tells a number that never
 * existed from one whose row changed since. `row` names the row when the caller knows it: a number
 * held by two rows not voided (two clerks issuing at once) is refused without it, never guessed.
 * With `row`, the row is read as findVoidTarget reads a selected one.
 *
 * @example
 * await voidNotice(port, analysis.log, '督〔2020〕黄1号', '发错单位') // { ok: true, number: '督〔2020〕黄1号', row: 3 }
 */
export async function voidNotice(
  port: WorkbookPort,
  source: readonly LogEntry[],
  number: string,
  reason: string,
  row?: number,
): Promise<VoidResult> {
  const wanted = number.trim();
  const why = reason.trim();
  if (why === '') return { ok: false, message: '请填写作废原因' };
  const found = row !== undefined ? await entryAtRow(port, wanted, row) : await entryByNumber(port, wanted);
  if (found.kind === 'refused') return { ok: false, message: found.message };
  if (found.kind === 'missing') {
    const known = source.some((e) => e.number === wanted);
    return {
      ok: false,
      message: known ? `「${NOTICE_LOG_SHEET}」已改动，找不到「${wanted}」：请重新读取后再作废` : `「${NOTICE_LOG_SHEET}」中没有编号为「${wanted}」的督办单`,
    };
  }
  if (found.kind === 'voided') return { ok: false, message: `督办单「${wanted}」已作废（「${NOTICE_LOG_SHEET}」第${found.entry.row}行），无需再次作废` };
  const { entry, log } = found;
  const { state, remark } = log.columns;
  if (state === undefined || remark === undefined) {
    const missing = [state === undefined ? NOTICE_LOG_COLUMNS.state : null, remark === undefined ? NOTICE_LOG_COLUMNS.remark : null].filter((x) => x !== null);
    return { ok: false, message: `「${NOTICE_LOG_SHEET}」缺少「${missing.join('」「')}」列，无法作废` };
  }
  const note = `作废：${why}`;
  await port.setCells(NOTICE_LOG_SHEET, [
    { row: entry.row, col: state, value: VOID_STATE },
    { row: entry.row, col: remark, value: toCellText(entry.remark === '' ? note : `${entry.remark}；${note}`) },
  ]);
  return { ok: true, number: wanted, row: entry.row };
}
