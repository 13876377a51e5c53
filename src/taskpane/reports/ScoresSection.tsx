import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { GoToSheetButton, ReportSection } from './ReportSection';
import { ReportProblems } from './ReportProblems';
import type { ScoresSectionProps, YearFieldProps } from './reportsTypes';
import { shortlistNote } from '../../app/reportSummaries';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  table: { tableLayout: 'fixed', width: '100%' },
  rank: { width: '3em' },
  score: { width: '5.5em' },
  wrap: { overflowWrap: 'anywhere', whiteSpace: 'normal', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  flag: { color: tokens.colorPaletteRedForeground1 },
  note: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/** 考核年度: the 截止日期's year by default; the score and bonus sheets are named after it. */
export function YearField({ year: current, years: offered, yearFollowsReference, disabled, onYearChange }: YearFieldProps) {
  const styles = useStyles();
  const years = offered.includes(current) ? offered : [current, ...offered];
  const text = (year: number) => (year === years[0] && yearFollowsReference ? `${year}年（截止日期所在年度）` : `${year}年`);
  return (
    <Field label="考核年度" hint="单位得分按此年度计算；得分表和绩效奖金表以此年度命名">
      <Dropdown
        className={styles.control}
        value={text(current)}
        selectedOptions={[String(current)]}
        disabled={disabled}
        onOptionSelect={(_, data) => {
          if (data.optionValue === undefined) return;
          const year = Number(data.optionValue);
          // The 截止日期's own year stays "follow the 截止日期".
          onYearChange(year === offered[0] ? null : year);
        }}
      >
        {years.map((year) => (
          <Option key={year} value={String(year)} text={`${year}年`}>
            {`${year}年`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/**
 * 生成单位得分 and, once written, the head of the ranking with a way to the sheet; under a unit,
 * its 十大效能之星 standing where it differs from the rank (SPEC §9).
 */
export function ScoresSection(props: ScoresSectionProps) {
  const styles = useStyles();
  const { outcome, busy } = props;
  return (
    <ReportSection
      title="单位得分"
      progress={props.progress}
      message={props.message}
      onDismiss={props.onDismiss}
      result={
        outcome !== null && (
          <>
            <Body1>
              已生成「{outcome.sheet}」：{outcome.unitCount} 个单位，截至 {outcome.asOf}
              {outcome.provisional ? '（年度未结束，无黄/红色督办单加分为暂计）' : '（年度最终得分）'}。
            </Body1>
            {outcome.top.length > 0 && (
              <Table size="extra-small" className={styles.table} aria-label={`${outcome.year}年度单位得分排名前 ${outcome.top.length} 位`}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.rank}>名次</TableHeaderCell>
                    <TableHeaderCell>单位</TableHeaderCell>
                    <TableHeaderCell className={styles.score}>得分</TableHeaderCell>
                    <TableHeaderCell>问责提示</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {outcome.top.map((row) => {
                    const note = shortlistNote(row);
                    return (
                      <TableRow key={row.unit}>
                        <TableCell>{row.rank}</TableCell>
                        <TableCell className={styles.wrap}>
                          {row.unit}
                          {note !== '' && <Caption1 className={styles.note}>{note}</Caption1>}
                        </TableCell>
                        <TableCell className={styles.wrap}>{row.score}</TableCell>
                        <TableCell className={styles.wrap}>{row.flags === '' ? '—' : <span className={styles.flag}>{row.flags}</span>}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}
            {outcome.unitCount > outcome.top.length && <Caption1>仅列前 {outcome.top.length} 位，完整排名见工作表。</Caption1>}
            <GoToSheetButton sheet={outcome.sheet} disabled={busy} onGo={props.onGoToSheet} />
            <ReportProblems caption="督办单登记与单位名册中的问题" problems={outcome.problems} onSelect={props.onSelectCell} />
          </>
        )
      }
    >
      <YearField
        year={props.year}
        years={props.years}
        yearFollowsReference={props.yearFollowsReference}
        disabled={busy}
        onYearChange={props.onYearChange}
      />
      <Button appearance="primary" disabled={busy} onClick={() => props.onGenerate()}>
        生成单位得分
      </Button>
    </ReportSection>
  );
}
