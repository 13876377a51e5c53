import { reportsReducer, type ReportsAction, type ReportsState } from './reportsState';

/**
 * The tab's state outside React, like the ledger panel's store: the async actions read what they
 * just dispatched (a busy run refuses a second one at once), and tests drive it without a DOM.
 */
export interface ReportsStore {
  getState(): ReportsState;
  dispatch(action: ReportsAction): void;
  subscribe(listener: () => void): () => void;
}

export function createReportsStore(initial: ReportsState): ReportsStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reportsReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
