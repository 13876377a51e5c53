import { EXCEL_MAX_COLUMNS } from '../core/cells';
import { CONCEPTS, type Concept } from '../core/ledger/concepts';
import type { Problem } from '../core/problems';
import { validateRuleSet, XIANGYIN_2020, type RuleSet } from '../core/rules';
import { MAX_SHEET_NAME } from '../sheets/makeSheetName';
import type { ColumnChoices } from './resolveColumns';

/**
 * The add-in's settings: which sheet is the ledger, the user's corrections to the column mapping,
 * the rule numbers. They live in the workbook's 规则设置 sheet (src/app/workbookSettings); this
 * module has their type and reads what earlier versions stored as JSON in the document settings,
 * so it can be moved into that sheet once.
 */
export const SETTINGS_KEY = 'duban.settings';
const SETTINGS_VERSION = 1;

/** The settings in force. */
export interface Settings {
  /** The ledger sheet; null = found by looking. */
  ledgerSheet: string | null;
  /**
   * The user's corrections to the detected mapping: concept → a header text, column letters or 无
   * as the 规则设置 sheet writes them, or a 1-based column (0 = not mapped) as earlier versions saved them.
   */
  columns: ColumnChoices;
  /** The rule set in force: the preset merged with the saved rule changes. */
  rules: RuleSet;
}

/** What the pane saves: the sheet it colored and the corrections made there. The saved rules stay as they are. */
export type SettingsUpdate = { ledgerSheet: string; columns: ColumnChoices };

/** Nothing saved: detect the ledger, no corrections, the 湘阴2020 rules. */
export const DEFAULT_SETTINGS: Settings = { ledgerSheet: null, columns: {}, rules: XIANGYIN_2020 };

/** The stored JSON: only what differs from the defaults, the rules as the user wrote them. */
interface StoredSettings {
  version: typeof SETTINGS_VERSION;
  ledgerSheet?: string;
  columns?: Partial<Record<Concept, number>>;
  rules?: unknown;
}

const KNOWN = new Set(['version', 'ledgerSheet', 'columns', 'rules']);
/** Fields earlier versions could store and nothing reads any more: ignored without a word. */
const RETIRED = new Set(['sheetNames']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const problem = (severity: Problem['severity'], code: string, setting: string, message: string): Problem => ({ severity, code, setting, message });

/** A sheet name Excel accepts (see makeSheetName for the rules; length in UTF-16 units, as Excel counts). */
function isSheetName(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '' && v.length <= MAX_SHEET_NAME && !/[[\]:*?/\\]/.test(v) && !/^'|'$/.test(v);
}

/**
 * Reads stored settings (JSON text, an object, or nothing). Missing settings are the defaults,
 * silently. Unreadable ones (not JSON, not an object, another version) fall back to the defaults
 * as a whole; an invalid field falls back alone. Each fallback is a Problem naming the setting,
 * so the user learns what was ignored.
 *
 * @example
 * parseSettings('{"version":1,"ledgerSheet":"台账","columns":{"deadline":6}}').settings
 * // { ledgerSheet: '台账', columns: { deadline: 6 }, rules: XIANGYIN_2020 }
 */
export function parseSettings(stored: unknown): { settings: Settings; problems: Problem[] } {
  const { stored: clean, rules, problems } = readStored(stored);
  return { settings: { ledgerSheet: clean.ledgerSheet ?? null, columns: clean.columns ?? {}, rules }, problems };
}

function readStored(raw: unknown): { stored: StoredSettings; rules: RuleSet; problems: Problem[] } {
  const defaults = (problems: Problem[]) => ({ stored: { version: SETTINGS_VERSION } as StoredSettings, rules: XIANGYIN_2020, problems });
  if (raw === undefined || raw === null) return defaults([]);
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw) as unknown;
    } catch {
      return defaults([problem('warning', 'settings.corrupt', SETTINGS_KEY, '工作簿中保存的设置已损坏（不是有效的 JSON），已改用默认设置')]);
    }
  }
  if (!isPlainObject(raw)) {
    return defaults([problem('warning', 'settings.corrupt', SETTINGS_KEY, '工作簿中保存的设置已损坏（不是一组设置），已改用默认设置')]);
  }
  if (raw.version !== SETTINGS_VERSION) {
    const shown = raw.version === undefined ? '缺失' : JSON.stringify(raw.version);
    return defaults([
      problem('warning', 'settings.version', 'version', `工作簿中保存的设置版本为 ${shown}，本程序只认版本 ${SETTINGS_VERSION}，已改用默认设置`),
    ]);
  }

  const problems: Problem[] = [];
  const settings: StoredSettings = { version: SETTINGS_VERSION };
  for (const key of Object.keys(raw)) {
    if (!KNOWN.has(key) && !RETIRED.has(key)) problems.push(problem('warning', 'settings.unknown', key, `未知设置 ${key}，已忽略`));
  }

  if (raw.ledgerSheet !== undefined) {
    if (isSheetName(raw.ledgerSheet)) settings.ledgerSheet = raw.ledgerSheet;
    else problems.push(problem('warning', 'settings.invalid', 'ledgerSheet', `设置 ledgerSheet（台账工作表）不是有效的工作表名称：${JSON.stringify(raw.ledgerSheet)}，已忽略`));
  }

  if (raw.columns !== undefined) {
    if (!isPlainObject(raw.columns)) {
      problems.push(problem('warning', 'settings.invalid', 'columns', '设置 columns（列对应）必须是“列名 → 列号”的对照表，已忽略'));
    } else {
      const columns: Partial<Record<Concept, number>> = {};
      for (const [key, col] of Object.entries(raw.columns)) {
        const setting = `columns.${key}`;
        if (!Object.prototype.hasOwnProperty.call(CONCEPTS, key)) {
          problems.push(problem('warning', 'settings.invalid', setting, `设置 ${setting}：没有名为 ${key} 的台账列，已忽略`));
        } else if (typeof col !== 'number' || !Number.isInteger(col) || col < 0 || col > EXCEL_MAX_COLUMNS) {
          const label = CONCEPTS[key as Concept].label;
          problems.push(problem('warning', 'settings.invalid', setting, `设置 ${setting}（${label}）的列号必须是 0 到 ${EXCEL_MAX_COLUMNS} 之间的整数（当前：${JSON.stringify(col)}），已忽略`));
        } else {
          columns[key as Concept] = col;
        }
      }
      if (Object.keys(columns).length > 0) settings.columns = columns;
    }
  }

  let rules = XIANGYIN_2020;
  if (raw.rules !== undefined) {
    const checked = validateRuleSet(raw.rules);
    const nested = checked.problems.map((p) => ({ ...p, setting: p.setting ? `rules.${p.setting}` : 'rules' }));
    problems.push(...nested);
    if (checked.ok) {
      settings.rules = raw.rules;
      rules = checked.rules;
    } else {
      problems.push(problem('warning', 'settings.invalid', 'rules', '工作簿中保存的规则设置有误（见上），已改用默认规则（湘阴2020）'));
    }
  }
  return { stored: settings, rules, problems };
}
