import type { Problem } from '../problems';
import { XIANGYIN_2020, type RuleSet } from './ruleSet';

/**
 * Checks a rule set read from settings (JSON, a settings sheet, the task pane) and merges it over
 * the 湘阴2020 preset, so a county only writes the numbers it changes. Every invalid field is a
 * Problem naming its dotted path; unknown fields are warnings so a typo does not silently leave
 * the default in force.
 */
export type RuleSetValidation =
  | { ok: true; rules: RuleSet; /** Warnings only (unknown fields, doubtful combinations). */ problems: Problem[] }
  | { ok: false; problems: Problem[] };

type Schema =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'bool' }
  | { kind: 'text' }
  | { kind: 'textOrNull' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'texts' }
  /** Open record name → integer: replaces the default as a whole. */
  | { kind: 'intRecord'; min: number; max: number }
  /** Fixed-key object: merged key by key over the default. */
  | { kind: 'object'; fields: Readonly<Record<string, Schema>> }
  /** List of fixed-key objects: replaces the default; every element needs every field. */
  | { kind: 'list'; element: Readonly<Record<string, Schema>> };

const int = (min: number, max: number): Schema => ({ kind: 'int', min, max });
const num = (min: number, max: number): Schema => ({ kind: 'number', min, max });
const bool: Schema = { kind: 'bool' };
const text: Schema = { kind: 'text' };
const percent = num(0, 100);
const days = int(0, 365);

const SCHEMA: Schema = {
  kind: 'object',
  fields: {
    name: text,
    deadlines: {
      kind: 'object',
      fields: {
        defaultWorkingDaysBySource: { kind: 'intRecord', min: 1, max: 365 },
        ledgerDefaultSource: { kind: 'textOrNull' },
        rollDeadlineToWorkingDay: bool,
        rejectLateExtensions: bool,
      },
    },
    escalation: {
      kind: 'object',
      fields: {
        yellowAfterDays: days,
        redAfterYellowDays: days,
        redRepeatDays: days,
        dayKind: { kind: 'enum', values: ['calendar', 'working'] },
        rollIssueToWorkingDay: bool,
        dueSoonWorkingDays: int(0, 30),
      },
    },
    ledger: {
      kind: 'object',
      fields: {
        leadUnitIsSupervised: bool,
        doneStatuses: { kind: 'texts' },
        rejectedStatuses: { kind: 'texts' },
        longTermWords: { kind: 'texts' },
        // 9999 is the 长期 placeholder year, and date arithmetic must stay inside 9999.
        earliestYear: int(1900, 9998),
        latestYear: int(1900, 9998),
        maxUnitsPerCell: int(1, 10_000),
      },
    },
    notices: {
      kind: 'object',
      fields: {
        numberPrefix: text,
        office: text,
        signatory: { kind: 'object', fields: { blue: text, yellow: text, red: text } },
        maxPerRun: int(1, 1_000_000),
        maxAgeYears: int(1, 100),
      },
    },
    scoring: {
      kind: 'object',
      fields: {
        points: { kind: 'object', fields: { blue: num(-100, 0), yellow: num(-100, 0), red: num(-100, 0) } },
        bonuses: {
          kind: 'list',
          element: {
            minItems: int(0, 100_000),
            noColor: { kind: 'enum', values: ['yellow', 'red'] },
            points: num(0, 100),
            excellenceQuotaPercent: percent,
          },
        },
        criticismReds: int(1, 100),
        admonitionReds: int(1, 100),
        shortlistEligibility: bool,
      },
    },
    bonus: {
      kind: 'object',
      fields: {
        basePercent: percent,
        tier1MaxSharePercent: percent,
        tier1UpliftPercent: percent,
        tier3MinSharePercent: percent,
        tier3CutPercent: num(-30, -20),
        adjustmentBase: { kind: 'enum', values: ['tiered', 'whole'] },
        twoTierBelowHeadcount: int(0, 100_000),
      },
    },
  },
};

/**
 * Settings as the user wrote them → the rule set to run with, or the problems that stop the run
 * (see RuleSetValidation).
 *
 * @example
 * const v = validateRuleSet({ escalation: { yellowAfterDays: 3 } });
 * v.ok && [v.rules.escalation.yellowAfterDays, v.rules.escalation.redAfterYellowDays] // → [3, 10] (10 from the preset)
 * validateRuleSet({ escalation: { yellowAfterDays: -1 } }).ok // → false
 */
export function validateRuleSet(input: unknown): RuleSetValidation {
  const problems: Problem[] = [];
  const merged = mergeValue(XIANGYIN_2020, input === undefined || input === null ? {} : input, SCHEMA, '', problems);
  if (!problems.some((p) => p.severity === 'error')) checkCombinations(merged as RuleSet, problems);
  if (problems.some((p) => p.severity === 'error')) return { ok: false, problems };
  return { ok: true, rules: merged as RuleSet, problems };
}

function mergeValue(fallback: unknown, value: unknown, schema: Schema, path: string, problems: Problem[]): unknown {
  if (value === undefined) {
    if (fallback === undefined) {
      problems.push(error(path, `设置 ${path} 缺失`));
      return undefined;
    }
    return cloneValue(fallback);
  }
  switch (schema.kind) {
    case 'object':
      return mergeObject(fallback as Record<string, unknown> | undefined, value, schema.fields, path, problems);
    case 'list':
      return mergeList(value, schema.element, path, problems);
    case 'intRecord':
      return checkIntRecord(value, schema.min, schema.max, path, problems);
    case 'texts':
      return checkTexts(value, path, problems);
    default:
      if (!leafIsValid(value, schema)) problems.push(error(path, leafMessage(path, schema, value)));
      return value;
  }
}

function mergeObject(
  fallback: Record<string, unknown> | undefined,
  value: unknown,
  fields: Readonly<Record<string, Schema>>,
  path: string,
  problems: Problem[],
): Record<string, unknown> {
  if (!isPlainObject(value)) {
    const what = path === '' ? '规则设置' : `设置 ${path} `;
    problems.push(error(path, `${what}必须是一组设置（对象）（当前：${show(value)}）`));
    return {};
  }
  const known = Object.keys(fields);
  for (const key of Object.keys(value)) {
    if (Object.prototype.hasOwnProperty.call(fields, key)) continue;
    const keyPath = join(path, key);
    const guess = closestName(key, known);
    const hint = guess === null ? '' : `：是否应为 ${join(path, guess)}？`;
    problems.push({
      severity: 'warning',
      code: 'rules.unknown-setting',
      message: `未知设置 ${keyPath}（已忽略，请检查拼写）${hint}`,
      setting: keyPath,
    });
  }
  const out: Record<string, unknown> = {};
  for (const key of known) {
    out[key] = mergeValue(fallback?.[key], value[key], fields[key], join(path, key), problems);
  }
  return out;
}

function mergeList(value: unknown, element: Readonly<Record<string, Schema>>, path: string, problems: Problem[]): unknown[] {
  if (!Array.isArray(value)) {
    problems.push(error(path, `设置 ${path} 必须是列表（当前：${show(value)}）`));
    return [];
  }
  return value.map((entry, i) => mergeObject(undefined, entry, element, join(path, String(i)), problems));
}

function checkIntRecord(value: unknown, min: number, max: number, path: string, problems: Problem[]): Record<string, number> {
  if (!isPlainObject(value)) {
    problems.push(error(path, `设置 ${path} 必须是“名称 → 整数”的对照表（当前：${show(value)}）`));
    return {};
  }
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(value)) {
    const name = key.trim();
    if (name === '') {
      problems.push(error(path, `设置 ${path} 中有空白的名称`));
      continue;
    }
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      problems.push(error(join(path, key), `设置 ${join(path, key)} 必须是 ${min} 到 ${max} 之间的整数（当前：${show(n)}）`));
      continue;
    }
    out[name] = n;
  }
  return out;
}

function checkTexts(value: unknown, path: string, problems: Problem[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(error(path, `设置 ${path} 必须是文字列表（当前：${show(value)}）`));
    return [];
  }
  value.forEach((word, i) => {
    if (typeof word !== 'string' || word.trim() === '') {
      problems.push(error(join(path, String(i)), `设置 ${join(path, String(i))} 必须是非空文字（当前：${show(word)}）`));
    }
  });
  return value.filter((w): w is string => typeof w === 'string').map((w) => w.trim());
}

function leafIsValid(value: unknown, schema: Schema): boolean {
  switch (schema.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && value >= schema.min && value <= schema.max;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= schema.min && value <= schema.max;
    case 'bool':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string' && value.trim() !== '';
    case 'textOrNull':
      return value === null || (typeof value === 'string' && value.trim() !== '');
    case 'enum':
      return typeof value === 'string' && schema.values.includes(value);
    default:
      return false;
  }
}

function leafMessage(path: string, schema: Schema, value: unknown): string {
  const now = `（当前：${show(value)}）`;
  switch (schema.kind) {
    case 'int':
      return `设置 ${path} 必须是 ${schema.min} 到 ${schema.max} 之间的整数${now}`;
    case 'number':
      return `设置 ${path} 必须是 ${schema.min} 到 ${schema.max} 之间的数${now}`;
    case 'bool':
      return `设置 ${path} 必须是 true 或 false${now}`;
    case 'text':
      return `设置 ${path} 必须是非空文字${now}`;
    case 'textOrNull':
      return `设置 ${path} 必须是非空文字或 null${now}`;
    case 'enum':
      return `设置 ${path} 必须是 ${schema.values.join(' 或 ')}${now}`;
    default:
      return `设置 ${path} 无效${now}`;
  }
}

/** Rules between fields, checked once every field is valid on its own. */
function checkCombinations(rules: RuleSet, problems: Problem[]): void {
  const done = new Set(rules.ledger.doneStatuses);
  const both = rules.ledger.rejectedStatuses.filter((w) => done.has(w));
  if (both.length > 0) {
    problems.push(
      error('ledger.rejectedStatuses', `设置 ledger.rejectedStatuses 与 ledger.doneStatuses 不能含相同的词（重复：${both.join('、')}）`),
    );
  }
  const { earliestYear, latestYear } = rules.ledger;
  if (latestYear < earliestYear) {
    problems.push(error('ledger.latestYear', `设置 ledger.latestYear 不能小于 ledger.earliestYear（当前：${latestYear} < ${earliestYear}）`));
  }
  if (rules.scoring.admonitionReds < rules.scoring.criticismReds) {
    problems.push(
      error(
        'scoring.admonitionReds',
        `设置 scoring.admonitionReds 不能小于 scoring.criticismReds（当前：${rules.scoring.admonitionReds} < ${rules.scoring.criticismReds}）`,
      ),
    );
  }
  const shares = rules.bonus.tier1MaxSharePercent + rules.bonus.tier3MinSharePercent;
  if (shares > 100) {
    problems.push(
      error(
        'bonus.tier3MinSharePercent',
        `设置 bonus.tier1MaxSharePercent 与 bonus.tier3MinSharePercent 之和不能超过 100（当前：${shares}）`,
      ),
    );
  }
  const source = rules.deadlines.ledgerDefaultSource;
  if (source !== null && !Object.prototype.hasOwnProperty.call(rules.deadlines.defaultWorkingDaysBySource, source)) {
    problems.push({
      severity: 'warning',
      code: 'rules.default-source-without-days',
      message: `设置 deadlines.ledgerDefaultSource 为“${source}”，但 deadlines.defaultWorkingDaysBySource 中没有该来源的默认工作日数：未写时限的事项将无法推算时限`,
      setting: 'deadlines.ledgerDefaultSource',
    });
  }
}

function error(setting: string, message: string): Problem {
  return setting === ''
    ? { severity: 'error', code: 'rules.invalid', message }
    : { severity: 'error', code: 'rules.invalid', message, setting };
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cloneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneValue);
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cloneValue(v);
    return out;
  }
  return value;
}

function show(value: unknown): string {
  if (value === undefined) return '未填';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `“${value}”`;
  if (value === null) return 'null';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** A known field name within two edits of a typo, if exactly one is that close. */
function closestName(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  let tie = false;
  const lower = key.toLowerCase();
  for (const name of known) {
    const d = editDistance(lower, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return tie ? null : best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
