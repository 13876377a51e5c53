import { defaultSettingValue, SETTING_GROUPS, settingRowsFor, settingValue, type SettingGroupKey, type SettingRow } from '../core/rules/ruleSettings';
import type { Settings } from './settings';

/** One setting as the pane shows it: its label, what it means, its value and default as the sheet writes them. */
export interface SettingView {
  path: string;
  label: string;
  note: string;
  /** The value in force, as text ('' = none). */
  value: string;
  defaultValue: string;
  /** The words a choice or 是/否 setting may take; absent for free text and numbers. */
  choices?: string[];
  /** A number is typed; the pane may offer a numeric keyboard. */
  numeric: boolean;
}

export interface SettingGroupView {
  key: SettingGroupKey;
  title: string;
  /** The SPEC clause (and the source document's article) the group implements. */
  clause: string;
  settings: SettingView[];
}

const text = (v: string | number | null): string => (v === null ? '' : String(v));

function choicesOf(row: SettingRow): string[] | undefined {
  if (row.format.kind === 'bool') return ['是', '否'];
  if (row.format.kind === 'choice') return row.format.choices.map(([word]) => word);
  return undefined;
}

/**
 * Every setting in force, grouped as SPEC groups them and in the 规则设置 sheet's order: what the
 * pane's 设置 section lists.
 *
 * @example
 * settingsView({ ledgerSheet: null, columns: {}, rules: XIANGYIN_2020 }).find((g) => g.key === 'escalation')?.settings[0]
 * // → { path: 'escalation.yellowAfterDays', label: '黄色督办单：时限后天数', value: '5', defaultValue: '5', numeric: true, … }
 */
export function settingsView(settings: Settings): SettingGroupView[] {
  const groups = new Map<SettingGroupKey, SettingGroupView>();
  for (const row of settingRowsFor(settings.rules)) {
    const group = groups.get(row.group) ?? { key: row.group, ...SETTING_GROUPS[row.group], settings: [] };
    groups.set(row.group, group);
    const value = text(settingValue(row, settings));
    const defaultValue = text(defaultSettingValue(row));
    const numeric = row.format.kind === 'int' || row.format.kind === 'number' || row.format.kind === 'percent';
    group.settings.push({ path: row.path, label: row.label, note: row.note, value, defaultValue, choices: choicesOf(row), numeric });
  }
  return [...groups.values()];
}
