/** Task pane entry: waits for Office.js, then renders the pane over the open workbook. */
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { chinaClock } from '../app/ports/clock';
import { createWorkbookSettings } from '../app/workbookSettings';
import { OLD_EXCEL_MESSAGE, createLegacyDocumentSettings, createHostUi, createHostEvents, createOfficeWorkbook, isExcelSupported } from '../office';
import { App } from './App';
import type { PaneDeps } from './shared/paneDeps';
import { PanelErrorBoundary } from './shared/components/PanelErrorBoundary';
import { UnsupportedExcel } from './UnsupportedExcel';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) throw new Error('taskpane.html has no #container element');
  const root = createRoot(container);
  if (!isExcelSupported()) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <UnsupportedExcel text={OLD_EXCEL_MESSAGE} />
      </FluentProvider>,
    );
    return;
  }
  const port = createOfficeWorkbook();
  const deps: PaneDeps = {
    port,
    ui: createHostUi(),
    settings: createWorkbookSettings(port, createLegacyDocumentSettings()),
    // The ledgers' dates are China's, whatever the machine's zone.
    today: chinaClock,
    events: createHostEvents(),
  };
  root.render(
    <FluentProvider theme={webLightTheme}>
      {/* The announcer speaks a message bar that does not take focus (a saved setting); the outer boundary covers the ledger panel's hook, which runs in App itself. */}
      <AriaLiveAnnouncer>
        <PanelErrorBoundary>
          <App deps={deps} errorSource={window} />
        </PanelErrorBoundary>
      </AriaLiveAnnouncer>
    </FluentProvider>,
  );
});
