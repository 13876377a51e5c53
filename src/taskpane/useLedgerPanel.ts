import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Concept } from '../core/ledger/concepts';
import type { ColumnMapping } from '../core/ledger/detectLedger';
import type { AnalysisSource } from './analysisSource';
import { createLedgerPanelActions, type LedgerPanelActions, type LedgerPanelDeps } from './ledgerPanelActions';
import {
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
} from './panelState';
import { createPanelStore } from './panelStore';
import type { PreviewSummary } from './summarizePreview';

export interface LedgerPanel {
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
  /** The ledger as mapped here, for the other panels: read when they act, so never stale. */
  source: AnalysisSource;
}

/**
 * The ledger coloring panel: state and actions over injected ports (no Office in here), so the
 * same hook runs against Excel, the fake workbook in tests, and the browser test's stand-in for office.js. Loads
 * on mount, and reads the workbook again each time the pane is shown and a sheet is activated.
 */
export function useLedgerPanel(deps: LedgerPanelDeps): LedgerPanel {
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
  };
}
