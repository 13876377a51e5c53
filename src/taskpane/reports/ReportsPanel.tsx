import { Caption1, Divider, makeStyles, tokens } from '@fluentui/react-components';
import type { AnalysisInputs, AnalysisSource } from '../shared/analysisSource';
import { BonusSection } from './BonusSection';
import { BulletinSection } from './BulletinSection';
import { RegisterSection } from './RegisterSection';
import { ScoresSection } from './ScoresSection';
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

/** 得分·奖金·通报: the unit scores, the unit register, the tiered bonus and the bulletin, each a new sheet. */
export function ReportsPanel({ deps, source, inputs }: ReportsPanelProps) {
  const styles = useStyles();
  const panel = useReportsPanel(deps, source, inputs);
  const { state, actions } = panel;
  const runs = useReportRuns(state, actions, panel.busy);
  return (
    <div className={styles.root}>
      <Caption1>
        {panel.referenceFromLedger
          ? `按「三色着色」页的工作表、列映射和截止日期（${panel.reference}）计算；每次生成都新增一张工作表，不改动已有的表。`
          : '「三色着色」页尚未识别出可用的台账：生成前请先在「三色着色」页选择工作表并补全列映射。'}
      </Caption1>
      <ScoresSection
        {...runs.scores}
        outcome={state.scores}
        year={panel.year}
        years={panel.years}
        yearFollowsReference={state.year === null}
        onYearChange={actions.chooseYear}
        onGenerate={actions.writeScores}
      />
      <Divider />
      <RegisterSection {...runs.register} outcome={state.register} onCreate={actions.createRegister} />
      <Divider />
      <BonusSection {...runs.bonus} outcome={state.bonus} year={panel.year} onGenerate={actions.writeBonuses} />
      <Divider />
      <BulletinSection
        {...runs.bulletin}
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
