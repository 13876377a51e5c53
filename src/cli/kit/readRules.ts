import { promises as fs } from 'node:fs';
import { XIANGYIN_2020, type RuleSet } from '../../core/rules/ruleSet';
import { validateRuleSet } from '../../core/rules/validateRuleSet';
import { errorMessage } from './errorMessage';
import { UsageError } from './usageError';

/**
 * The rule set of `--rules 规则.json`, checked; the 湘阴2020 rules when the option is not given.
 *
 * @example
 * await readRules(undefined) // XIANGYIN_2020
 * await readRules('nope.json')
 * // throws UsageError("规则文件无法读取或不是 JSON：nope.json（ENOENT: no such file or directory, open 'nope.json'）")
 */
export async function readRules(file: string | undefined): Promise<RuleSet> {
  if (!file) return XIANGYIN_2020;
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
