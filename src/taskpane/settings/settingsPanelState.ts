import type { AddedHolidayNotice } from '../../app/addHolidayNotice';
import type { LoadedSettings } from '../../app/ports/settingsPort';
import type { HolidayNoticePreview } from '../../app/previewHolidayNotice';
import type { Settings } from '../../app/settings';
import { settingsView, type SettingGroupView, type SettingView } from '../../app/settingsView';
import type { Problem } from '../../core/problems';
import type { PanelMessage } from '../shared/panelMessage';
import { createStore, type Store } from '../shared/panelStore';

/** The settings in force as the 规则设置 section shows them. */
export interface RulesView {
  settings: Settings;
  /** Every setting, grouped as SPEC groups them. */
  groups: SettingGroupView[];
  /** What could not be read (cells of the 规则设置 sheet, legacy settings). */
  problems: Problem[];
  source: LoadedSettings['source'];
}

/** 节假日安排: the text pasted, its preview, and whether that preview has been written. */
export interface HolidayState {
  /** As pasted. */
  text: string;
  /** The text as read by 预览; null before it and after an edit of the text. */
  preview: HolidayNoticePreview | null;
  /** What 写入 did with this preview; null until written. */
  written: AddedHolidayNotice | null;
  writing: boolean;
}

export interface SettingsPanelState {
  /** null until the first load comes back. */
  rules: RulesView | null;
  loading: boolean;
  /** 创建规则设置表 under way. */
  creating: boolean;
  /** Paths whose edit is being written (edits are written one after another). */
  saving: string[];
  /** Why the last edit of a setting was refused (path → message, already in Chinese); nothing was written. */
  refusals: Record<string, string>;
  holiday: HolidayState;
  message: PanelMessage | null;
  /** Bumped per load: a load that comes back after a newer one started is dropped. */
  revision: number;
}

export type SettingsPanelAction =
  | { type: 'loadStarted' }
  | { type: 'loaded'; revision: number; loaded: LoadedSettings }
  | { type: 'loadFailed'; revision: number; message: PanelMessage }
  | { type: 'createStarted' }
  | { type: 'createFinished'; message: PanelMessage }
  | { type: 'saveStarted'; path: string }
  /** The edit was written (message) or failed (message, an error); the path is no longer being saved. */
  | { type: 'saveFinished'; path: string; message: PanelMessage }
  /** The value would be refused when the sheet is read: nothing written, the field says why. */
  | { type: 'saveRefused'; path: string; reason: string }
  /** The user is typing in a field that was refused: its message goes. */
  | { type: 'refusalCleared'; path: string }
  | { type: 'noticeTextSet'; text: string }
  | { type: 'noticePreviewed'; preview: HolidayNoticePreview }
  | { type: 'noticeWriteStarted' }
  | { type: 'noticeWritten'; written: AddedHolidayNotice; message: PanelMessage }
  | { type: 'noticeWriteFailed'; message: PanelMessage }
  | { type: 'messageShown'; message: PanelMessage }
  | { type: 'messageDismissed' };

export function initialSettingsPanelState(): SettingsPanelState {
  return {
    rules: null,
    loading: false,
    creating: false,
    saving: [],
    refusals: {},
    holiday: { text: '', preview: null, written: null, writing: false },
    message: null,
    revision: 0,
  };
}

const without = (record: Record<string, string>, key: string): Record<string, string> => {
  if (!(key in record)) return record;
  const { [key]: _dropped, ...rest } = record;
  return rest;
};

export function settingsPanelReducer(state: SettingsPanelState, action: SettingsPanelAction): SettingsPanelState {
  switch (action.type) {
    case 'loadStarted':
      return { ...state, loading: true, revision: state.revision + 1 };
    case 'loaded': {
      if (action.revision !== state.revision) return state;
      const { settings, problems, source } = action.loaded;
      return { ...state, loading: false, rules: { settings, groups: settingsView(settings), problems, source } };
    }
    case 'loadFailed':
      if (action.revision !== state.revision) return state;
      return { ...state, loading: false, message: action.message };
    case 'createStarted':
      return { ...state, creating: true, message: null };
    case 'createFinished':
      return { ...state, creating: false, message: action.message };
    case 'saveStarted':
      return { ...state, saving: [...state.saving, action.path], refusals: without(state.refusals, action.path), message: null };
    case 'saveFinished':
      return { ...state, saving: dropOne(state.saving, action.path), message: action.message };
    case 'saveRefused':
      return { ...state, saving: dropOne(state.saving, action.path), refusals: { ...state.refusals, [action.path]: action.reason } };
    case 'refusalCleared':
      return action.path in state.refusals ? { ...state, refusals: without(state.refusals, action.path) } : state;
    case 'noticeTextSet':
      // Another text: the preview no longer shows it.
      return action.text === state.holiday.text ? state : { ...state, holiday: { ...state.holiday, text: action.text, preview: null, written: null } };
    case 'noticePreviewed':
      return { ...state, message: null, holiday: { ...state.holiday, preview: action.preview, written: null } };
    case 'noticeWriteStarted':
      return { ...state, message: null, holiday: { ...state.holiday, writing: true } };
    case 'noticeWritten':
      return { ...state, message: action.message, holiday: { ...state.holiday, writing: false, written: action.written } };
    case 'noticeWriteFailed':
      return { ...state, message: action.message, holiday: { ...state.holiday, writing: false } };
    case 'messageShown':
      return { ...state, message: action.message };
    case 'messageDismissed':
      return { ...state, message: null };
  }
}

function dropOne(paths: readonly string[], path: string): string[] {
  const i = paths.indexOf(path);
  return i < 0 ? [...paths] : [...paths.slice(0, i), ...paths.slice(i + 1)];
}

/** Settings can be edited here only when they are the 规则设置 sheet's (else 创建规则设置表 first). */
export const canEditRules = (state: SettingsPanelState): boolean => state.rules?.source === 'sheet' && !state.creating;

/** 创建规则设置表 is offered while the preset is in force. */
export const canCreateSheet = (state: SettingsPanelState): boolean => state.rules?.source === 'preset' && !state.creating && !state.loading;

/** 写入「节假日调整」: a preview with at least one day, not written yet. */
export const canWriteNotice = (state: SettingsPanelState): boolean => {
  const { preview, written, writing } = state.holiday;
  return preview !== null && preview.days.length > 0 && written === null && !writing;
};

/** A setting of the view by its path; null when the view has none. */
export function settingAt(rules: RulesView | null, path: string): SettingView | null {
  for (const group of rules?.groups ?? []) {
    const found = group.settings.find((s) => s.path === path);
    if (found) return found;
  }
  return null;
}

export type SettingsPanelStore = Store<SettingsPanelState, SettingsPanelAction>;

export function createSettingsPanelStore(initial: SettingsPanelState = initialSettingsPanelState()): SettingsPanelStore {
  return createStore(settingsPanelReducer, initial);
}
