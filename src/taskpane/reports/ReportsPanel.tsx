import { Caption1, Divider, makeStyles, tokens } from '@fluentui/react-components';
import { createRef, useMemo, useState, type RefObject } from 'react';
import type { AnalysisInputs, AnalysisSource } from '../shared/analysisSource';
import { usePanelFocus } from '../shared/components/PanelMessageBar';
import { BonusSection } from './BonusSection';
import { BulletinSection } from './BulletinSection';
import { RegisterSection } from './RegisterSection';
import { ScoresSection } from './ScoresSection';
import type { ReportKey, ReportsState } from './reportsState';
import { useReportRuns } from './useReportRuns';
import { useReportsPanel, type ReportsPanelDeps } from './useReportsPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface ReportsPanelProps {
  deps: ReportsPanelDeps;
  /** The ledger as mapped in the 台账 tab, read when a button is pressed. */
  source: AnalysisSource;
  /** The same, subscribed by the pane: the defaults follow its 截止日期. */
  inputs: AnalysisInputs;
}

const REPORTS: readonly ReportKey[] = ['scores', 'register', 'bonus', 'bulletin'];

type FocusRefs = Record<ReportKey, { messageRef: RefObject<HTMLDivElement>; resultRef: RefObject<HTMLDivElement> }>;

/** Where the focus goes after a report ran: its message (a failure, what Excel refused), else its new result. */
function reportFocus(refs: FocusRefs, before: ReportsState, after: ReportsState) {
  for (const report of REPORTS) {
    const message = after.messages[report];
    if (message !== null && message !== before.messages[report]) return refs[report].messageRef;
    if (after[report] !== null && after[report] !== before[report]) return refs[report].resultRef;
  }
  return null;
}

/**
 * 得分·奖金·通报: the unit scores, the unit register, the tiered bonus and the bulletin, each a new
 * sheet. After a report runs the focus goes to its result (「单位得分结果」…) or its message, whose
 * 关闭 takes it back to the report's button.
 */
export function ReportsPanel({ deps, source, inputs }: ReportsPanelProps) {
  const styles = useStyles();
  const panel = useReportsPanel(deps, source, inputs);
  const { state, actions } = panel;
  const runs = useReportRuns(state, actions, panel.busy);
  const [refs] = useState<FocusRefs>(() => {
    const pair = () => ({ messageRef: createRef<HTMLDivElement>(), resultRef: createRef<HTMLDivElement>() });
    return { scores: pair(), register: pair(), bonus: pair(), bulletin: pair() };
  });
  const focus = usePanelFocus(state, panel.busy, (before, after) => reportFocus(refs, before, after));
  // 关闭 on a report's message: dropped, and the focus back to what opened it (the same functions while the actions are).
  const { returnFocus } = focus;
  const dismissals = useMemo(() => {
    const then = (dismiss: () => void) => ({
      onDismiss: () => {
        dismiss();
        returnFocus();
      },
    });
    return { scores: then(runs.scores.onDismiss), register: then(runs.register.onDismiss), bonus: then(runs.bonus.onDismiss), bulletin: then(runs.bulletin.onDismiss) };
  }, [runs.scores.onDismiss, runs.register.onDismiss, runs.bonus.onDismiss, runs.bulletin.onDismiss, returnFocus]);
  return (
    <div className={styles.root} {...focus.rootProps}>
      <Caption1>
        {panel.referenceFromLedger
          ? `按「三色着色」页的工作表、列映射和截止日期（${panel.reference}）计算；每次生成都新增一张工作表，不改动已有的表。`
          : inputs.ok
            ? '「三色着色」页尚未识别出可用的台账：生成前请先在「三色着色」页选择工作表并补全列映射。'
            : `生成前请先处理：${inputs.message}`}
      </Caption1>
      <ScoresSection
        {...runs.scores}
        {...refs.scores}
        {...dismissals.scores}
        outcome={state.scores}
        year={panel.year}
        years={panel.years}
        yearFollowsReference={state.year === null}
        onYearChange={actions.chooseYear}
        onGenerate={actions.writeScores}
      />
      <Divider />
      <RegisterSection {...runs.register} {...refs.register} {...dismissals.register} outcome={state.register} onCreate={actions.createRegister} />
      <Divider />
      <BonusSection {...runs.bonus} {...refs.bonus} {...dismissals.bonus} outcome={state.bonus} year={panel.year} onGenerate={actions.writeBonuses} />
      <Divider />
      <BulletinSection
        {...runs.bulletin}
        {...refs.bulletin}
        {...dismissals.bulletin}
        outcome={state.bulletin}
        periodKind={state.periodKind}
        periods={panel.periods}
        period={panel.period}
        reference={panel.reference}
        referenceFromLedger={panel.referenceFromLedger}
        onPeriodKindChange={actions.choosePeriodKind}
        onPeriodChange={actions.choosePeriod}
        onGenerate={actions.writeBulletin}
      />
    </div>
  );
}
