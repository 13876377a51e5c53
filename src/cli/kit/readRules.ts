import { promises as fs } from 'node:fs';
import type { RuleSet } from '../../core/rules/ruleSet';
import { validateRuleSet } from '../../core/rules/validateRuleSet';
import { errorMessage } from './errorMessage';
import { UsageError } from './usageError';

/**
 * The rule set of `--rules 规则.json`, checked; undefined when the option is not given (the
 * workbook's 规则设置 sheet, else 湘阴2020, applies: see settingsInForce).
 *
 * @example
 * await readRules(undefined) // undefined
 * await readRules('nope.json')
 * // throws UsageError("规则文件无法读取或不是 JSON：nope.json（ENOENT: no such file or directory, open 'nope.json'）")
 */
export async function readRules(file: string | undefined): Promise<RuleSet | undefined> {
  if (!file) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`规则文件无法读取或不是 JSON：${file}（${errorMessage(e)}）`);
  }
  const checked = validateRuleSet(json);
  if (!checked.ok) throw new UsageError(`规则文件 ${file} 有误：${checked.problems.map((p) => p.message).join('；')}`);
  return checked.rules;
}
