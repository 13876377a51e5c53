import { NOTICE_LOG_COLUMNS, NOTICE_LOG_SHEET, type LogEntry, type NoticeLogKey, type ParsedNoticeLog } from '../core/notices/noticeLog';
import type { LoggedNotice } from '../core/escalation/escalate';
import { checkNoticePlausibility, type NoticeDoubt } from '../core/notices/checkNoticePlausibility';
import { describeNoticeDoubt, type NoticeDoubtText } from '../core/notices/describeNoticeDoubt';
import { planNotices, type NoticePlan, type PlannedNotice } from '../core/notices/planNotices';
import type { Problem } from '../core/problems';
import type { DateOnly } from '../core/dates/dateOnly';
import { buildNoticeLogSheet, noticeLogRows } from '../sheets/noticeLogSheet';
import { buildNoticeSheet } from '../sheets/noticeSheet';
import { toCellText } from '../sheets/cellText';
import type { CellModel } from '../sheets/sheetModel';
import { changedInput, type AnalysisFingerprint, type ChangedInput } from './analysisFingerprint';
import { readNoticeLogSheet, type LedgerAnalysis, type NoticeLogRead } from './analyzeWorkbook';
import type { WorkbookPort } from './ports/workbookPort';

export interface IssuedNotices {
  /** The notices issued now, in the order of the plan (by date, red → yellow → blue). */
  notices: PlannedNotice[];
  /** Names of the notice sheets added, one per issue date of the new notices, ascending. */
  sheets: string[];
  problems: Problem[];
  /**
   * The log's notices as they stand after this run: the entries of the log as read when appending
   * (the analysis' when nothing was appended), then the ones appended now (as the log reads them
   * back). Scores count these without reading the log again.
   */
  log: LoggedNotice[];
}

/** Issuing after a preview: issued, or refused because an input changed since (nothing written). */
export type IssueResult = ({ stale: false } & IssuedNotices) | { stale: true; changed: ChangedInput };

/**
 * The notice log as it stands in the workbook now; null when there is no log sheet yet. For a
 * later moment than the analysis (voiding, reading a selected row); issuing uses the analysis' read.
 */
export async function readNoticeLog(port: WorkbookPort): Promise<NoticeLogRead | null> {
  const names = (await port.listSheets()).map((s) => s.name);
  if (!names.includes(NOTICE_LOG_SHEET)) return null;
  const [sheet] = await port.readSheets([NOTICE_LOG_SHEET]);
  return readNoticeLogSheet(sheet);
}

// Columns an appended row cannot do without: the log would not read back.
const NEEDED: NoticeLogKey[] = ['number', 'color', 'itemId', 'unit', 'issueDate', 'state'];

/**
 * What issuing would add now, from the log as the analysis read it (with the numbers of rows the
 * reader left out), for the task pane's list before the user confirms.
 */
export function previewNotices(analysis: LedgerAnalysis): NoticePlan {
  return planNotices(analysis, analysis.noticeLog?.log);
}

/** A notice preview as the user reviews it before issuing. */
export interface NoticeReview {
  plan: NoticePlan;
  /** Too many notices for one run, or dated too long before the as-of date (SPEC §9): ask before issuing. null: issue without asking. */
  doubt: NoticeDoubt | null;
  /** The doubt in words (why, and what would be issued by color, unit and month), as the command line prints it; null without a doubt. */
  doubtText: NoticeDoubtText | null;
  /** The log's own problems (a row edited by hand) with the plan's: both decide what is issued. */
  problems: Problem[];
}

/**
 * 预览督办单: the plan (previewNotices, from the log as the analysis read it: no second read), the
 * plausibility check on exactly what the user will see, and the problems behind it.
 *
 * @example
 * const { plan, doubt } = reviewNotices(analysis); // plan.notices.length === 13, doubt === null
 */
export function reviewNotices(analysis: LedgerAnalysis): NoticeReview {
  const plan = previewNotices(analysis);
  // SPEC §9: checked on what the user sees; issuing refuses any other plan (the fingerprint).
  const doubt = checkNoticePlausibility(plan.notices, analysis.asOf, analysis.rules.notices);
  return {
    plan,
    doubt,
    doubtText: doubt === null ? null : describeNoticeDoubt(doubt),
    problems: [...analysis.problems.filter((p) => p.sheet === NOTICE_LOG_SHEET), ...plan.problems],
  };
}

/**
 * 生成督办单: issues the notices warranted up to the analysis' as-of date that the log does not
 * hold yet (planNotices: issue date = due date, numbering, idempotency), appends them to the log
 * 督办单登记 (created when absent) and adds one notice sheet per issue date of the new notices —
 * per date rather than per run, so each day's batch prints and files on its own, and a sheet's
 * name says the date on its notices. Issuing again for the same date adds nothing. `plan` is
 * previewNotices(analysis), passed in by a caller that has already made it (the CLI checks it
 * first), so that a year's notices are not planned twice.
 *
 * Co-authoring (SPEC §9): on a shared workbook another clerk may have appended since the analysis.
 * The numbers are therefore decided from the log as read in the same batch as the append
 * (WorkbookPort.appendRows with a function): when it differs from the analysis' read, the notices
 * are planned again from it, so numbers continue past the other clerk's and a notice the other
 * clerk has logged is not issued twice. The notices, sheets and log returned follow that plan.
 *
 * With `expect` (the fingerprint of the analysis the user previewed), nothing is written when the
 * settings, the ledger or the log changed since the preview: the answer is `{ stale: true, changed }`
 * naming the first that did, so notices the user never saw are not issued.
 *
 * @example
 * const issued = await issueNotices(port, analysis); // issued.sheets: ['督办单 2020-05-11', …]
 * await issueNotices(port, fresh, undefined, { expect: previewed.fingerprint() }); // { stale: true, changed: 'log' }
 */
export async function issueNotices(port: WorkbookPort, analysis: LedgerAnalysis, plan?: NoticePlan): Promise<IssuedNotices>;
export async function issueNotices(port: WorkbookPort, analysis: LedgerAnalysis, plan: NoticePlan | undefined, options: { expect: AnalysisFingerprint }): Promise<IssueResult>;
export async function issueNotices(
  port: WorkbookPort,
  analysis: LedgerAnalysis,
  plan: NoticePlan = previewNotices(analysis),
  options?: { expect: AnalysisFingerprint },
): Promise<IssuedNotices | IssueResult> {
  if (options === undefined) return issue(port, analysis, plan);
  const changed = changedInput(analysis.fingerprint(), options.expect, ['settings', 'ledger', 'log']);
  if (changed !== null) return { stale: true, changed };
  return { stale: false, ...(await issue(port, analysis, plan)) };
}

async function issue(port: WorkbookPort, analysis: LedgerAnalysis, plan: NoticePlan): Promise<IssuedNotices> {
  const read = analysis.noticeLog;
  // Appending below a header the reader cannot place would scramble the log: refuse instead.
  const refused = unusableLog(read);
  if (refused !== null) return { notices: [], sheets: [], log: [...analysis.log], problems: [refused] };
  if (plan.notices.length === 0) return { notices: [], sheets: [], problems: plan.problems, log: [...analysis.log] };

  const model = buildNoticeLogSheet();
  const date1904 = analysis.sheet.date1904 === true;
  // What the append decided, from the log as it stood then.
  const decided: { plan: NoticePlan; base: readonly LoggedNotice[]; refused: Problem | null } = { plan, base: analysis.log, refused: null };
  await port.appendRows(
    NOTICE_LOG_SHEET,
    (sheet) => {
      const current = sheet === null ? null : readNoticeLogSheet(sheet);
      decided.refused = current === null && read !== null ? vanished() : unusableLog(current);
      if (decided.refused !== null) return [];
      const same = current === null ? read === null : read !== null && sameLog(read.log, current.log);
      if (!same) {
        decided.plan = planNotices(analysis, current?.log ?? { entries: [], numbers: [], unreadable: [] });
        decided.base = current?.log.entries ?? [];
      }
      const rows = noticeLogRows(decided.plan.notices, date1904);
      if (rows.length === 0 || current === null) return rows;
      if (current.empty) return [...model.rows, ...rows]; // an emptied log sheet gets its header back
      const { columns } = current.log;
      return rows.map((r) => placeInColumns(r, columns));
    },
    model,
  );
  if (decided.refused !== null) return { notices: [], sheets: [], log: [...analysis.log], problems: [decided.refused] };
  const issued = decided.plan.notices;
  const log: LoggedNotice[] = [...decided.base];
  // As parseNoticeLog reads the rows just written back: text as stored, trimmed; state 有效.
  const text = (t: string) => toCellText(t).trim();
  for (const n of issued) log.push({ number: n.number, color: n.color, itemId: text(n.itemId), unit: text(n.unit), issueDate: n.issueDate, voided: false });

  const byDate = new Map<DateOnly, PlannedNotice[]>();
  for (const n of issued) {
    const list = byDate.get(n.issueDate);
    if (list === undefined) byDate.set(n.issueDate, [n]);
    else list.push(n);
  }
  const sheets: string[] = [];
  for (const date of [...byDate.keys()].sort()) sheets.push(await port.addSheet(buildNoticeSheet(byDate.get(date) as PlannedNotice[], date, analysis.rules)));
  return { notices: issued, sheets, problems: decided.plan.problems, log };
}

/** The 'notice.log-unusable' problem of a log whose header the reader cannot place; null when rows can go under it. */
function unusableLog(read: NoticeLogRead | null): Problem | null {
  if (read === null || read.empty) return null;
  const { columns, headerRow } = read.log;
  const missing = NEEDED.filter((k) => columns[k] === undefined);
  if (headerRow !== null && missing.length === 0) return null;
  const what = headerRow === null ? '表头无法识别' : `缺少列：${missing.map((k) => NOTICE_LOG_COLUMNS[k]).join('、')}`;
  return { severity: 'error', code: 'notice.log-unusable', sheet: NOTICE_LOG_SHEET, message: `${what}，未发出新的督办单：请恢复该表的表头（${Object.values(NOTICE_LOG_COLUMNS).join('、')}）` };
}

/** The log the analysis read is gone (deleted or renamed meanwhile): a new one would number from 1 again. */
function vanished(): Problem {
  return { severity: 'error', code: 'notice.log-unusable', sheet: NOTICE_LOG_SHEET, message: '表已不在工作簿中（删除或改名），未发出新的督办单：请恢复该表后重新预览' };
}

/**
 * The two reads plan the same notices: the same numbers, the same readable rows (item, unit,
 * color, voided) and the same rows held back. Cheaper than planning a year's notices again.
 */
function sameLog(a: ParsedNoticeLog, b: ParsedNoticeLog): boolean {
  if (a.numbers.length !== b.numbers.length || a.entries.length !== b.entries.length || a.unreadable.length !== b.unreadable.length) return false;
  if (a.numbers.some((n, i) => n !== b.numbers[i])) return false;
  const entry = (e: LogEntry) => [e.number, e.color, e.itemId, e.unit, e.issueDate, e.voided].join('\u0000');
  if (a.entries.some((e, i) => entry(e) !== entry(b.entries[i]))) return false;
  return a.unreadable.every((u, i) => u.row === b.unreadable[i].row && u.itemId === b.unreadable[i].itemId && u.unit === b.unreadable[i].unit);
}

/** A row in NOTICE_LOG_COLUMNS order → the columns of the log as the user's sheet has them. */
function placeInColumns(row: CellModel[], columns: Partial<Record<NoticeLogKey, number>>): CellModel[] {
  const keys = Object.keys(NOTICE_LOG_COLUMNS) as NoticeLogKey[];
  const out: CellModel[] = [];
  keys.forEach((k, i) => {
    const col = columns[k];
    if (col !== undefined) out[col - 1] = row[i];
  });
  for (let i = 0; i < out.length; i++) out[i] ??= { value: null };
  return out;
}
