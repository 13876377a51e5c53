import { useMemo, useState, useSyncExternalStore } from 'react';
import { createStore } from '../shared/panelStore';
import { createFeedbackPanelActions, type FeedbackPanelActions, type FeedbackPanelDeps } from './feedbackPanelActions';
import { canRecord, feedbackPanelReducer, initialFeedbackPanelState, isFeedbackBusy, type FeedbackPanelState } from './feedbackPanelState';

export interface FeedbackPanelModel {
  state: FeedbackPanelState;
  actions: FeedbackPanelActions;
  busy: boolean;
  canRecord: boolean;
}

/**
 * The 分发回收 panel: state and actions over injected ports (no Office in here). The pane keeps the
 * panel mounted when another tab is shown, so the lists added and the preview stay.
 */
export function useFeedbackPanel({ port, ui, source }: FeedbackPanelDeps): FeedbackPanelModel {
  const [store] = useState(() => createStore(feedbackPanelReducer, initialFeedbackPanelState()));
  const actions = useMemo(() => createFeedbackPanelActions({ port, ui, source }, store), [port, ui, source, store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return { state, actions, busy: isFeedbackBusy(state), canRecord: canRecord(state) };
}
