import { SETTINGS_KEY } from '../app/settings';
import { createSettingsPort, type DocumentSettingsStore } from './documentSettings';

function memoryStore(initial?: unknown): DocumentSettingsStore & { saved: number; data: Map<string, unknown> } {
  const data = new Map<string, unknown>(initial === undefined ? [] : [[SETTINGS_KEY, initial]]);
  const store = {
    data,
    saved: 0,
    get: (key: string) => data.get(key),
    set: (key: string, value: unknown) => void data.set(key, value),
    save: async () => void store.saved++,
  };
  return store;
}

describe('createSettingsPort', () => {
  it('reads nothing saved as: detect the ledger, no corrections, the 湘阴2020 rules', async () => {
    const { settings, problems } = await createSettingsPort(memoryStore()).load();
    expect(settings.ledgerSheet).toBeNull();
    expect(settings.columns).toEqual({});
    expect(settings.rules.name).toBe('湘阴2020');
    expect(problems).toEqual([]);
  });

  it('saves the sheet and the corrections, keeps the saved rule changes, and reads them back', async () => {
    const store = memoryStore(JSON.stringify({ version: 1, rules: { escalation: { yellowAfterDays: 3 } } }));
    const panel = createSettingsPort(store);
    await panel.save({ ledgerSheet: '督办台账', columns: { deadline: 6, assigned: 0 } });
    expect(store.saved).toBe(1);
    const { settings } = await panel.load();
    expect(settings.ledgerSheet).toBe('督办台账');
    expect(settings.columns).toEqual({ deadline: 6, assigned: 0 });
    expect(settings.rules.escalation.yellowAfterDays).toBe(3);
  });

  it('passes on what could not be read, naming the setting', async () => {
    const { problems } = await createSettingsPort(memoryStore(JSON.stringify({ version: 1, columns: { deadline: -1 } }))).load();
    expect(problems.map((p) => p.setting)).toEqual(['columns.deadline']);
  });

  it('fails the save, with the reason, when the sheet name is not one Excel allows', async () => {
    const store = memoryStore();
    await expect(createSettingsPort(store).save({ ledgerSheet: '台账[2020]', columns: {} })).rejects.toThrow('ledgerSheet');
    expect(store.saved).toBe(0);
  });
});

describe('createSettingsPort keeps what it cannot improve', () => {
  it('stores one JSON text under one key, keeping the saved rules as the user wrote them', async () => {
    const store = memoryStore('{"version":1,"rules":{"escalation":{"yellowAfterDays":3}},"sheetNames":["x"]}');
    await createSettingsPort(store).save({ ledgerSheet: '台账', columns: { assigned: 4 } });
    expect(store.data.get(SETTINGS_KEY)).toBe('{"version":1,"ledgerSheet":"台账","columns":{"assigned":4},"rules":{"escalation":{"yellowAfterDays":3}}}');
  });

  it('leaves the stored text alone when the save is refused', async () => {
    const store = memoryStore('{"version":1,"ledgerSheet":"台账"}');
    await expect(createSettingsPort(store).save({ ledgerSheet: '台账', columns: { deadline: -1 } })).rejects.toThrow('columns.deadline');
    expect(store.data.get(SETTINGS_KEY)).toBe('{"version":1,"ledgerSheet":"台账"}');
    expect(store.saved).toBe(0);
  });
});
