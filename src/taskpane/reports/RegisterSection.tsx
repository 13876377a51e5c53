import { Body1, Button, Caption1, makeStyles } from '@fluentui/react-components';
import { REGISTER_SHEET } from '../../core/register/parseUnitRegister';
import { GoToSheetButton, ReportSection } from './ReportSection';
import { ReportProblems } from './ReportProblems';
import type { RegisterSectionProps } from './reportsTypes';

const useStyles = makeStyles({
  names: { overflowWrap: 'anywhere' },
});

/** 创建单位名册 from the ledger's units; when the workbook has one, the ledger units it lacks. */
export function RegisterSection(props: RegisterSectionProps) {
  const styles = useStyles();
  const { outcome, busy, onGoToSheet: go } = props;
  return (
    <ReportSection
      title="单位名册"
      progress={props.progress}
      message={props.message}
      onDismiss={props.onDismiss}
      messageRef={props.messageRef}
      resultRef={props.resultRef}
      result={
        outcome !== null &&
        (outcome.kind === 'created' ? (
          <>
            <Body1 className={styles.names}>
              已创建「{outcome.sheet}」，预填台账中的 {outcome.units.length} 个单位：{outcome.units.join('、')}。请补全类别、主要负责人、人数和奖金标准。
            </Body1>
            <GoToSheetButton sheet={outcome.sheet} disabled={busy} onGo={go} />
          </>
        ) : (
          <>
            <Body1 className={styles.names}>
              工作簿中已有「{outcome.sheet}」（读到 {outcome.registered} 个单位），未重复创建。
              {outcome.missing.length === 0
                ? '台账中的单位都已在名册中。'
                : `台账中有 ${outcome.missing.length} 个单位不在名册中：${outcome.missing.join('、')}。请把它们加入名册，或填为已有单位的别名。`}
            </Body1>
            <GoToSheetButton sheet={outcome.sheet} disabled={busy} onGo={go} />
            <ReportProblems caption="台账与单位名册中的问题" problems={outcome.problems} onSelect={props.onSelectCell} />
          </>
        ))
      }
    >
      <Caption1>名册记录单位名称、别名、类别、主要负责人、人数和奖金标准；得分、督办单和奖金都按它识别单位。</Caption1>
      <Button appearance="secondary" disabled={busy} onClick={() => props.onCreate()}>
        创建{REGISTER_SHEET}
      </Button>
    </ReportSection>
  );
}
