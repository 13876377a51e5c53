import type { LegacySettingsStore } from '../app/ports/settingsPort';
import { SETTINGS_KEY } from '../app/settings';

/** Office.context.document.settings as the adapter uses it (see createLegacyDocumentSettings in ./index). */
export interface DocumentSettingsStore {
  get(key: string): unknown;
  remove(key: string): void;
  /** saveAsync, as a promise. */
  save(): Promise<void>;
}

/**
 * The settings versions before the 规则设置 sheet kept in the document settings, under one key:
 * read once to move them into the sheet, then removed.
 */
export function createLegacySettings(store: DocumentSettingsStore): LegacySettingsStore {
  return {
    read: () => store.get(SETTINGS_KEY),
    async clear() {
      store.remove(SETTINGS_KEY);
      await store.save();
    },
  };
}
