import { panelReducer, type PanelAction, type PanelState } from './panelState';

/**
 * The panel's state outside React: the async actions read the state they just dispatched
 * (useReducer would only show it after the next render), and tests drive it without a DOM.
 */
export interface PanelStore {
  getState(): PanelState;
  dispatch(action: PanelAction): void;
  subscribe(listener: () => void): () => void;
}

export function createPanelStore(initial: PanelState): PanelStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = panelReducer(state, action);
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
