import { XIANGYIN_2020 } from '../core/rules';
import { createRulesReader } from './createRulesReader';

/** Settings as the task pane saves them: the rules inside the { version, rules } wrapper. */
const saved = (rules: unknown) => ({ version: 1, rules });

describe('createRulesReader', () => {
  it('gives the 湘阴2020 preset when nothing is saved', () => {
    expect(createRulesReader(() => undefined)()).toBe(XIANGYIN_2020);
    expect(createRulesReader(() => null)()).toBe(XIANGYIN_2020);
  });

  it('merges saved settings, as an object or as JSON text, over the preset', () => {
    const fromObject = createRulesReader(() => saved({ deadlines: { defaultWorkingDaysBySource: { 会议交办: 3 } } }))();
    expect(fromObject.deadlines.defaultWorkingDaysBySource).toEqual({ 会议交办: 3 });
    expect(fromObject.escalation).toEqual(XIANGYIN_2020.escalation);
    const fromText = createRulesReader(() => '{"version":1,"rules":{"escalation":{"redRepeatDays":0}}}')();
    expect(fromText.escalation.redRepeatDays).toBe(0);
    expect(fromText.deadlines).toEqual(XIANGYIN_2020.deadlines);
  });

  it('falls back to the preset for invalid settings, unreadable JSON or a failing source', () => {
    expect(createRulesReader(() => saved({ escalation: { yellowAfterDays: -5 } }))()).toBe(XIANGYIN_2020);
    expect(createRulesReader(() => '{not json')()).toBe(XIANGYIN_2020);
    expect(createRulesReader(() => 42)()).toBe(XIANGYIN_2020);
    expect(
      createRulesReader(() => {
        throw new Error('Office.context is not ready');
      })(),
    ).toBe(XIANGYIN_2020);
  });

  it('validates each saved value once, and again when it changes', () => {
    let settings: unknown = saved({ escalation: { redRepeatDays: 0 } });
    const read = createRulesReader(() => settings);
    const first = read();
    expect(read()).toBe(first);
    settings = saved({ escalation: { redRepeatDays: 7 } });
    expect(read().escalation.redRepeatDays).toBe(7);
  });
});

describe('createRulesReader with a reader of its own', () => {
  it('reads the saved value with it, and falls back to the preset when it throws', () => {
    const wrapped = createRulesReader(
      () => ({ wrapper: { escalation: { redRepeatDays: 4 } } }),
      (raw) => ({ ...XIANGYIN_2020, escalation: { ...XIANGYIN_2020.escalation, ...(raw as { wrapper: { escalation: object } }).wrapper.escalation } }),
    );
    expect(wrapped().escalation.redRepeatDays).toBe(4);
    const failing = createRulesReader(
      () => 'x',
      () => {
        throw new Error('bad');
      },
    );
    expect(failing()).toBe(XIANGYIN_2020);
  });
});
