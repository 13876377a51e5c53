import { analyzeWorkbook, type AnalyzeResult } from '../../app/analyzeWorkbook';
import { applyLedgerColors, clearLedgerColors, type ApplyColorsResult } from '../../app/applyLedgerColors';
import { detectLedgerSheet, type LedgerDetection } from '../../app/detectLedgerSheet';
import { columnsAsWritten, savedColumns, type ColumnChoices } from '../../app/resolveColumns';
import { errorReason } from '../../app/errorReason';
import { columnLetters } from '../../core/cells';
import type { HostUi } from '../../app/ports/hostUi';
import type { Concept } from '../../core/ledger/concepts';
import type { Problem } from '../../core/problems';
import { selectCell } from '../shared/excelNavigation';
import type { PaneDeps } from '../shared/paneDeps';
import type { PanelMessage } from '../shared/panelMessage';
import { analysisInputError, analysisOptions, canApply, canClear, canPreview, isBusy, type PanelAction, type PanelStore } from './ledgerPanelState';
import { STATUS_ORDER, summarizePreview } from './summarizePreview';

/**
 * What the ledger panel's actions use of the deps: of Excel's UI only the active sheet and
 * selecting a cell; the host events are subscribed by the hook, which calls refresh.
 */
export type LedgerActionDeps = Omit<PaneDeps, 'ui' | 'events'> & { ui: Pick<HostUi, 'activeSheet' | 'selectCell'> };

export interface LedgerPanelActions {
  /** Reads the sheet list and the saved settings and detects the ledger (saved sheet, else the active one, else the first that looks like a ledger). */
  load(): Promise<void>;
  /**
   * Reads the sheet list, the settings and the ledger again, as load does, without discarding
   * what the user set in the pane: a sheet chosen or a mapping changed and not yet applied stays,
   * and the as-of date moves to today only while it is still the old today. Does nothing while
   * another action runs.
   */
  refresh(): Promise<void>;
  chooseSheet(sheet: string): Promise<void>;
  /** Maps `concept` to a 1-based column; 0 = 未映射. */
  setColumn(concept: Concept, column: number): void;
  setAsOf(asOf: string): void;
  preview(): Promise<void>;
  apply(): Promise<void>;
  clearColors(): Promise<void>;
  /** Selects a problem's cell (its sheet resolved by the problem list). */
  selectCell(sheet: string, cell: string): Promise<void>;
  showMessage(message: PanelMessage): void;
  dismissMessage(): void;
}

const cellRef = (sheet: string, address: string) => `「${sheet}」!${address}`;

/** The same concept → column pairs, in any order. */
function sameColumns(a: Partial<Record<Concept, number>>, b: Partial<Record<Concept, number>>): boolean {
  const entries = Object.entries(a) as Array<[Concept, number]>;
  return entries.length === Object.keys(b).length && entries.every(([concept, column]) => b[concept] === column);
}

/**
 * All of the panel's behaviour, over a store and injected ports: no React, no Office. The hook
 * only binds it to a component; tests call it directly.
 */
export function createLedgerPanelActions(deps: LedgerActionDeps, store: PanelStore): LedgerPanelActions {
  const { port, ui, settings } = deps;
  const state = () => store.getState();
  const fail = (revision: number, title: string, text: string, problems?: Problem[]) =>
    store.dispatch({ type: 'failed', revision, message: { intent: 'error', title, text }, problems });
  let saved: { ledgerSheet: string | null; columns: ColumnChoices } = { ledgerSheet: null, columns: {} };
  /** The saved corrections as columns of the detected header, when the detected sheet is the saved one. */
  const savedFor = (detection: LedgerDetection | null) =>
    detection?.mapping && detection.sheet === saved.ledgerSheet ? savedColumns(saved.columns, detection.mapping.headers, detection.sheet) : { columns: {}, problems: [] };
  const savedCorrections = (detection: LedgerDetection | null) => savedFor(detection).columns;

  type LedgerRead = Pick<Extract<PanelAction, { type: 'loaded' }>, 'sheets' | 'detection' | 'rules' | 'settingsProblems'>;

  /**
   * Reads the settings and the sheet list and detects the ledger: `keep` when it is still there;
   * else the saved ledger, then the sheet the user is on, then the others in tab order.
   */
  async function readLedger(keep: string | null): Promise<LedgerRead> {
    // Without the active sheet (a host that will not say) the saved and the first ledger still do.
    const [loaded, infos, active] = await Promise.all([settings.load(), port.listSheets(), ui.activeSheet().catch(() => null)]);
    saved = { ledgerSheet: loaded.settings.ledgerSheet, columns: loaded.settings.columns };
    const rules = loaded.settings.rules;
    const sheets = infos.filter((s) => s.visible).map((s) => s.name);
    const kept = keep !== null && sheets.includes(keep);
    const order = kept ? [keep] : [...new Set([saved.ledgerSheet, active, ...sheets])].filter((n): n is string => n !== null && sheets.includes(n));
    // One read for the likely sheet; only when it is not a ledger, one more for all the rest.
    const detection = await detectLedgerSheet(port, order, rules);
    return { sheets, detection, rules, settingsProblems: [...loaded.problems, ...savedFor(detection).problems] };
  }

  async function load(): Promise<void> {
    store.dispatch({ type: 'loadStarted' });
    const revision = state().revision;
    try {
      const read = await readLedger(null);
      store.dispatch({ type: 'loaded', revision, ...read, corrections: savedCorrections(read.detection) });
      if (read.sheets.length === 0) fail(revision, '没有可用的工作表', '工作簿中没有可见的工作表：请先打开督办台账');
    } catch (e) {
      fail(revision, '无法读取工作簿', `读取工作表列表或台账失败：${errorReason(e)}`);
    }
  }

  async function refresh(): Promise<void> {
    const before = state();
    // A load, preview or write under way reads the workbook itself.
    if (isBusy(before)) return;
    // Nothing was read (the load failed): load as at mount.
    if (before.sheets.length === 0) return load();
    const revision = before.revision;
    // The user's sheet stays while it is theirs: chosen in the pane, or mapped differently from the saved mapping.
    const pending = before.sheet !== null && (before.sheetPicked || !sameColumns(before.corrections, savedCorrections(before.detection)));
    try {
      const read = await readLedger(pending ? before.sheet : null);
      const kept = pending && read.detection?.sheet === before.sheet;
      store.dispatch({
        type: 'refreshed',
        revision,
        today: deps.today(),
        ...read,
        corrections: kept ? before.corrections : savedCorrections(read.detection),
        sheetPicked: kept && before.sheetPicked,
      });
    } catch (e) {
      fail(revision, '无法读取工作簿', `重新读取工作表列表或台账失败：${errorReason(e)}`);
    }
  }

  async function chooseSheet(sheet: string): Promise<void> {
    store.dispatch({ type: 'sheetChosen', sheet });
    const revision = state().revision;
    try {
      const detection = await detectLedgerSheet(port, [sheet], state().rules);
      if (detection !== null) store.dispatch({ type: 'detected', revision, detection, corrections: savedCorrections(detection) });
    } catch (e) {
      fail(revision, '无法读取工作表', `读取工作表「${sheet}」失败：${errorReason(e)}`);
    }
  }

  function analyze(): Promise<AnalyzeResult> {
    return analyzeWorkbook(port, analysisOptions(state()));
  }

  async function preview(): Promise<void> {
    const invalid = analysisInputError(state());
    if (invalid !== null || !canPreview(state())) {
      if (invalid) store.dispatch({ type: 'messageShown', message: invalid });
      return;
    }
    store.dispatch({ type: 'analysisStarted' });
    const revision = state().revision;
    try {
      const result = await analyze();
      if (result.ok) store.dispatch({ type: 'analyzed', revision, analysis: result.analysis });
      else fail(revision, '无法预览', result.message, result.problems);
    } catch (e) {
      fail(revision, '无法预览', `读取工作表「${state().sheet ?? ''}」失败：${errorReason(e)}`);
    }
  }

  async function apply(): Promise<void> {
    if (!canApply(state())) return;
    const steps = 3;
    const sheet = state().sheet ?? '';
    store.dispatch({ type: 'writeStarted', progress: { step: 1, steps, label: '重新读取台账…' } });
    const revision = state().revision;
    // Read again: the status column must line up with the rows as they are now; an edit made
    // since the preview (the fingerprint differs) is refused rather than colored unseen.
    let result: AnalyzeResult;
    try {
      result = await analyze();
    } catch (e) {
      return fail(revision, '应用三色失败', `读取工作表「${sheet}」失败：${errorReason(e)}`);
    }
    if (!result.ok) return fail(revision, '应用三色失败', result.message, result.problems);
    const { analysis } = result;
    const previewed = state().analysis;
    const stale = () =>
      store.dispatch({
        type: 'previewStale',
        revision,
        message: { intent: 'error', title: '未应用三色', text: `台账「${sheet}」在预览后已改动：请重新预览` },
      });
    if (previewed === null) return stale();
    store.dispatch({ type: 'progressed', progress: { step: 2, steps, label: `写入 ${analysis.escalations.length} 项的督办状态与三色规则…` } });
    let written: ApplyColorsResult;
    try {
      written = await applyLedgerColors(port, analysis, { expect: previewed.fingerprint() });
    } catch (e) {
      // Worded by applyLedgerColors, naming the status column's cell.
      return fail(revision, '应用三色失败', errorReason(e));
    }
    if (written.stale) return stale();
    const { decoration } = written;
    const where = cellRef(sheet, written.statusCell);
    store.dispatch({ type: 'progressed', progress: { step: 3, steps, label: '保存设置…' } });
    const summary = summarizePreview(analysis.escalations);
    const counts = STATUS_ORDER.slice(0, 3)
      .map((s) => `${s} ${summary.byStatus[s]} 项`)
      .join('、');
    let message: PanelMessage = {
      intent: 'success',
      title: '已应用三色',
      text: `${counts}；督办状态列：${where}`,
    };
    try {
      const columns = columnsAsWritten(state().corrections, state().detection?.mapping?.headers ?? []);
      await settings.save({ ledgerSheet: sheet, columns });
      saved = { ledgerSheet: sheet, columns };
    } catch (e) {
      message = {
        intent: 'warning',
        title: '已应用三色，但设置未保存',
        text: `台账工作表与列映射未能保存到「规则设置」工作表，功能区的“重新着色”和命令行将重新识别台账：${errorReason(e)}`,
      };
    }
    store.dispatch({ type: 'applied', revision, analysis, statusColumn: decoration.column, message });
  }

  async function clearColors(): Promise<void> {
    const s = state();
    const column = s.detection?.statusColumn ?? null;
    if (!canClear(s) || column === null || s.sheet === null) return;
    const sheet = s.sheet;
    store.dispatch({ type: 'writeStarted', progress: { step: 1, steps: 1, label: '清除督办状态列与三色规则…' } });
    const revision = state().revision;
    try {
      const detection = await clearLedgerColors(port, sheet, column, state().rules);
      store.dispatch({
        type: 'cleared',
        revision,
        detection,
        message: { intent: 'success', title: '已清除着色', text: `已移除工作表「${sheet}」的督办状态列（${columnLetters(column)} 列）和三色规则` },
      });
    } catch (e) {
      fail(revision, '清除着色失败', `无法清除工作表「${sheet}」${columnLetters(column)} 列的督办状态：${errorReason(e)}`);
    }
  }

  async function selectProblemCell(sheet: string, cell: string): Promise<void> {
    const message = await selectCell(ui, sheet, cell);
    if (message !== null) store.dispatch({ type: 'messageShown', message });
  }

  return {
    load,
    refresh,
    chooseSheet,
    setColumn: (concept, column) => store.dispatch({ type: 'columnSet', concept, column }),
    setAsOf: (asOf) => store.dispatch({ type: 'asOfSet', asOf }),
    preview,
    apply,
    clearColors,
    selectCell: selectProblemCell,
    showMessage: (message) => store.dispatch({ type: 'messageShown', message }),
    dismissMessage: () => store.dispatch({ type: 'messageDismissed' }),
  };
}
