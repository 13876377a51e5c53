import { Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { createWorkCalendar } from '../core/calendar';
import { LedgerPanel } from './components';
import { formatYearRanges } from './formatYearRanges';
import type { LedgerPanelDeps } from './ledgerPanelActions';
import { subscribePaneErrors } from './paneErrors';
import { useLedgerPanel } from './useLedgerPanel';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: 'border-box',
  },
});

export interface AppProps {
  deps: LedgerPanelDeps;
  /** Where ribbon commands post their failures (the shared runtime's window). */
  errorSource: EventTarget;
}

/** The task pane: the ledger coloring panel; a failed ribbon command shows in its message bar. */
export function App({ deps, errorSource }: AppProps) {
  const styles = useStyles();
  const panel = useLedgerPanel(deps);
  const { showMessage } = panel.actions;
  const knownYears = useMemo(() => formatYearRanges(createWorkCalendar().knownYears), []);

  useEffect(
    () => subscribePaneErrors(errorSource, (text) => showMessage({ intent: 'error', title: '功能区命令失败', text })),
    [errorSource, showMessage],
  );

  return (
    <main className={styles.root}>
      <Title3 as="h1">三色督办着色</Title3>
      <LedgerPanel panel={panel} />
      <Caption1>
        规则预设：{panel.state.rules.name}；工作日历：{knownYears}
      </Caption1>
    </main>
  );
}
