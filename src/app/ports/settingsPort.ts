import type { Problem } from '../../core/problems';
import type { Settings, SettingsUpdate } from '../settings';

/** The settings in force, what could not be read (problems naming the cell or setting), and where they came from. */
export interface LoadedSettings {
  settings: Settings;
  problems: Problem[];
  /** The 规则设置 sheet, the preset (no sheet), or an earlier version's store that could not be moved into a sheet. */
  source: 'sheet' | 'preset' | 'legacy';
}

/**
 * Where the add-in's settings are kept: the workbook's 规则设置 sheet (src/app/workbookSettings,
 * over any WorkbookPort). A parameter of the pane and the ribbon commands.
 */
export interface SettingsPort {
  /** The settings in force: the 规则设置 sheet's, else the preset's. */
  load(): Promise<LoadedSettings>;
  /** Saves the ledger sheet and the column corrections into the sheet (creating it when missing); the rules stay. Rejects with a Chinese reason. */
  save(update: SettingsUpdate): Promise<void>;
}

/**
 * Settings an earlier version kept outside the cells (inside Excel the document settings): read
 * once to move them into a 规则设置 sheet, then emptied.
 */
export interface LegacySettingsStore {
  /** What is stored: JSON text, an object, or nothing. */
  read(): unknown;
  clear(): Promise<void>;
}
