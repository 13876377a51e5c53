import type { SettingsPort } from '../app/ports/settingsPort';
import { parseSettings, serializeSettings, SETTINGS_KEY } from '../app/settings';

/** Office.context.document.settings as the adapter uses it (see createDocumentSettings in ./index). */
export interface DocumentSettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** saveAsync, as a promise. */
  save(): Promise<void>;
}

/**
 * The SettingsPort over the workbook's document settings: one key holding the settings' JSON
 * (src/app/settings). Saving keeps the saved rule changes as they are.
 */
export function createSettingsPort(store: DocumentSettingsStore): SettingsPort {
  return {
    async load() {
      return parseSettings(store.get(SETTINGS_KEY));
    },
    async save(update) {
      const result = serializeSettings(store.get(SETTINGS_KEY), update);
      if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('；'));
      store.set(SETTINGS_KEY, result.text);
      await store.save();
    },
  };
}
