import { useRef, useSyncExternalStore } from 'react';

/**
 * A panel's state outside React: the async actions read the state they just dispatched
 * (useReducer would only show it after the next render), and tests drive it without a DOM.
 */
export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): void;
  subscribe(listener: () => void): () => void;
}

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

/**
 * What `select` picks from a store, subscribed: the component re-renders when the pick changes,
 * and gets the same object back while `equal` says it has not (so a memoized child given it as a
 * prop does not re-render for nothing). The pick is worked out once per state, not per render.
 */
export function useStoreSelector<S, A, T>(store: Store<S, A>, select: (state: S) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const last = useRef<{ state: S; picked: T } | null>(null);
  const snapshot = () => {
    const state = store.getState();
    const previous = last.current;
    if (previous !== null && previous.state === state) return previous.picked;
    const picked = select(state);
    last.current = { state, picked: previous !== null && equal(previous.picked, picked) ? previous.picked : picked };
    return last.current.picked;
  };
  return useSyncExternalStore(store.subscribe, snapshot);
}
