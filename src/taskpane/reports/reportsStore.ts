import { createStore, type Store } from '../shared/panelStore';
import { reportsReducer, type ReportsAction, type ReportsState } from './reportsState';

/** The tab's state outside React, with the ledger panel's store (see panelStore.ts for why). */
export type ReportsStore = Store<ReportsState, ReportsAction>;

export function createReportsStore(initial: ReportsState): ReportsStore {
  return createStore(reportsReducer, initial);
}
