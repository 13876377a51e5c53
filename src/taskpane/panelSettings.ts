import type { Concept } from '../core/ledger/concepts';
import type { Problem } from '../core/problems';
import type { RuleSet } from '../core/rules/ruleSet';

/** What the pane remembers in the document between sessions (and the ribbon's 重新着色 reuses). */
export interface PanelSettings {
  /** The sheet colors were last applied on; null = detect the ledger. */
  ledgerSheet: string | null;
  /** The user's corrections to the detected mapping on that sheet (concept → column, 0 = unmapped). */
  columns: Partial<Record<Concept, number>>;
  rules: RuleSet;
}

/** The document's settings as the pane uses them; a parameter, so tests pass an in-memory one. */
export interface PanelSettingsPort {
  /** Saved settings (defaults where nothing is saved) and what could not be read, as problems naming the setting. */
  load(): Promise<{ settings: PanelSettings; problems: Problem[] }>;
  /** Saves the ledger sheet and the column corrections; keeps the saved rules. */
  save(update: { ledgerSheet: string; columns: Partial<Record<Concept, number>> }): Promise<void>;
}
