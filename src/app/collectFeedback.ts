import { cellAddress } from '../core/cells';
import type { DateOnly } from '../core/dates/dateOnly';
import { answerKey, FEEDBACK_SHEET, parseFeedbackLog, type FeedbackRecord } from '../core/feedback/feedbackLog';
import { isUnitList, readUnitReply } from '../core/feedback/readUnitReply';
import { reviewFeedback, type FeedbackReview, type LedgerFill, type ReplySource } from '../core/feedback/reviewFeedback';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { buildFeedbackLogSheet, feedbackLogRows, LEDGER_FILL_MARK } from '../sheets/feedbackLogSheet';
import { isOwnSheet, type LedgerAnalysis } from './analyzeWorkbook';
import type { WorkbookPort } from './ports/workbookPort';

/** A sheet holding a returned list: a unit's file, or a sheet pasted into the ledger's workbook. */
export interface ReturnedSheet {
  /** 反馈登记's 来源: the file name, or the sheet's name for a pasted sheet. */
  source: string;
  /** Where its cells are for a problem: '[回复.xlsx]县住建局-督办清单', or the sheet's name. */
  place: string;
  snapshot: SheetSnapshot;
}

/** What collecting would register and fill, for the clerk to look at before anything is written. */
export interface FeedbackPreview {
  receivedOn: DateOnly;
  /** The ledger sheet, and its 完成时间 column (null: it has none). */
  ledgerSheet: string;
  /** Lists read (refused ones included). */
  lists: number;
  /** The workbook's date system, for the dates a new 反馈登记 is written with. */
  date1904: boolean;
  review: FeedbackReview;
}

export interface RecordedFeedback {
  /** Rows appended to 反馈登记 (fewer than previewed when a copy of the workbook registered some meanwhile). */
  registered: FeedbackRecord[];
  /** Ledger cells filled with a reported completion date ('督办台账!K12'). */
  filled: string[];
  /** Cells not filled because something was typed there since the read. */
  notEmpty: string[];
}

/**
 * The returned lists among sheets: each read back (readUnitReply); a sheet that is not one, or
 * whose own line or header was edited, is refused with the reason.
 *
 * @example
 * readReturnedLists([{ source: '回复.xlsx', place: '[回复.xlsx]Sheet1', snapshot }]).refused
 * // → [{ source: '回复.xlsx', message: '「回复.xlsx」不是督办清单：表中没有“清单标识”…' }] for a sheet of anything else
 */
export function readReturnedLists(sheets: readonly ReturnedSheet[]): { replies: ReplySource[]; refused: Array<{ source: string; message: string }> } {
  const replies: ReplySource[] = [];
  const refused: Array<{ source: string; message: string }> = [];
  for (const s of sheets) {
    const read = readUnitReply(s.snapshot);
    if (read.ok) replies.push({ source: s.source, place: s.place, reply: read.reply });
    else refused.push({ source: s.source, message: read.message.replace(`「${s.snapshot.name}」`, `「${s.place}」`) });
  }
  return { replies, refused };
}

/**
 * The task pane's 导入反馈: the sheets of the open workbook that hold a returned list (a unit's
 * sheet pasted in with 移动或复制), read in one go. The ledger and the add-in's own sheets are
 * not looked at.
 *
 * @example
 * await findReturnedSheets(port, analysis) // → [{ source: '县住建局-督办清单', place: '县住建局-督办清单', snapshot }]
 */
export async function findReturnedSheets(port: WorkbookPort, analysis: LedgerAnalysis): Promise<ReturnedSheet[]> {
  const names = analysis.sheetNames.filter((n) => n !== analysis.sheet.name && (!isOwnSheet(n) || n.includes('督办清单')));
  if (names.length === 0) return [];
  const snapshots = await port.readSheets(names);
  return snapshots.filter(isUnitList).map((snapshot) => ({ source: snapshot.name, place: snapshot.name, snapshot }));
}

/**
 * 回收 (issue 21), the read side: the returned lists checked against the ledger and what 反馈登记
 * already holds (one more read, when it exists), as of `receivedOn`. Nothing is written.
 *
 * @example
 * const preview = await previewFeedback(port, analysis, sheets, '2020-07-03');
 * preview.review.answers.length // → 3; preview.review.refused // → [] …
 */
export async function previewFeedback(port: WorkbookPort, analysis: LedgerAnalysis, sheets: readonly ReturnedSheet[], receivedOn: DateOnly): Promise<FeedbackPreview> {
  const { replies, refused } = readReturnedLists(sheets);
  let register: FeedbackRecord[] = [];
  if (analysis.sheetNames.includes(FEEDBACK_SHEET)) register = parseFeedbackLog((await port.readSheets([FEEDBACK_SHEET]))[0]);
  const review = reviewFeedback(replies, {
    escalations: analysis.escalations,
    register,
    receivedOn,
    completedColumn: analysis.mapping.columns.completed ?? null,
  });
  review.refused.unshift(...refused);
  return { receivedOn, ledgerSheet: analysis.sheet.name, lists: sheets.length, date1904: analysis.sheet.date1904 === true, review };
}

/**
 * 回收, the write side: with `apply`, each reported completion date the ledger lacks goes into its
 * empty 完成时间 cell, filled LEDGER_FILL_MARK (a cell typed into since is left alone); then the
 * new answers are appended to 反馈登记, each saying which cell it filled. The append re-reads the
 * register in the same batch, so answers another copy of the workbook registered meanwhile are
 * not repeated. Nothing else of the ledger is touched.
 *
 * @example
 * await recordFeedback(port, preview, { apply: true }) // → { registered: [3 records], filled: ['督办台账!I5'], notEmpty: [] }
 */
export async function recordFeedback(port: WorkbookPort, preview: FeedbackPreview, options: { apply: boolean }): Promise<RecordedFeedback> {
  const { review, ledgerSheet } = preview;
  const applied = new Map<LedgerFill, string>();
  const filled: string[] = [];
  const notEmpty: string[] = [];
  if (options.apply) {
    const fills = [...review.answers.flatMap((a) => (a.fill === null ? [] : [a.fill])), ...review.earlierFills];
    if (fills.length > 0) {
      const written = await port.fillEmptyCells(ledgerSheet, fills, LEDGER_FILL_MARK);
      const done = new Set(written.map((c) => `${c.row}:${c.col}`));
      for (const f of fills) {
        const cell = `${ledgerSheet}!${cellAddress(f.row, f.col)}`;
        const ok = done.has(`${f.row}:${f.col}`);
        (ok ? filled : notEmpty).push(cell);
        applied.set(f, ok ? cell : '未填入：该单元格已有内容');
      }
    }
  }
  const records = review.answers.map((a) => ({ ...a.record, applied: a.fill === null ? '' : (applied.get(a.fill) ?? '') }));
  const registered: FeedbackRecord[] = [];
  if (records.length > 0) {
    await port.appendRows(
      FEEDBACK_SHEET,
      (current) => {
        const known = new Set((current === null ? [] : parseFeedbackLog(current)).map(answerKey));
        registered.length = 0;
        for (const r of records) if (!known.has(answerKey(r))) registered.push(r);
        return feedbackLogRows(registered, current?.date1904 ?? preview.date1904);
      },
      buildFeedbackLogSheet(),
    );
  }
  return { registered, filled, notEmpty };
}
