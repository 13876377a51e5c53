import { loadSettings, saveSettings, type SettingsStore } from '../office/settings';
import type { PanelSettingsPort } from './panelSettings';

/**
 * The pane's view of the add-in's document settings (src/office/settings): the ledger sheet, the
 * column corrections and the rules in force. Saving keeps every other saved setting as it is.
 */
export function createPanelSettings(store: SettingsStore): PanelSettingsPort {
  return {
    async load() {
      const { settings, rules, problems } = loadSettings(store);
      return { settings: { ledgerSheet: settings.ledgerSheet ?? null, columns: settings.columns ?? {}, rules }, problems };
    },
    async save(update) {
      const { settings } = loadSettings(store);
      const result = await saveSettings(store, { ...settings, ledgerSheet: update.ledgerSheet, columns: update.columns });
      if (!result.saved) throw new Error(result.problems.map((p) => p.message).join('；'));
    },
  };
}
