import { Body1, Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { STAFF_SHEET } from '../../core/bonus/parseStaffSheet';
import { GoToSheetButton, ReportSection } from './ReportSection';
import { ReportProblems } from './ReportProblems';
import type { BonusSectionProps } from './reportsTypes';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { overflowWrap: 'anywhere' },
  unit: { fontWeight: tokens.fontWeightSemibold, marginInlineEnd: tokens.spacingHorizontalXS },
  error: { overflowWrap: 'anywhere', color: tokens.colorPaletteRedForeground1 },
});

/** 生成绩效奖金表 from 人员考核 and 单位名册; per-unit lines, and the units left out (未报备 …). */
export function BonusSection(props: BonusSectionProps) {
  const styles = useStyles();
  const { outcome, busy } = props;
  return (
    <ReportSection
      title="绩效奖金"
      progress={props.progress}
      message={props.message}
      onDismiss={props.onDismiss}
      messageRef={props.messageRef}
      resultRef={props.resultRef}
      result={
        outcome !== null && (
          <>
            <Body1>
              已生成「{outcome.sheet}」：{outcome.units.length} 个单位已分配
              {outcome.errors.length > 0 ? `，${outcome.errors.length} 个单位未分配` : ''}。
            </Body1>
            <ul className={styles.list} aria-label="各单位分配情况">
              {outcome.units.map((line) => (
                <li key={line.unit} className={styles.line}>
                  <span className={styles.unit}>{line.unit}</span>
                  {line.text}
                </li>
              ))}
              {outcome.errors.map((line) => (
                <li key={line.unit} className={styles.error}>
                  <span className={styles.unit}>{line.unit}</span>
                  {line.text}
                </li>
              ))}
            </ul>
            <GoToSheetButton sheet={outcome.sheet} disabled={busy} onGo={props.onGoToSheet} />
            <ReportProblems caption="人员考核、单位名册与分配中的提示" problems={outcome.problems} onSelect={props.onSelectCell} />
          </>
        )
      }
    >
      <Caption1>
        读取「{STAFF_SHEET}」（姓名、单位、考核得分或排名、年度考核等次）和单位名册的人数、奖金标准，按考核年度 {props.year} 年命名。
      </Caption1>
      <Button appearance="secondary" disabled={busy} onClick={() => props.onGenerate()}>
        生成绩效奖金表
      </Button>
    </ReportSection>
  );
}
