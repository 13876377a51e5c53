import type { Problem } from '../../core/problems';
import type { Settings, SettingsUpdate } from '../settings';

/**
 * Where the add-in's settings are kept: inside Excel the document settings (src/office), in
 * tests memory. A parameter of the pane and the ribbon commands.
 */
export interface SettingsPort {
  /** Saved settings (defaults where nothing is saved) and what could not be read, as problems naming the setting. */
  load(): Promise<{ settings: Settings; problems: Problem[] }>;
  /** Saves the ledger sheet and the column corrections; keeps the saved rules. Rejects, naming the setting, when they cannot be saved. */
  save(update: SettingsUpdate): Promise<void>;
}
