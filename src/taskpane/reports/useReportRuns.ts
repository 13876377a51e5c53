import { useMemo } from 'react';
import type { ReportsActions } from './reportsActions';
import type { ReportKey, ReportsState } from './reportsState';
import type { ReportRunProps, ReportRuns, ReportWithProblemsRunProps } from './reportsTypes';

type RunCallbacks = Pick<ReportWithProblemsRunProps, 'onDismiss' | 'onGoToSheet' | 'onSelectCell'>;

/** The callbacks on a report's result, bound to the report. */
const bind = (actions: ReportsActions, report: ReportKey): RunCallbacks => ({
  onDismiss: () => actions.dismissMessage(report),
  onGoToSheet: (sheet) => void actions.goToSheet(report, sheet),
  onSelectCell: (sheet, cell) => void actions.selectCell(report, sheet, cell),
});

/**
 * Each report's run as its section shows it: its progress, its message, whether any report is
 * running, and the callbacks on its result (the same functions as long as the actions are, so a
 * memoized section re-renders only when what it shows changes).
 */
export function useReportRuns(state: ReportsState, actions: ReportsActions, busy: boolean): ReportRuns {
  const callbacks = useMemo(
    () => ({ scores: bind(actions, 'scores'), register: bind(actions, 'register'), bonus: bind(actions, 'bonus'), bulletin: bind(actions, 'bulletin') }),
    [actions],
  );
  const shown = (report: ReportKey): Pick<ReportRunProps, 'progress' | 'message' | 'busy'> => ({
    progress: state.running?.report === report ? state.running.label : null,
    message: state.messages[report],
    busy,
  });
  const { onDismiss, onGoToSheet } = callbacks.bulletin;
  return {
    scores: { ...shown('scores'), ...callbacks.scores },
    register: { ...shown('register'), ...callbacks.register },
    bonus: { ...shown('bonus'), ...callbacks.bonus },
    // The bulletin lists no problems.
    bulletin: { ...shown('bulletin'), onDismiss, onGoToSheet },
  };
}
