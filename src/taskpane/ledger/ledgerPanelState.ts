import { applyColumnCorrections, type AnalyzeOptions, type LedgerAnalysis } from '../../app/analyzeWorkbook';
import type { LedgerDetection } from '../../app/detectLedgerSheet';
import { missingRequiredColumns } from '../../app/ledgerInputs';
import { readTypedDate } from '../../core/dates/typedDate';
import { requiredLabel } from '../../core/ledger/concepts';
import { DEFAULT_SETTINGS } from '../../app/settings';
import type { Concept } from '../../core/ledger/concepts';
import type { ColumnMapping } from '../../core/ledger/detectLedger';
import type { Problem } from '../../core/problems';
import type { RuleSet } from '../../core/rules/ruleSet';
import type { AnalysisInputs } from '../shared/analysisSource';
import type { PanelMessage } from '../shared/panelMessage';
import { createStore, type Store } from '../shared/panelStore';
import { summarizePreview, type PreviewSummary } from './summarizePreview';

/**
 * loading: reading the sheet list and detecting the ledger; idle: mapping shown, nothing analysed;
 * analyzing: 预览 under way; preview: counts shown, 应用三色 allowed; applying: writing;
 * done: written; error: the last action failed (the message says why).
 */
export type PanelPhase = 'loading' | 'idle' | 'analyzing' | 'preview' | 'applying' | 'done' | 'error';

export interface PanelProgress {
  step: number;
  steps: number;
  label: string;
}

export interface PanelState {
  phase: PanelPhase;
  /** Visible sheets, in tab order. */
  sheets: string[];
  sheet: string | null;
  detection: LedgerDetection | null;
  /** The user's corrections to detection.mapping (concept → column, 0 = unmapped). */
  corrections: Partial<Record<Concept, number>>;
  /** As typed in the 截止日期 box (2020/7/1, 2020年7月1日 …): may not be a date yet (readTypedDate says why). */
  asOf: string;
  /** Today when the pane last read the workbook: while asOf still equals it, a refresh moves asOf to the new today. */
  defaultAsOf: string;
  /** The user chose `sheet` in the pane and has not applied colors since: a refresh keeps it. */
  sheetPicked: boolean;
  rules: RuleSet;
  /** The last preview's (or 应用三色's) analysis: the counts shown, and what 应用三色 compares the ledger with. */
  analysis: LedgerAnalysis | null;
  /** Problems of the last detection or analysis, and of the saved settings. */
  problems: Problem[];
  progress: PanelProgress | null;
  message: PanelMessage | null;
  /**
   * Bumped by every change that makes a detection or analysis under way stale (another sheet,
   * another column, another date): its result is dropped when it comes back.
   */
  revision: number;
}

export type PanelAction =
  | { type: 'loadStarted' }
  | {
      type: 'loaded';
      revision: number;
      sheets: string[];
      detection: LedgerDetection | null;
      corrections: Partial<Record<Concept, number>>;
      rules: RuleSet;
      settingsProblems: Problem[];
    }
  /**
   * The workbook read again (the pane shown again, another sheet activated): `today` is today's
   * date; `detection` and `corrections` are what the refresh settled on.
   */
  | {
      type: 'refreshed';
      revision: number;
      today: string;
      sheets: string[];
      detection: LedgerDetection | null;
      corrections: Partial<Record<Concept, number>>;
      sheetPicked: boolean;
      rules: RuleSet;
      settingsProblems: Problem[];
    }
  | { type: 'sheetChosen'; sheet: string }
  | { type: 'detected'; revision: number; detection: LedgerDetection; corrections: Partial<Record<Concept, number>> }
  | { type: 'columnSet'; concept: Concept; column: number }
  | { type: 'asOfSet'; asOf: string }
  | { type: 'analysisStarted' }
  | { type: 'analyzed'; revision: number; analysis: LedgerAnalysis }
  | { type: 'writeStarted'; progress: PanelProgress }
  | { type: 'progressed'; progress: PanelProgress }
  | { type: 'applied'; revision: number; analysis: LedgerAnalysis; statusColumn: number; message: PanelMessage }
  | { type: 'cleared'; revision: number; detection: LedgerDetection; message: PanelMessage }
  | { type: 'failed'; revision: number; message: PanelMessage; problems?: Problem[] }
  /** The ledger changed since the preview: the preview is dropped, nothing was written. */
  | { type: 'previewStale'; revision: number; message: PanelMessage }
  | { type: 'messageShown'; message: PanelMessage }
  | { type: 'messageDismissed' };

export function initialPanelState(asOf: string): PanelState {
  return {
    phase: 'loading',
    sheets: [],
    sheet: null,
    detection: null,
    corrections: {},
    asOf,
    defaultAsOf: asOf,
    sheetPicked: false,
    rules: DEFAULT_SETTINGS.rules,
    analysis: null,
    problems: [],
    progress: null,
    message: null,
    revision: 0,
  };
}

/** A state whose analysis no longer matches the inputs: back to idle, a new revision. */
function invalidated(state: PanelState, changes: Partial<PanelState>): PanelState {
  return {
    ...state,
    ...changes,
    phase: state.phase === 'loading' ? 'loading' : 'idle',
    analysis: null,
    progress: null,
    revision: state.revision + 1,
  };
}

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'loadStarted':
      return { ...invalidated(state, { message: null }), phase: 'loading' };
    case 'loaded':
      if (action.revision !== state.revision) return state;
      return {
        ...state,
        phase: 'idle',
        sheets: action.sheets,
        sheet: action.detection?.sheet ?? null,
        detection: action.detection,
        corrections: action.corrections,
        sheetPicked: false,
        rules: action.rules,
        problems: [...action.settingsProblems, ...(action.detection?.problems ?? [])],
        analysis: null,
        progress: null,
      };
    case 'refreshed':
      return refreshed(state, action);
    case 'sheetChosen':
      return { ...invalidated(state, { sheet: action.sheet, corrections: {}, sheetPicked: true, message: null }), phase: 'loading' };
    case 'detected':
      if (action.revision !== state.revision) return state;
      return {
        ...state,
        phase: 'idle',
        detection: action.detection,
        corrections: action.corrections,
        problems: action.detection.problems,
      };
    case 'columnSet':
      return invalidated(state, { corrections: correctColumn(state, action.concept, action.column) });
    case 'asOfSet':
      // The same day written another way (the box normalising 2020/7/1 to 2020-07-01 on leaving it) keeps the preview.
      return sameTypedDate(action.asOf, state.asOf) ? { ...state, asOf: action.asOf } : invalidated(state, { asOf: action.asOf });
    case 'analysisStarted':
      return { ...state, phase: 'analyzing', message: null, analysis: null };
    case 'analyzed':
      if (action.revision !== state.revision) return state;
      return {
        ...state,
        phase: 'preview',
        analysis: action.analysis,
        problems: action.analysis.problems,
      };
    case 'writeStarted':
      return { ...state, phase: 'applying', message: null, progress: action.progress };
    case 'progressed':
      return { ...state, progress: action.progress };
    case 'applied':
      if (action.revision !== state.revision) return state;
      return {
        ...state,
        phase: 'done',
        analysis: action.analysis,
        problems: action.analysis.problems,
        detection: state.detection && { ...state.detection, statusColumn: action.statusColumn },
        // Saved with the colors: the saved ledger is what a refresh opens now.
        sheetPicked: false,
        progress: null,
        message: action.message,
      };
    case 'cleared':
      if (action.revision !== state.revision) return state;
      return {
        ...invalidated(state, { detection: action.detection, problems: action.detection.problems, message: action.message }),
        phase: 'idle',
      };
    case 'failed':
      if (action.revision !== state.revision) return state;
      return {
        ...state,
        phase: 'error',
        progress: null,
        message: action.message,
        problems: action.problems ?? state.problems,
      };
    case 'previewStale':
      if (action.revision !== state.revision) return state;
      return { ...invalidated(state, { message: action.message }), phase: 'error' };
    case 'messageShown':
      return { ...state, message: action.message };
    case 'messageDismissed':
      return { ...state, message: null };
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function sameTypedDate(a: string, b: string): boolean {
  const [x, y] = [readTypedDate(a), readTypedDate(b)];
  return x.ok && y.ok && x.value === y.value;
}

/**
 * A refresh: the sheet list always; the as-of date only while it is still the old default; the
 * detection, corrections and rules as read. When none of these changed the preview, problems and
 * message stay (a sheet activated by choosing a problem's cell must not drop the list); otherwise
 * the preview is dropped, as it no longer matches the ledger. Ignored while another action runs.
 */
function refreshed(state: PanelState, action: Extract<PanelAction, { type: 'refreshed' }>): PanelState {
  if (action.revision !== state.revision || isBusy(state)) return state;
  const asOf = state.asOf === state.defaultAsOf ? action.today : state.asOf;
  const next: PanelState = { ...state, sheets: action.sheets, defaultAsOf: action.today, sheetPicked: action.sheetPicked };
  const unchanged =
    asOf === state.asOf &&
    sameJson(withoutStatusHeader(action.detection), withoutStatusHeader(state.detection)) &&
    sameJson(action.corrections, state.corrections) &&
    sameJson(action.rules, state.rules);
  // The detection as read now: after 应用三色 it lists the 督办状态 header the colors added.
  if (unchanged) return { ...next, detection: action.detection };
  return invalidated(next, {
    asOf,
    sheet: action.detection?.sheet ?? null,
    detection: action.detection,
    corrections: action.corrections,
    rules: action.rules,
    problems: [...action.settingsProblems, ...(action.detection?.problems ?? [])],
  });
}

/**
 * A detection without the add-in's own 督办状态 header: the header 应用三色 writes changes nothing
 * the preview was made from, so the re-read that follows (the ledger sheet activated) keeps it.
 */
function withoutStatusHeader(detection: LedgerDetection | null): LedgerDetection | null {
  if (detection?.mapping == null || detection.statusColumn === null) return detection;
  const column = detection.statusColumn;
  return { ...detection, statusColumn: null, mapping: { ...detection.mapping, headers: detection.mapping.headers.filter((h) => h.col !== column) } };
}

/**
 * The corrections after the user picks `column` for `concept` (0 = 未映射). A column names one
 * concept: any other concept mapped to it is unmapped. A pick equal to detection drops the
 * correction, so saved settings hold only what the user changed.
 */
function correctColumn(state: PanelState, concept: Concept, column: number): Partial<Record<Concept, number>> {
  const detected = state.detection?.mapping?.columns ?? {};
  const current = currentMapping(state)?.columns ?? {};
  const next: Partial<Record<Concept, number>> = { ...state.corrections };
  const set = (c: Concept, col: number) => {
    if ((detected[c] ?? 0) === col) delete next[c];
    else next[c] = col;
  };
  if (column > 0) {
    for (const [other, col] of Object.entries(current) as Array<[Concept, number]>) {
      if (other !== concept && col === column) set(other, 0);
    }
  }
  set(concept, column);
  return next;
}

/** The mapping in force: detection with the user's corrections. */
export function currentMapping(state: PanelState): ColumnMapping | null {
  const mapping = state.detection?.mapping ?? null;
  return mapping && applyColumnCorrections(mapping, state.corrections);
}

/** Required concepts the mapping in force lacks. */
export function missingRequired(state: PanelState): Concept[] {
  const mapping = currentMapping(state);
  return mapping ? missingRequiredColumns(mapping) : [];
}

/** The counts (and 临期 reminders) the panel shows of `analysis` (the state's); null before a preview. */
export function previewSummary(analysis: LedgerAnalysis | null): PreviewSummary | null {
  return analysis && summarizePreview(analysis.escalations, analysis.rules.notices.office);
}

export const isBusy = (state: PanelState): boolean =>
  state.phase === 'loading' || state.phase === 'analyzing' || state.phase === 'applying';

/** Whether the 截止日期 as typed names a date (1900–2099): anything else waits, and never reaches the core. */
export const isAsOfValid = (state: PanelState): boolean => readTypedDate(state.asOf).ok;

export const canPreview = (state: PanelState): boolean =>
  !isBusy(state) && currentMapping(state) !== null && missingRequired(state).length === 0 && isAsOfValid(state);

/** 应用三色 only after a preview of exactly these inputs. */
export const canApply = (state: PanelState): boolean => state.phase === 'preview' && state.analysis !== null;

export const canClear = (state: PanelState): boolean => !isBusy(state) && (state.detection?.statusColumn ?? null) !== null;

/** Why the inputs cannot be analysed, naming the setting; null when they can. */
export function analysisInputError(state: PanelState): PanelMessage | null {
  const asOf = readTypedDate(state.asOf);
  if (!asOf.ok) return { intent: 'error', title: '截止日期无效', text: asOfErrorText(state.asOf, asOf.reason) };
  if (currentMapping(state) === null) {
    const text =
      state.sheet === null
        ? '没有选择台账工作表：请在「台账工作表」中选择台账所在的工作表'
        : `工作表「${state.sheet}」中没有找到台账表头：请选择台账所在的工作表`;
    return { intent: 'error', title: '未找到台账表头', text };
  }
  const missing = missingRequired(state);
  if (missing.length > 0) {
    const labels = missing.map((c) => `「${requiredLabel(c)}」`).join('、');
    return { intent: 'error', title: '列映射不完整', text: `列映射${labels}是必填项：请在列映射中为它选择一列` };
  }
  return null;
}

/**
 * What the use cases analyse: the ledger sheet, the user's corrections, the as-of date and the
 * rules in force. Throws when the as-of date is not valid: callers check analysisInputError first.
 */
export function analysisOptions(state: PanelState): AnalyzeOptions {
  const asOf = readTypedDate(state.asOf);
  if (!asOf.ok) throw new RangeError(asOfErrorText(state.asOf, asOf.reason));
  return { asOf: asOf.value, rules: state.rules, sheet: state.sheet ?? undefined, columns: state.corrections };
}

const asOfErrorText = (typed: string, reason: string) => `设置「截止日期」不是有效日期（${typed.trim() || '空'}）：${reason}`;

/** The ledger panel's state as the other panels' AnalysisSource reads it. */
export function ledgerAnalysisInputs(state: PanelState): AnalysisInputs {
  if (state.phase === 'loading') return { ok: false, message: '正在识别台账，请稍候再试' };
  const invalid = analysisInputError(state);
  if (invalid !== null) return { ok: false, message: `${invalid.text}（在「三色着色」页设置）` };
  return { ok: true, options: analysisOptions(state) };
}

/** The ledger panel's store. */
export type PanelStore = Store<PanelState, PanelAction>;

export function createPanelStore(initial: PanelState): PanelStore {
  return createStore(panelReducer, initial);
}
