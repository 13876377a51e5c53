import { useMemo, useState, useSyncExternalStore } from 'react';
import { createStore } from '../shared/panelStore';
import { createNoticePanelActions, type NoticePanelActions, type NoticePanelDeps } from './noticePanelActions';
import { canIssue, canVoid, initialNoticePanelState, isNoticeBusy, noticePanelReducer, type NoticePanelState } from './noticePanelState';

export interface NoticePanelModel {
  state: NoticePanelState;
  actions: NoticePanelActions;
  busy: boolean;
  canIssue: boolean;
  canVoid: boolean;
}

/**
 * The 督办单 panel: state and actions over injected ports (no Office in here). The pane keeps the
 * panel mounted when another tab is shown, so the list and the row read for 作废 stay.
 */
export function useNoticePanel({ port, ui, source }: NoticePanelDeps): NoticePanelModel {
  const [store] = useState(() => createStore(noticePanelReducer, initialNoticePanelState()));
  const actions = useMemo(() => createNoticePanelActions({ port, ui, source }, store), [port, ui, source, store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return { state, actions, busy: isNoticeBusy(state), canIssue: canIssue(state), canVoid: canVoid(state) };
}
