/**
 * The rule set the worksheet functions use, from the rules saved in the workbook's settings.
 * A function must always compute, so anything unusable — nothing saved, unreadable JSON, a
 * setting validateRuleSet rejects, a provider that throws — falls back to the 湘阴2020 preset
 * (the task pane reports bad settings; a cell formula has nowhere to show them).
 */
import { XIANGYIN_2020, type RuleSet } from '../core/rules';
import { parseSettings } from '../app/settings';

/** The add-in's saved settings ({ version, rules, … }): an object, its JSON text, or nothing. */
export type RulesSource = () => unknown;

/**
 * A reader that turns what `source` returns into the rule set in force, once per distinct saved
 * value (a range of 100,000 cells, or 100,000 single-cell formulas recalculating, read the
 * settings each time). `toRules` reads the saved value; by default as the task pane reads it.
 */
export function createRulesReader(source: RulesSource, toRules: (raw: unknown) => RuleSet = rulesOfSettings): () => RuleSet {
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

/** The rule set in saved settings, as the task pane reads them (parseSettings): 湘阴2020 unless valid rules are saved. */
export function rulesOfSettings(raw: unknown): RuleSet {
  return parseSettings(raw).settings.rules;
}
