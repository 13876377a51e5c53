import { useMemo, useState, useSyncExternalStore } from 'react';
import type { Period } from '../../core/bulletin';
import type { DateOnly } from '../../core/dates/dateOnly';
import type { AnalysisInputs, AnalysisSource } from '../shared/analysisSource';
import type { PaneDeps } from '../shared/paneDeps';
import { createReportsActions, type ReportsActions } from './reportsActions';
import { initialReportsState, isRunning, periodChoices, selectedPeriod, selectedYear, yearChoices, type PeriodChoice, type ReportsState } from './reportsState';
import { createReportsStore } from './reportsStore';

/** What the tab uses of the pane's deps: the workbook, Excel's UI, and today (the defaults before a ledger is ready). */
export type ReportsPanelDeps = Pick<PaneDeps, 'port' | 'ui' | 'today'>;

export interface ReportsPanelModel {
  state: ReportsState;
  actions: ReportsActions;
  busy: boolean;
  /** The ledger tab's 截止日期 (today while that tab has no usable ledger): what the defaults follow. */
  reference: DateOnly;
  /** Whether `reference` is the ledger tab's 截止日期 (false: today, the ledger is not ready). */
  referenceFromLedger: boolean;
  years: number[];
  year: number;
  periods: PeriodChoice[];
  period: Period;
}

/**
 * The 得分·奖金·通报 tab: state and actions over the injected ports and the ledger tab's source.
 * The defaults (考核年度, 通报期次) follow the ledger tab's 截止日期: `inputs`, subscribed by the pane
 * (the actions read `source` when they run).
 */
export function useReportsPanel(deps: ReportsPanelDeps, source: AnalysisSource, inputs: AnalysisInputs): ReportsPanelModel {
  const [store] = useState(() => createReportsStore(initialReportsState()));
  const { port, ui, today } = deps;
  const actions = useMemo(() => createReportsActions({ port, ui }, source, store), [port, ui, source, store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  const reference = inputs.ok ? inputs.options.asOf : today();
  // The same arrays and period while their inputs are: the sections can be memoized.
  const { periodKind, period: chosenPeriod } = state;
  const years = useMemo(() => yearChoices(reference), [reference]);
  const periods = useMemo(() => periodChoices(periodKind, reference, chosenPeriod), [periodKind, reference, chosenPeriod]);
  const period = useMemo(() => selectedPeriod({ periodKind, period: chosenPeriod }, reference), [periodKind, reference, chosenPeriod]);
  return {
    state,
    actions,
    busy: isRunning(state),
    reference,
    referenceFromLedger: inputs.ok,
    years,
    year: selectedYear(state, reference),
    periods,
    period,
  };
}
