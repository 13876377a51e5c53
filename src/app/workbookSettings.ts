import { columnLetters } from '../core/cells';
import { ALL_CONCEPTS, type Concept } from '../core/ledger/concepts';
import type { Problem } from '../core/problems';
import { readRuleSettings, type RuleSettings } from '../core/rules/readRuleSettings';
import { columnRow, SETTINGS_SHEET, settingRowByLabel, settingRowsFor, type SettingRow } from '../core/rules/ruleSettings';
import { XIANGYIN_2020 } from '../core/rules/ruleSet';
import type { CellModel } from '../sheets/sheetModel';
import { buildSettingsSheet, settingRowCells } from '../sheets/settingsSheet';
import type { LegacySettingsStore, LoadedSettings, SettingsPort } from './ports/settingsPort';
import type { WorkbookPort } from './ports/workbookPort';
import { parseSettings, type Settings } from './settings';

/** The 规则设置 sheet as read, or null when the workbook has none. */
export async function readSettingsSheet(port: WorkbookPort): Promise<RuleSettings | null> {
  const names = (await port.listSheets()).map((s) => s.name);
  if (!names.includes(SETTINGS_SHEET)) return null;
  const [sheet] = await port.readSheets([SETTINGS_SHEET]);
  return readRuleSettings(sheet);
}

const settingsOf = (read: RuleSettings): Settings => ({ ledgerSheet: read.ledgerSheet, columns: read.columns, rules: read.rules });

/** Corrections as the sheet writes them: a column number as its letters, text (a header, 无) as it is. */
function columnText(choice: number | string | undefined): string | null {
  if (choice === undefined) return null;
  if (typeof choice === 'string') return choice;
  return choice === 0 ? '无' : columnLetters(choice);
}

function columnTexts(columns: Settings['columns']): Partial<Record<Concept, string>> {
  const out: Partial<Record<Concept, string>> = {};
  for (const [concept, choice] of Object.entries(columns) as Array<[Concept, number | string]>) {
    const text = columnText(choice);
    if (text !== null) out[concept] = text;
  }
  return out;
}

/** Whether an earlier version saved anything (a sheet, corrections, rules, or something unreadable) in the legacy store. */
function holdsSettings(raw: unknown): boolean {
  if (raw === undefined || raw === null || raw === '') return false;
  const { settings, problems } = parseSettings(raw);
  return settings.ledgerSheet !== null || Object.keys(settings.columns).length > 0 || settings.rules !== XIANGYIN_2020 || problems.length > 0;
}

/**
 * The settings in force, kept in the workbook's 规则设置 sheet, over any WorkbookPort: the task
 * pane, the ribbon and the command line read the same sheet. Without the sheet, the 湘阴2020
 * preset. Settings an earlier version kept in `legacy` (inside Excel the document settings) are
 * moved once into a new 规则设置 sheet at the first load, and the legacy store is emptied; a
 * workbook that cannot take the sheet keeps using them, and the load says why.
 *
 * @example
 * const settings = createWorkbookSettings(port);
 * (await settings.load()).settings.rules.escalation.yellowAfterDays // → 5 without a 规则设置 sheet
 */
export function createWorkbookSettings(port: WorkbookPort, legacy?: LegacySettingsStore): SettingsPort {
  async function migrate(): Promise<LoadedSettings | null> {
    const raw = legacy?.read();
    if (legacy === undefined || !holdsSettings(raw)) return null;
    const parsed = parseSettings(raw);
    const settings = parsed.settings;
    // What the earlier version could not read (refused rules, corrupt text) stays where it is, reported at each
    // load, rather than be replaced in a new sheet by the preset's.
    const unreadable = parsed.problems.some((p) => p.severity === 'error' || p.code === 'settings.corrupt' || p.code === 'settings.version');
    if (unreadable) return { settings, problems: parsed.problems, source: 'legacy' };
    try {
      await port.addSheet(buildSettingsSheet({ rules: settings.rules, ledgerSheet: settings.ledgerSheet, columns: columnTexts(settings.columns) }));
      await legacy.clear();
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      const kept: Problem = { severity: 'warning', code: 'settings.not-migrated', message: `旧版保存的设置未能移到「${SETTINGS_SHEET}」工作表，暂按旧设置办理：${reason}` };
      return { settings, problems: [...parsed.problems, kept], source: 'legacy' };
    }
    const moved: Problem = {
      severity: 'warning',
      code: 'settings.migrated',
      sheet: SETTINGS_SHEET,
      message: `本工作簿以前保存的规则与列映射已移到新建的「${SETTINGS_SHEET}」工作表，今后在该表中查看和修改`,
    };
    return { settings, problems: [...parsed.problems, moved], source: 'sheet' };
  }

  return {
    async load() {
      const read = await readSettingsSheet(port);
      if (read !== null) {
        // A sheet someone copied in wins; what is left in the legacy store is no longer read.
        if (legacy !== undefined && holdsSettings(legacy.read())) await legacy.clear().catch(() => undefined);
        return { settings: settingsOf(read), problems: read.problems, source: 'sheet' };
      }
      return (await migrate()) ?? { settings: { ledgerSheet: null, columns: {}, rules: XIANGYIN_2020 }, problems: [], source: 'preset' };
    },

    async save(update) {
      const read = await readSettingsSheet(port);
      const columns = columnTexts(update.columns);
      if (read === null || read.headerRow === null) {
        if (read !== null) throw new Error(`「${SETTINGS_SHEET}」工作表没有“设置项 | 值”表头，无法保存；请补上表头，或删除该表后重试`);
        await port.addSheet(buildSettingsSheet({ rules: XIANGYIN_2020, ledgerSheet: update.ledgerSheet, columns }));
        return;
      }
      const wanted: Array<[SettingRow, string | null]> = [
        [settingRowByLabel('台账工作表') as SettingRow, update.ledgerSheet],
        ...ALL_CONCEPTS.map((c): [SettingRow, string | null] => [columnRow(c), columns[c] ?? null]),
      ];
      await writeRows(port, read, wanted.filter(([row, value]) => read.cells[row.path] !== undefined || value !== null));
    },
  };
}

/**
 * Writes values into the sheet: a row it has gets its 值 cell set, a row it lacks is added at the
 * bottom (设置项 | 值 | 说明 | 默认值), so a user's own layout and notes are never rewritten.
 */
async function writeRows(port: WorkbookPort, read: RuleSettings, rows: ReadonlyArray<readonly [SettingRow, string | number | null]>): Promise<void> {
  const set = rows.filter(([row]) => read.cells[row.path] !== undefined).map(([row, value]) => ({ ...read.cells[row.path], value }));
  const added: CellModel[][] = rows
    .filter(([row]) => read.cells[row.path] === undefined)
    .map(([row, value]) => settingRowCells(row, value));
  if (set.length > 0) await port.setCells(SETTINGS_SHEET, set);
  if (added.length > 0) await port.appendRows(SETTINGS_SHEET, added, buildSettingsSheet({ rules: XIANGYIN_2020, ledgerSheet: null, columns: {} }));
}

/** What an edit of one setting came to: the settings now in force, or why the value was refused (nothing written). */
export type SettingChange = { ok: true; read: RuleSettings } | { ok: false; message: string };

/** A value as typed into the pane, as the cell should hold it: numbers as numbers, the rest as text. */
function cellValueFor(row: SettingRow, typed: string): string | number | null {
  const text = typed.trim();
  if (text === '') return null;
  const numeric = row.format.kind === 'int' || row.format.kind === 'number' || row.format.kind === 'percent';
  const n = Number(text.normalize('NFKC'));
  return numeric && Number.isFinite(n) ? n : text;
}

/**
 * Sets one setting of the 规则设置 sheet to what the user typed (blank: back to the default),
 * checked first as the sheet will be read: a value that would be refused is refused here, with the
 * same message, and nothing is written. A row the sheet lacks is added at its bottom.
 *
 * @example
 * await changeSetting(port, 'escalation.yellowAfterDays', '3') // { ok: true, read: { rules: { escalation: { yellowAfterDays: 3, … } … } … } }
 * await changeSetting(port, 'escalation.yellowAfterDays', '-1')
 * // { ok: false, message: '「黄色督办单：时限后天数」必须是 0 到 365 之间的整数（当前：-1），已改用默认值 5' }
 */
export async function changeSetting(port: WorkbookPort, path: string, typed: string): Promise<SettingChange> {
  const names = (await port.listSheets()).map((s) => s.name);
  if (!names.includes(SETTINGS_SHEET)) return { ok: false, message: `工作簿中还没有「${SETTINGS_SHEET}」工作表：请先创建规则设置表` };
  const [sheet] = await port.readSheets([SETTINGS_SHEET]);
  const before = readRuleSettings(sheet);
  if (before.headerRow === null) return { ok: false, message: `「${SETTINGS_SHEET}」工作表没有“设置项 | 值”表头，无法修改；请补上表头，或删除该表后重新创建` };
  const row = settingRowAt(path, before);
  if (row === null) return { ok: false, message: `没有“${path}”这一设置` };
  const value = cellValueFor(row, typed);

  // The sheet as it will be, read as it will be read.
  const values = sheet.values.map((r) => [...r]);
  const at = before.cells[path];
  if (at !== undefined) {
    values[at.row - sheet.origin.row][at.col - sheet.origin.col] = value;
  } else {
    const header = values[before.headerRow - sheet.origin.row].map((v) => (typeof v === 'string' ? v.trim() : ''));
    const added: Array<string | number | null> = header.map(() => null);
    added[header.indexOf('设置项')] = row.label;
    added[header.indexOf('值')] = value;
    values.push(added);
  }
  const after = readRuleSettings({ ...sheet, values });
  const refused = after.problems.find((p) => p.setting === path || (p.setting !== undefined && path.startsWith(`${p.setting}.`)));
  if (refused) return { ok: false, message: refused.message };

  await writeRows(port, before, [[row, value]]);
  return { ok: true, read: after };
}

/** The row of `path` in a sheet of `read`'s rules (its sources and tiers included), or null. */
function settingRowAt(path: string, read: RuleSettings): SettingRow | null {
  return settingRowsFor(read.rules).find((r) => r.path === path) ?? null;
}

/**
 * 创建规则设置表: adds the 规则设置 sheet holding the settings in force (the preset, or what was
 * saved before). A workbook that has one is left as it is.
 *
 * @example
 * await createSettingsSheet(port, settings) // { kind: 'created', sheet: '规则设置' }
 */
export async function createSettingsSheet(port: WorkbookPort, settings: Settings): Promise<{ kind: 'created' | 'exists'; sheet: string }> {
  const names = (await port.listSheets()).map((s) => s.name);
  if (names.includes(SETTINGS_SHEET)) return { kind: 'exists', sheet: SETTINGS_SHEET };
  const sheet = await port.addSheet(buildSettingsSheet({ rules: settings.rules, ledgerSheet: settings.ledgerSheet, columns: columnTexts(settings.columns) }));
  return { kind: 'created', sheet };
}
