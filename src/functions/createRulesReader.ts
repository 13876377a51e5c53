/**
 * The rule set the worksheet functions use, from the rules saved in the workbook's settings.
 * A function must always compute, so anything unusable — nothing saved, unreadable JSON, a
 * setting validateRuleSet rejects, a provider that throws — falls back to the 湘阴2020 preset
 * (the task pane reports bad settings; a cell formula has nowhere to show them).
 */
import { validateRuleSet, XIANGYIN_2020, type RuleSet } from '../core/rules';

/** A rule set as saved: an object (partial: merged over the preset), its JSON text, or nothing. */
export type RulesSource = () => unknown;

/**
 * A reader that turns what `source` returns into the rule set in force, once per distinct saved
 * value (a range of 100,000 cells, or 100,000 single-cell formulas recalculating, read the
 * settings each time). `toRules` reads the saved value; by default it is a rule set as above.
 */
export function createRulesReader(source: RulesSource, toRules: (raw: unknown) => RuleSet = rulesOf): () => RuleSet {
  let lastRaw: unknown = undefined;
  let lastRules: RuleSet = XIANGYIN_2020;
  return () => {
    let raw: unknown;
    try {
      raw = source();
    } catch {
      return XIANGYIN_2020;
    }
    if (raw === lastRaw) return lastRules;
    let rules: RuleSet;
    try {
      rules = toRules(raw);
    } catch {
      rules = XIANGYIN_2020;
    }
    lastRaw = raw;
    lastRules = rules;
    return rules;
  };
}

/** A saved rule set: validated and merged over the preset; the preset when unusable. */
export function rulesOf(raw: unknown): RuleSet {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return XIANGYIN_2020;
    }
  }
  if (value === null || value === undefined) return XIANGYIN_2020;
  const checked = validateRuleSet(value);
  return checked.ok ? checked.rules : XIANGYIN_2020;
}
