import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createSettingsPanelActions, type SettingsPanelActions, type SettingsPanelDeps } from './settingsPanelActions';
import { canCreateSheet, canEditRules, canWriteNotice, createSettingsPanelStore, type SettingsPanelState } from './settingsPanelState';

export interface SettingsPanelModel {
  state: SettingsPanelState;
  actions: SettingsPanelActions;
  canEdit: boolean;
  canCreateSheet: boolean;
  canWriteNotice: boolean;
}

/**
 * The 设置 panel: state and actions over injected ports (no Office in here). The settings are read
 * each time the tab is shown (`active`), so what was changed in the 规则设置 sheet itself, or saved
 * there by 应用三色, shows when the user comes back; the pasted notice and its preview stay.
 */
export function useSettingsPanel({ port, settings, ui, onRulesChanged }: SettingsPanelDeps, active: boolean): SettingsPanelModel {
  const [store] = useState(() => createSettingsPanelStore());
  // The latest callback, without making new actions (and losing the queue of edits) per render.
  const rulesChanged = useRef(onRulesChanged);
  rulesChanged.current = onRulesChanged;
  const actions = useMemo(
    () => createSettingsPanelActions({ port, settings, ui, onRulesChanged: () => rulesChanged.current() }, store),
    [port, settings, ui, store],
  );
  const state = useSyncExternalStore(store.subscribe, store.getState);
  useEffect(() => {
    if (active) void actions.load();
  }, [active, actions]);
  return { state, actions, canEdit: canEditRules(state), canCreateSheet: canCreateSheet(state), canWriteNotice: canWriteNotice(state) };
}
