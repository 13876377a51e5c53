import { panelReducer, type PanelAction, type PanelState } from './panelState';

/**
 * A panel's state outside React: the async actions read the state they just dispatched
 * (useReducer would only show it after the next render), and tests drive it without a DOM.
 */
export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): void;
  subscribe(listener: () => void): () => void;
}

/** The ledger panel's store. */
export type PanelStore = Store<PanelState, PanelAction>;

export function createStore<S, A>(reducer: (state: S, action: A) => S, initial: S): Store<S, A> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
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

export function createPanelStore(initial: PanelState): PanelStore {
  return createStore(panelReducer, initial);
}
