import type { AnalysisFingerprint } from '../../app/analysisFingerprint';
import type { VoidTarget } from '../../app/findVoidTarget';
import type { DateOnly } from '../../core/dates/dateOnly';
import type { NoticeDoubt } from '../../core/notices/checkNoticePlausibility';
import type { NoticeDoubtText } from '../../core/notices/describeNoticeDoubt';
import type { LogEntry } from '../../core/notices/noticeLog';
import type { PlannedNotice } from '../../core/notices/planNotices';
import type { Problem } from '../../core/problems';
import type { NoticeColor } from '../../core/rules/ruleSet';
import type { PanelMessage } from '../shared/panelMessage';

export type { VoidTarget };

/**
 * idle: nothing read yet; previewing: 预览督办单 under way; preview: the list shown, 生成 allowed;
 * issuing: writing the log and the notice sheets; issued: written; reading: reading the selection
 * for 作废; voiding: writing the void; error: the last action failed (the message says why).
 */
export type NoticePhase = 'idle' | 'previewing' | 'preview' | 'issuing' | 'issued' | 'reading' | 'voiding' | 'error';

/** Notices listed (about to be issued, or just issued), with what they were worked out from. */
export interface NoticeList {
  asOf: DateOnly;
  ledgerSheet: string;
  notices: PlannedNotice[];
}

/** The notices just issued as the panel lists them (the app's IssuedNotices is the use case's result). */
export interface IssuedNoticeList extends NoticeList {
  /** Notice sheets added, one per issue date. */
  sheets: string[];
  /** Numbers of these notices voided since (作废), so the list says so. */
  voided: string[];
}

export interface NoticePanelState {
  phase: NoticePhase;
  preview: NoticeList | null;
  /**
   * What the preview was worked out from (the ledger panel's settings, the ledger sheet, the log),
   * so 生成督办单 can tell it is issuing what the user saw.
   */
  fingerprint: AnalysisFingerprint | null;
  /**
   * The preview's notices are more than the rules allow in one run, or dated too long before the
   * as-of date (SPEC §9): 生成 asks first. null: issue without asking.
   */
  doubt: NoticeDoubt | null;
  /** The doubt in words, for the confirmation; null without a doubt. */
  doubtText: NoticeDoubtText | null;
  /** 生成 was asked for a doubtful preview: the confirmation (仍然发出 / 取消) is open. */
  confirming: boolean;
  issued: IssuedNoticeList | null;
  voidTarget: VoidTarget | null;
  /** The log as read with the selection: voidNotice tells a vanished number from an unknown one by it. */
  voidLog: LogEntry[];
  /** As typed. */
  reason: string;
  /** 作废 was asked for with an empty reason: the field says so until the user types. */
  reasonMissing: boolean;
  problems: Problem[];
  message: PanelMessage | null;
}

export type NoticePanelAction =
  | { type: 'previewStarted' }
  | { type: 'previewed'; preview: NoticeList; fingerprint: AnalysisFingerprint; doubt: NoticeDoubt | null; doubtText: NoticeDoubtText | null; problems: Problem[] }
  /** 生成 on a doubtful preview: ask before writing. */
  | { type: 'confirmAsked' }
  /** 取消 in the confirmation: nothing was written. */
  | { type: 'confirmCancelled'; message: PanelMessage }
  | { type: 'issueStarted' }
  | { type: 'issued'; issued: IssuedNoticeList; problems: Problem[]; message: PanelMessage }
  /** The inputs changed since the preview: it is dropped, nothing was written. */
  | { type: 'previewStale'; message: PanelMessage }
  | { type: 'readingStarted' }
  | { type: 'voidTargetRead'; target: VoidTarget; log: LogEntry[] }
  | { type: 'reasonSet'; reason: string }
  | { type: 'reasonMissing'; message: PanelMessage }
  | { type: 'voidStarted' }
  | { type: 'voided'; number: string; message: PanelMessage }
  | { type: 'failed'; message: PanelMessage; problems?: Problem[] }
  | { type: 'messageShown'; message: PanelMessage }
  | { type: 'messageDismissed' };

export function initialNoticePanelState(): NoticePanelState {
  return {
    phase: 'idle',
    preview: null,
    fingerprint: null,
    doubt: null,
    doubtText: null,
    confirming: false,
    issued: null,
    voidTarget: null,
    voidLog: [],
    reason: '',
    reasonMissing: false,
    problems: [],
    message: null,
  };
}

/** Display order: most urgent first. */
export const NOTICE_COLORS: readonly NoticeColor[] = ['red', 'yellow', 'blue'];

/** Notices per color. */
export function countByColor(notices: readonly PlannedNotice[]): Record<NoticeColor, number> {
  const counts: Record<NoticeColor, number> = { red: 0, yellow: 0, blue: 0 };
  for (const n of notices) counts[n.color]++;
  return counts;
}

export function noticePanelReducer(state: NoticePanelState, action: NoticePanelAction): NoticePanelState {
  switch (action.type) {
    case 'previewStarted':
      return { ...state, phase: 'previewing', message: null, preview: null, fingerprint: null, doubt: null, doubtText: null, confirming: false };
    case 'previewed':
      return { ...state, phase: 'preview', preview: action.preview, fingerprint: action.fingerprint, doubt: action.doubt, doubtText: action.doubtText, issued: null, problems: action.problems };
    case 'confirmAsked':
      return canIssue(state) && state.doubt !== null ? { ...state, confirming: true, message: null } : state;
    case 'confirmCancelled':
      return state.confirming ? { ...state, confirming: false, message: action.message } : state;
    case 'issueStarted':
      return { ...state, phase: 'issuing', message: null, confirming: false };
    case 'issued':
      return {
        ...state,
        phase: 'issued',
        preview: null,
        fingerprint: null,
        doubt: null,
        doubtText: null,
        issued: action.issued,
        problems: action.problems,
        message: action.message,
        // Issuing wrote the log: a row read for 作废 before may have moved.
        voidTarget: null,
        voidLog: [],
      };
    case 'previewStale':
      return { ...state, phase: 'error', preview: null, fingerprint: null, doubt: null, doubtText: null, message: action.message };
    case 'readingStarted':
      return { ...state, phase: 'reading', message: null, voidTarget: null, voidLog: [], reasonMissing: false };
    case 'voidTargetRead':
      return { ...state, phase: settled(state), voidTarget: action.target, voidLog: action.log, reason: '', reasonMissing: false };
    case 'reasonSet':
      return { ...state, reason: action.reason, reasonMissing: false };
    case 'reasonMissing':
      return { ...state, reasonMissing: true, message: action.message };
    case 'voidStarted':
      return { ...state, phase: 'voiding', message: null };
    case 'voided':
      return {
        ...state,
        phase: settled(state),
        voidTarget: null,
        voidLog: [],
        reason: '',
        // The log changed: a preview read before it no longer holds.
        preview: null,
        fingerprint: null,
        doubt: null,
        doubtText: null,
        issued: state.issued && { ...state.issued, voided: [...state.issued.voided, action.number] },
        message: action.message,
      };
    case 'failed':
      return {
        ...state,
        // A failed 作废 step leaves the notice list as it was (生成 still allowed after a preview).
        phase: state.phase === 'reading' || state.phase === 'voiding' ? settled(state) : 'error',
        confirming: false,
        message: action.message,
        problems: action.problems ?? state.problems,
      };
    case 'messageShown':
      return { ...state, message: action.message };
    case 'messageDismissed':
      return { ...state, message: null };
  }
}

/** The phase once a 作废 step is over: back to what the list shows. */
function settled(state: NoticePanelState): NoticePhase {
  if (state.preview !== null) return 'preview';
  if (state.issued !== null) return 'issued';
  return 'idle';
}

export const isNoticeBusy = (state: NoticePanelState): boolean =>
  state.phase === 'previewing' || state.phase === 'issuing' || state.phase === 'reading' || state.phase === 'voiding';

/** 生成督办单 only after a preview, and only once per preview (issuing changes the log). */
export const canIssue = (state: NoticePanelState): boolean => state.phase === 'preview' && state.preview !== null && state.fingerprint !== null;

export const canVoid = (state: NoticePanelState): boolean => !isNoticeBusy(state) && state.voidTarget !== null;
