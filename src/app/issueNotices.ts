import { NOTICE_LOG_COLUMNS, NOTICE_LOG_SHEET, type NoticeLogKey } from '../core/notices/noticeLog';
import type { LoggedNotice } from '../core/escalation/escalate';
import { planNotices, type NoticePlan, type PlannedNotice } from '../core/notices/planNotices';
import type { Problem } from '../core/problems';
import type { DateOnly } from '../core/dates/dateOnly';
import { buildNoticeLogSheet, noticeLogRows } from '../sheets/noticeLogSheet';
import { buildNoticeSheet } from '../sheets/noticeSheet';
import { toCellText } from '../sheets/cellText';
import type { CellModel } from '../sheets/sheetModel';
import { readNoticeLogSheet, type LedgerAnalysis, type NoticeLogRead } from './analyzeWorkbook';
import type { WorkbookPort } from './workbookPort';

export interface IssuedNotices {
  /** The notices issued now, in the order of the plan (by date, red → yellow → blue). */
  notices: PlannedNotice[];
  /** Names of the notice sheets added, one per issue date of the new notices, ascending. */
  sheets: string[];
  problems: Problem[];
  /**
   * The log's notices as they stand after this run: the analysis' entries, then the ones appended
   * now (as the log reads them back). Scores count these without reading the log again.
   */
  log: LoggedNotice[];
}

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

/**
 * 生成督办单: issues the notices warranted up to the analysis' as-of date that the log does not
 * hold yet (planNotices: issue date = due date, numbering, idempotency), appends them to the log
 * 督办单登记 (created when absent) and adds one notice sheet per issue date of the new notices —
 * per date rather than per run, so each day's batch prints and files on its own, and a sheet's
 * name says the date on its notices. Issuing again for the same date adds nothing. The log is the
 * one the analysis read (callers analyse right before issuing; the task pane checks it has not
 * changed since the preview). `plan` is previewNotices(analysis), passed in by a caller that has
 * already made it (the CLI checks it first), so that a year's notices are not planned twice.
 */
export async function issueNotices(port: WorkbookPort, analysis: LedgerAnalysis, plan: NoticePlan = previewNotices(analysis)): Promise<IssuedNotices> {
  const current = analysis.noticeLog;
  const log: LoggedNotice[] = [...analysis.log];
  // Appending below a header the reader cannot place would scramble the log: refuse instead.
  if (current !== null && !current.empty) {
    const { columns, headerRow } = current.log;
    const missing = NEEDED.filter((k) => columns[k] === undefined);
    if (headerRow === null || missing.length > 0) {
      const what = headerRow === null ? '表头无法识别' : `缺少列：${missing.map((k) => NOTICE_LOG_COLUMNS[k]).join('、')}`;
      return {
        notices: [],
        sheets: [],
        log,
        problems: [{ severity: 'error', code: 'notice.log-unusable', sheet: NOTICE_LOG_SHEET, message: `${what}，未发出新的督办单：请恢复该表的表头（${Object.values(NOTICE_LOG_COLUMNS).join('、')}）` }],
      };
    }
  }
  if (plan.notices.length === 0) return { notices: [], sheets: [], problems: plan.problems, log };

  const model = buildNoticeLogSheet();
  let rows = noticeLogRows(plan.notices, analysis.sheet.date1904 === true);
  if (current !== null && !current.empty && current.log.headerRow !== null) rows = rows.map((r) => placeInColumns(r, current.log.columns));
  // An emptied log sheet gets its header back before the rows.
  if (current !== null && current.empty) rows = [...model.rows, ...rows];
  await port.appendRows(NOTICE_LOG_SHEET, rows, model);
  // As parseNoticeLog reads the rows just written back: text as stored, trimmed; state 有效.
  const text = (t: string) => toCellText(t).trim();
  for (const n of plan.notices) log.push({ number: n.number, color: n.color, itemId: text(n.itemId), unit: text(n.unit), issueDate: n.issueDate, voided: false });

  const byDate = new Map<DateOnly, PlannedNotice[]>();
  for (const n of plan.notices) {
    const list = byDate.get(n.issueDate);
    if (list === undefined) byDate.set(n.issueDate, [n]);
    else list.push(n);
  }
  const sheets: string[] = [];
  for (const date of [...byDate.keys()].sort()) sheets.push(await port.addSheet(buildNoticeSheet(byDate.get(date) as PlannedNotice[], date, analysis.rules)));
  return { notices: plan.notices, sheets, problems: plan.problems, log };
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
