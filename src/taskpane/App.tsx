import { Caption1, Subtitle1, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type ReactElement } from 'react';
import { knownCalendarYears } from '../app/ledgerInputs';
import { subscribePaneErrors } from '../office/paneErrors';
import { FeedbackPanel } from './feedback/FeedbackPanel';
import { formatYearRanges } from './formatYearRanges';
import { LedgerPanel } from './ledger/LedgerPanel';
import { useLedgerPanel } from './ledger/useLedgerPanel';
import { NoticePanel } from './notices/NoticePanel';
import { ReportsPanel } from './reports/ReportsPanel';
import { SettingsPanel } from './settings/SettingsPanel';
import { PanelErrorBoundary } from './shared/components/PanelErrorBoundary';
import type { PaneDeps } from './shared/paneDeps';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: 'border-box',
  },
  // Small tabs (less side padding), and the tabs' own side padding is what a narrow pane can spare;
  // five tabs do not fit one row at 320 px, so the row wraps rather than scrolls sideways.
  tabs: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})`, marginRight: `calc(-1 * ${tokens.spacingHorizontalS})` },
  panel: { minWidth: 0 },
});

type PaneTab = 'ledger' | 'notices' | 'feedback' | 'reports' | 'settings';

const TABS: ReadonlyArray<{ value: PaneTab; label: string }> = [
  { value: 'ledger', label: '三色着色' },
  { value: 'notices', label: '督办单' },
  { value: 'feedback', label: '分发回收' },
  { value: 'reports', label: '得分·奖金·通报' },
  { value: 'settings', label: '设置' },
];
const tabId = (tab: PaneTab) => `duban-tab-${tab}`;
const panelId = (tab: PaneTab) => `duban-tabpanel-${tab}`;

export interface AppProps {
  deps: PaneDeps;
  /** Where ribbon commands post their failures (the shared runtime's window). */
  errorSource: EventTarget;
}

/**
 * The task pane: one tab per panel. The ledger panel (first tab) owns the ledger, its mapping and
 * the as-of date; the other panels analyse that ledger through its source (read when they act)
 * and show its inputs (subscribed, passed as a prop: never read during render); the settings panel
 * tells the ledger panel when it changed the rules (its refresh). Every panel stays
 * mounted (hidden when not selected), so switching tabs keeps what each one shows. A failed
 * ribbon command (重新着色) shows in the ledger panel's message bar.
 */
export function App({ deps, errorSource }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<PaneTab>('ledger');
  const ledger = useLedgerPanel(deps);
  const { showMessage } = ledger.actions;
  const knownYears = useMemo(() => formatYearRanges(knownCalendarYears()), []);

  useEffect(
    () =>
      subscribePaneErrors(errorSource, (text) => {
        setTab('ledger');
        showMessage({ intent: 'error', title: '功能区命令失败', text });
      }),
    [errorSource, showMessage],
  );

  const panel = (value: PaneTab, content: ReactElement) => (
    <div key={value} className={styles.panel} role="tabpanel" id={panelId(value)} aria-labelledby={tabId(value)} hidden={tab !== value}>
      {/* One panel failing shows why in its place; the tab row and the other panels keep working. */}
      <PanelErrorBoundary>{content}</PanelErrorBoundary>
    </div>
  );

  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">督办台账助手</Subtitle1>
      <TabList className={styles.tabs} size="small" selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)} aria-label="功能">
        {TABS.map((t) => (
          <Tab key={t.value} id={tabId(t.value)} value={t.value} aria-controls={panelId(t.value)}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      {panel('ledger', <LedgerPanel panel={ledger} />)}
      {panel('notices', <NoticePanel deps={deps} source={ledger.source} inputs={ledger.inputs} />)}
      {panel('feedback', <FeedbackPanel deps={deps} source={ledger.source} inputs={ledger.inputs} />)}
      {panel('reports', <ReportsPanel deps={deps} source={ledger.source} inputs={ledger.inputs} />)}
      {/* A rule edited or a holiday notice written there: the ledger panel reads the rules and the ledger again. */}
      {panel('settings', <SettingsPanel deps={deps} active={tab === 'settings'} onRulesChanged={ledger.actions.refresh} />)}
      <Caption1>
        规则预设：{ledger.state.rules.name}；工作日历：{knownYears}
      </Caption1>
    </main>
  );
}
