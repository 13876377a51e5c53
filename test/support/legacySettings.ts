import type { LegacySettingsStore } from '../../src/app/ports/settingsPort';

/**
 * Settings as versions before the 规则设置 sheet stored them in the document settings (one JSON
 * text, version 1), in memory; `cleared` says whether they have been moved out.
 */
export function legacySettings(saved?: object): LegacySettingsStore & { cleared: boolean } {
  let text = saved === undefined ? undefined : JSON.stringify({ version: 1, ...saved });
  const store = {
    cleared: false,
    read: () => text,
    clear: async () => {
      text = undefined;
      store.cleared = true;
    },
  };
  return store;
}
