import { SETTINGS_KEY } from '../app/settings';
import { createLegacySettings, type DocumentSettingsStore } from './documentSettings';

/** Document settings kept in memory, counting saveAsync calls. */
function memoryStore(initial?: unknown): DocumentSettingsStore & { saved: number; data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial === undefined ? [] : [[SETTINGS_KEY, initial]]);
  const store = {
    data,
    saved: 0,
    get: (key: string) => data.get(key),
    remove: (key: string) => void data.delete(key),
    save: async () => void store.saved++,
  };
  return store;
}

describe('createLegacySettings', () => {
  it('reads what an earlier version stored under the add-in’s key', () => {
    const stored = '{"version":1,"ledgerSheet":"督办台账"}';
    expect(createLegacySettings(memoryStore(stored)).read()).toBe(stored);
    expect(createLegacySettings(memoryStore()).read()).toBeUndefined();
  });

  it('empties the key and saves the document when cleared', async () => {
    const store = memoryStore('{"version":1}');
    store.data.set('other.addin', 'kept');
    await createLegacySettings(store).clear();
    expect([...store.data.keys()]).toEqual(['other.addin']);
    expect(store.saved).toBe(1);
  });
});
