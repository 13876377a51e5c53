/**
 * Reads the 规则设置 sheet into the rule set in force, the ledger sheet and the column mapping. A
 * bad value is a warning naming its cell and what it may be, and that one setting keeps its
 * default; nothing else is discarded.
 */
import { cellAddress, type CellValue } from '../cells';
import type { Concept } from '../ledger/concepts';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';
import type { Problem } from '../problems';
import { XIANGYIN_2020, type RuleSet } from './ruleSet';
import { formatSettingValue, normalizeLabel, SETTINGS_HEADER, settingRowByLabel, settingRowsFor, TIER_FIELDS, valueAt, type SettingFormat, type SettingRow } from './ruleSettings';
import { validateRuleSet } from './validateRuleSet';

/** Where a setting's value cell is: 1-based sheet row and column. */
export interface SettingCell {
  row: number;
  col: number;
}

export interface RuleSettings {
  rules: RuleSet;
  /** The ledger sheet named in the sheet; null = find it by looking. */
  ledgerSheet: string | null;
  /** Concept → the column as written (a header text, a column letter, or 无). */
  columns: Partial<Record<Concept, string>>;
  /** Each setting's value cell, by path: where the pane writes an edit. */
  cells: Record<string, SettingCell>;
  /** The header row (1-based), null when the sheet has none. */
  headerRow: number | null;
  problems: Problem[];
}

const SPLIT_WORDS = /[、，,；;\n]+/;

/** A cell's text as compared (see normalizeLabel); '' for blanks and dates. */
function clean(value: CellValue | undefined): string {
  return value === null || value === undefined || value instanceof Date ? '' : normalizeLabel(String(value));
}

function shown(value: CellValue): string {
  if (value instanceof Date) return '日期';
  return typeof value === 'string' ? `“${value.trim()}”` : String(value);
}

type Warn = (code: string, message: string, at?: SettingCell, setting?: string) => void;

type Read = { ok: true; value: unknown } | { ok: false; expected: string };

/** A value cell as the rule set's value; text that should be a number stays text for the validator to name. */
function readValue(format: SettingFormat, value: CellValue, numberFormat: string | null): Read {
  const text = typeof value === 'string' ? value.normalize('NFKC').trim() : '';
  switch (format.kind) {
    case 'int':
    case 'number':
    case 'percent': {
      if (typeof value === 'number') {
        // A cell formatted as a percentage holds 0.6 for what it shows as 60%.
        const n = format.kind === 'percent' && numberFormat !== null && numberFormat.includes('%') ? Math.round(value * 1e9) / 1e7 : value;
        return { ok: true, value: n };
      }
      const n = Number(text.replace(/%$/, ''));
      return { ok: true, value: text !== '' && Number.isFinite(n) ? n : value };
    }
    case 'bool':
      if (typeof value === 'boolean') return { ok: true, value };
      if (['是', '对', 'true', 'TRUE', '√'].includes(text)) return { ok: true, value: true };
      if (['否', '不', 'false', 'FALSE', '×'].includes(text)) return { ok: true, value: false };
      return { ok: false, expected: '是 或 否' };
    case 'choice': {
      const hit = format.choices.find(([word, v]) => word === text || v === text);
      return hit ? { ok: true, value: hit[1] } : { ok: false, expected: format.choices.map(([w]) => w).join(' 或 ') };
    }
    case 'words':
      return { ok: true, value: text.split(SPLIT_WORDS).map((w) => w.trim()).filter((w) => w !== '') };
    case 'text':
    case 'optionalText':
      return typeof value === 'number' ? { ok: true, value: String(value) } : { ok: true, value: text };
  }
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: Record<string, unknown> = target;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    const next = at[key];
    if (typeof next !== 'object' || next === null) at[key] = /^\d+$/.test(keys[i + 1]) ? [] : {};
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]] = value;
}

function deleteAt(target: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  const parent = valueAt(target, keys.slice(0, -1).join('.'));
  if (typeof parent === 'object' && parent !== null) delete (parent as Record<string, unknown>)[keys[keys.length - 1]];
}

/**
 * The settings written in a 规则设置 sheet. The header (设置项 | 值 | 说明 | 默认值) may sit anywhere
 * in the first rows; rows below it name a setting in 设置项 and give it in 值. A blank 值 keeps the
 * default. The repeating rows replace the preset's as a whole: the sources listed are the sources
 * with a default time limit, the tiers listed are the bonus tiers (a tier's missing field is the
 * preset's tier's, or the tier is dropped with a warning when the preset has no such tier).
 *
 * @example
 * const sheet = { name: '规则设置', origin: { row: 1, col: 1 }, values: [['设置项', '值'], ['黄色督办单：时限后天数', 3]] };
 * readRuleSettings(sheet).rules.escalation.yellowAfterDays // → 3
 * readRuleSettings({ ...sheet, values: [['设置项', '值'], ['黄色督办单：时限后天数', -1]] }).problems[0].message
 * // → '「黄色督办单：时限后天数」必须是 0 到 365 之间的整数（当前：-1），已改用默认值 5'
 */
export function readRuleSettings(sheet: SheetSnapshot): RuleSettings {
  const problems: Problem[] = [];
  const { origin, values } = sheet;
  const warn: Warn = (code, message, at, setting) => {
    const p: Problem = { severity: 'warning', code, message, sheet: sheet.name };
    if (at) Object.assign(p, { cell: cellAddress(at.row, at.col), row: at.row });
    if (setting) p.setting = setting;
    problems.push(p);
  };

  const headerIndex = values.findIndex((r) => r.some((v) => clean(v) === SETTINGS_HEADER[0]) && r.some((v) => clean(v) === SETTINGS_HEADER[1]));
  const empty: RuleSettings = { rules: XIANGYIN_2020, ledgerSheet: null, columns: {}, cells: {}, headerRow: null, problems };
  if (headerIndex < 0) {
    if (values.some((r) => r.some((v) => clean(v) !== ''))) {
      warn('settings.no-header', `工作表「${sheet.name}」没有“设置项 | 值”表头，其中的设置都未使用，规则按预设“${XIANGYIN_2020.name}”`);
    }
    return empty;
  }
  const header = values[headerIndex];
  const labelCol = header.findIndex((v) => clean(v) === SETTINGS_HEADER[0]);
  const valueCol = header.findIndex((v) => clean(v) === SETTINGS_HEADER[1]);

  const input: Record<string, unknown> = {};
  const rowsByPath = new Map<string, SettingRow>();
  const cells: Record<string, SettingCell> = {};
  let ledgerSheet: string | null = null;
  const columns: Partial<Record<Concept, string>> = {};
  for (let i = headerIndex + 1; i < values.length; i++) {
    const label = clean(values[i][labelCol]);
    if (label === '') continue;
    const at: SettingCell = { row: origin.row + i, col: origin.col + valueCol };
    const found = settingRowByLabel(label);
    if (found === null) {
      // Group headings (一、办理时限) are the sheet's own layout, not settings.
      if (!/^[一二三四五六七八九十]+、/.test(label)) warn('settings.unknown', `设置项「${String(values[i][labelCol]).trim()}」不认识，已忽略`, { row: at.row, col: origin.col + labelCol });
      continue;
    }
    if (rowsByPath.has(found.path)) {
      warn('settings.duplicate', `设置项「${found.label}」重复，只用第 ${cells[found.path].row} 行的`, at, found.path);
      continue;
    }
    rowsByPath.set(found.path, found);
    cells[found.path] = at;
    const raw = values[i][valueCol] ?? null;
    if (clean(raw) === '') continue;
    const read = readValue(found.format, raw, sheet.numberFormats?.[i]?.[valueCol] ?? null);
    if (!read.ok) {
      warn('settings.invalid', `「${found.label}」应为 ${read.expected}（当前：${shown(raw)}），已改用默认值 ${defaultShown(found)}`, at, found.path);
      continue;
    }
    if (found.path === 'ledgerSheet') ledgerSheet = read.value as string;
    else if (found.path.startsWith('columns.')) columns[found.path.slice('columns.'.length) as Concept] = read.value as string;
    else setAt(input, found.path, read.value);
  }

  completeTiers(input, rowsByPath, cells, warn);
  const rules = validateDroppingBad(input, rowsByPath, cells, warn);
  return { rules, ledgerSheet, columns, cells, headerRow: origin.row + headerIndex, problems };
}

function defaultShown(row: SettingRow): string {
  const value = formatSettingValue(row.format, valueAt(XIANGYIN_2020, row.path));
  return value === null || value === '' ? '（空白）' : String(value);
}

/**
 * Tiers listed in the sheet, each checked on its own: a missing or refused field is the preset's
 * tier's of that number; without one, the tier is left out, with a warning.
 */
function completeTiers(
  input: Record<string, unknown>,
  rowsByPath: Map<string, SettingRow>,
  cells: Record<string, SettingCell>,
  warn: Warn,
): void {
  const listed = [...rowsByPath.keys()].map((p) => /^scoring\.bonuses\.(\d+)\./.exec(p)?.[1]).filter((n): n is string => n !== undefined);
  const tiers = [...new Set(listed.map(Number))].sort((a, b) => a - b);
  if (tiers.length === 0) return;
  const kept: Record<string, unknown>[] = [];
  for (const i of tiers) {
    const tier = { ...((valueAt(input, `scoring.bonuses.${i}`) ?? {}) as Record<string, unknown>) };
    const preset = XIANGYIN_2020.scoring.bonuses[i] as Record<string, unknown> | undefined;
    const check = validateRuleSet({ scoring: { bonuses: [tier] } });
    const refused = check.ok ? [] : check.problems.filter((p) => p.severity === 'error');
    for (const p of refused) {
      const key = (p.setting ?? '').split('.')[3];
      const path = `scoring.bonuses.${i}.${key}`;
      if (tier[key] === undefined) continue; // missing: reported below
      const row = rowsByPath.get(path) as SettingRow;
      const fallback = preset === undefined ? '，此档未使用' : `，已改用默认值 ${defaultShown(row)}`;
      warn('settings.invalid', `${labelled(p.message.replace(/^设置 /, ''), rowsByPath)}${fallback}`, cells[path], path);
      delete tier[key];
    }
    const missing = TIER_FIELDS.filter((f) => tier[f.key] === undefined);
    if (missing.length > 0 && preset === undefined) {
      if (refused.length === 0 || missing.some((f) => !rowsByPath.has(`scoring.bonuses.${i}.${f.key}`))) {
        const first = TIER_FIELDS.map((f) => cells[`scoring.bonuses.${i}.${f.key}`]).find((c) => c !== undefined);
        warn('settings.tier-incomplete', `加分档${i + 1}缺少 ${missing.map((f) => f.label).join('、')}，预设中也没有这一档，此档未使用`, first, `scoring.bonuses.${i}`);
      }
      continue;
    }
    kept.push({ ...preset, ...tier });
  }
  setAt(input, 'scoring.bonuses', kept);
}

/**
 * Validates the written rules; each setting the validator refuses is dropped (back to its
 * default) with a warning on its cell, and the rest validated again. Only the validator's errors
 * drop anything; its warnings are passed on.
 */
function validateDroppingBad(input: Record<string, unknown>, rowsByPath: Map<string, SettingRow>, cells: Record<string, SettingCell>, warn: Warn): RuleSet {
  for (let round = 0; round <= rowsByPath.size; round++) {
    const result = validateRuleSet(input);
    if (result.ok) {
      for (const p of result.problems) warn(p.code, labelled(p.message, rowsByPath), p.setting === undefined ? undefined : cells[p.setting], p.setting);
      return result.rules;
    }
    let dropped = 0;
    for (const p of result.problems.filter((q) => q.severity === 'error')) {
      const path = settingPath(p.setting ?? '', rowsByPath, input);
      if (path === null) continue;
      const row = rowsByPath.get(path) as SettingRow;
      const fallback = valueAt(XIANGYIN_2020, path) === undefined ? '，此项未使用' : `，已改用默认值 ${defaultShown(row)}`;
      warn('settings.invalid', `${labelled(p.message.replace(/^设置 /, ''), rowsByPath)}${fallback}`, cells[path], path);
      deleteAt(input, path);
      dropped++;
    }
    // Nothing the sheet wrote is to blame: the preset's defaults always validate.
    if (dropped === 0) break;
  }
  return XIANGYIN_2020;
}

/** Rules checked against each other: the validator names the first; the second is the other one written. */
const PARTNERS: Readonly<Record<string, string>> = {
  'ledger.latestYear': 'ledger.earliestYear',
  'ledger.rejectedStatuses': 'ledger.doneStatuses',
  'scoring.admonitionReds': 'scoring.criticismReds',
  'bonus.tier3MinSharePercent': 'bonus.tier1MaxSharePercent',
};

/** The sheet's setting a validator path falls under (a source, a rule whose partner is to blame), or null. */
function settingPath(path: string, rowsByPath: Map<string, SettingRow>, input: Record<string, unknown>): string | null {
  for (let p = path; p !== ''; p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '') {
    if (rowsByPath.has(p) && valueAt(input, p) !== undefined) return p;
  }
  const partner = PARTNERS[path];
  return partner !== undefined && valueAt(input, partner) !== undefined ? partner : null;
}


/** The validator's message with each dotted path written as the sheet's label. */
function labelled(message: string, rowsByPath: Map<string, SettingRow>): string {
  const labels = new Map([...settingRowsFor(XIANGYIN_2020), ...rowsByPath.values()].map((r) => [r.path, r.label]));
  const paths = [...labels.keys()].sort((a, b) => b.length - a.length);
  let out = message;
  for (const p of paths) out = out.split(p).join(`「${labels.get(p) as string}」`);
  return out.replace(/ ?「/g, '「').replace(/」 ?/g, '」');
}
