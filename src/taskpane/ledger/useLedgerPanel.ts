import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Concept } from '../../core/ledger/concepts';
import type { ColumnMapping } from '../../core/ledger/detectLedger';
import type { AnalysisInputs, AnalysisSource } from '../shared/analysisSource';
import type { PaneDeps } from '../shared/paneDeps';
import { useStoreSelector } from '../shared/panelStore';
import { createLedgerPanelActions, type LedgerPanelActions } from './ledgerPanelActions';
import {
  createPanelStore,
  canApply,
  canClear,
  canPreview,
  currentMapping,
  initialPanelState,
  isAsOfValid,
  isBusy,
  ledgerAnalysisInputs,
  missingRequired,
  previewSummary,
  type PanelState,
} from './ledgerPanelState';
import type { PreviewSummary } from './summarizePreview';

export interface LedgerPanelModel {
  state: PanelState;
  actions: LedgerPanelActions;
  /** The counts of the analysis shown; null before a preview. */
  preview: PreviewSummary | null;
  /** Detection with the user's corrections. */
  mapping: ColumnMapping | null;
  missing: Concept[];
  busy: boolean;
  asOfValid: boolean;
  canPreview: boolean;
  canApply: boolean;
  canClear: boolean;
  /** The ledger as mapped here, for the other panels' actions: read when they act, so never stale. */
  source: AnalysisSource;
  /** The same, subscribed: what the other panels show (a new object only when the inputs change). */
  inputs: AnalysisInputs;
}

const sameInputs = (a: AnalysisInputs, b: AnalysisInputs) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The ledger coloring panel: state and actions over injected ports (no Office in here), so the
 * same hook runs against Excel, the fake workbook in tests, and the browser test's stand-in for office.js. Loads
 * on mount, and reads the workbook again each time the pane is shown and a sheet is activated.
 */
export function useLedgerPanel(deps: PaneDeps): LedgerPanelModel {
  const [store] = useState(() => createPanelStore(initialPanelState(deps.today())));
  const { port, ui, settings, today, events } = deps;
  const actions = useMemo(
    () => createLedgerPanelActions({ port, ui, settings, today }, store),
    [port, ui, settings, today, store],
  );
  const state = useSyncExternalStore(store.subscribe, store.getState);
  // Once per analysis, not per render (a large ledger has many items to count).
  const preview = useMemo(() => previewSummary(state.analysis), [state.analysis]);
  const source = useMemo<AnalysisSource>(() => () => ledgerAnalysisInputs(store.getState()), [store]);
  const inputs = useStoreSelector(store, ledgerAnalysisInputs, sameInputs);
  useEffect(() => {
    void actions.load();
  }, [actions]);
  // The shared runtime outlives the pane, so what was read at mount may be days old
  // (https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime).
  useEffect(() => {
    const refresh = () => void actions.refresh();
    // A host without these events leaves the pane as it read the workbook at mount.
    const subscriptions = [events.onPaneShown(refresh), events.onSheetActivated(refresh)].map((s) => s.catch(() => null));
    return () => {
      for (const s of subscriptions) void s.then((unsubscribe) => unsubscribe?.()).catch(() => undefined);
    };
  }, [events, actions]);
  return {
    state,
    actions,
    preview,
    mapping: currentMapping(state),
    missing: missingRequired(state),
    busy: isBusy(state),
    asOfValid: isAsOfValid(state),
    canPreview: canPreview(state),
    canApply: canApply(state),
    canClear: canClear(state),
    source,
    inputs,
  };
}
