import type { AnalysisFingerprint } from '../../app/analysisFingerprint';
import type { FeedbackPreview, RecordedFeedback } from '../../app/collectFeedback';
import type { DateOnly } from '../../core/dates/dateOnly';
import type { PanelMessage } from '../shared/panelMessage';

/**
 * idle: nothing running; splitting: 生成各单位督办清单 under way (reading the ledger, adding the
 * sheets); reading: 读取交回的清单 under way; recording: 确认导入 writing the ledger and 反馈登记.
 */
export type FeedbackPhase = 'idle' | 'splitting' | 'reading' | 'recording';

/** The 督办清单 sheets just added, one per unit with open items. */
export interface SplitOutcome {
  asOf: DateOnly;
  ledgerSheet: string;
  /** Each unit's list: the sheet's actual name and how many items it holds, in the plan's order. */
  lists: Array<{ unit: string; sheet: string; items: number }>;
  /** Units of the ledger with nothing open: no list. */
  idle: string[];
}

/** What 读取交回的清单 found, for the clerk to look at before 确认导入. */
export interface CollectPreview {
  preview: FeedbackPreview;
  /** The sheets read as returned lists (refused ones included), in tab order. */
  sheets: string[];
  /** What the preview was worked out from: filling the ledger checks it has not changed since. */
  fingerprint: AnalysisFingerprint;
}

/** What 确认导入 wrote. */
export interface RecordedOutcome extends RecordedFeedback {
  ledgerSheet: string;
  /** The checkbox was on: reported dates were to fill the ledger's empty 完成时间 cells. */
  applied: boolean;
  /** Cells the reported dates could have filled, left alone because the checkbox was off. */
  unapplied: number;
}

export interface FeedbackPanelState {
  phase: FeedbackPhase;
  split: SplitOutcome | null;
  collect: CollectPreview | null;
  /** 同时把报告的完成时间填入台账 (off until the clerk ticks it). */
  apply: boolean;
  /** What the last 确认导入 of `collect` wrote; while set, that preview cannot be imported again. */
  recorded: RecordedOutcome | null;
  message: PanelMessage | null;
}

export type FeedbackPanelAction =
  | { type: 'splitStarted' }
  | { type: 'split'; split: SplitOutcome; message: PanelMessage }
  | { type: 'readStarted' }
  | { type: 'read'; collect: CollectPreview; message: PanelMessage | null }
  | { type: 'applySet'; apply: boolean }
  | { type: 'recordStarted' }
  | { type: 'recorded'; recorded: RecordedOutcome; message: PanelMessage }
  /** The ledger or the 三色着色 settings changed since the preview: it is dropped, nothing was written. */
  | { type: 'previewStale'; message: PanelMessage }
  | { type: 'failed'; message: PanelMessage }
  | { type: 'messageShown'; message: PanelMessage }
  | { type: 'messageDismissed' };

export function initialFeedbackPanelState(): FeedbackPanelState {
  return { phase: 'idle', split: null, collect: null, apply: false, recorded: null, message: null };
}

export function feedbackPanelReducer(state: FeedbackPanelState, action: FeedbackPanelAction): FeedbackPanelState {
  switch (action.type) {
    case 'splitStarted':
      return { ...state, phase: 'splitting', message: null };
    case 'split':
      return { ...state, phase: 'idle', split: action.split, message: action.message };
    case 'readStarted':
      // A new read replaces the preview and what was imported from it; writing to the ledger is asked anew.
      return { ...state, phase: 'reading', message: null, collect: null, recorded: null, apply: false };
    case 'read':
      return { ...state, phase: 'idle', collect: action.collect, recorded: null, message: action.message };
    case 'applySet':
      return state.phase === 'recording' ? state : { ...state, apply: action.apply };
    case 'recordStarted':
      return { ...state, phase: 'recording', message: null };
    case 'recorded':
      return { ...state, phase: 'idle', recorded: action.recorded, message: action.message };
    case 'previewStale':
      return { ...state, phase: 'idle', collect: null, recorded: null, message: action.message };
    case 'failed':
      return { ...state, phase: 'idle', message: action.message };
    case 'messageShown':
      return { ...state, message: action.message };
    case 'messageDismissed':
      return { ...state, message: null };
  }
}

export const isFeedbackBusy = (state: FeedbackPanelState): boolean => state.phase !== 'idle';

/** The ledger cells the preview's reported dates would fill (new answers and answers registered before). */
export function fillCount(preview: FeedbackPreview): number {
  return preview.review.answers.filter((a) => a.fill !== null).length + preview.review.earlierFills.length;
}

/**
 * 确认导入: once per preview (a second import of the same lists adds nothing), and only when it
 * would write something — new answers, or (checkbox on) dates to fill.
 */
export function canRecord(state: FeedbackPanelState): boolean {
  const { collect } = state;
  if (isFeedbackBusy(state) || collect === null || state.recorded !== null) return false;
  return collect.preview.review.answers.length > 0 || (state.apply && collect.preview.review.earlierFills.length > 0);
}
