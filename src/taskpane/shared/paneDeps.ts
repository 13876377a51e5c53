import type { Clock } from '../../app/ports/clock';
import type { HostEvents, HostUi } from '../../app/ports/hostUi';
import type { SettingsPort } from '../../app/ports/settingsPort';
import type { WorkbookPort } from '../../app/ports/workbookPort';

/** What the task pane runs on: injected, so the same panels run in Excel, in jsdom and in the browser test. */
export interface PaneDeps {
  port: WorkbookPort;
  ui: HostUi;
  settings: SettingsPort;
  /** Today in China (the ledgers' calendar): the default as-of date. */
  today: Clock;
  /** When to read the workbook again (the pane shown again, another sheet activated). */
  events: HostEvents;
}
