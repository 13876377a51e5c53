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
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { GoToSheetButton, ReportSection } from './ReportSection';
import { ReportProblems } from './ReportProblems';
import type { ScoresSectionProps, YearFieldProps } from './reportsTypes';
import { shortlistNote } from '../../app/reportSummaries';

/**
 * A pane narrower than this (a 320 px pane zoomed past 100%; 160 CSS px at 200%) shows the ranking
 * as a card per unit: four columns would leave the names no room. The pane is the window, so a
 * media query on its width is the pane's width.
 */
const NARROW = '@media (max-width: 304px)';
const inlineLabel = { color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalXS };

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  table: { tableLayout: 'fixed', width: '100%', [NARROW]: { display: 'block' } },
  rank: { width: '3em' },
  score: { width: '5.5em' },
  // Narrow: the column heads stay for screen readers (each cell keeps its head) but are not drawn.
  head: {
    [NARROW]: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  },
  body: { [NARROW]: { display: 'block' } },
  // Narrow: a card per unit, the rank beside the name, the score and the flags under the name.
  row: {
    [NARROW]: {
      display: 'grid',
      gridTemplateColumns: 'auto minmax(0, 1fr)',
      columnGap: tokens.spacingHorizontalS,
      paddingTop: tokens.spacingVerticalXS,
      paddingBottom: tokens.spacingVerticalXS,
    },
  },
  cell: { [NARROW]: { display: 'block', gridColumnStart: 2, height: 'auto', paddingLeft: 0, paddingRight: 0 } },
  rankCell: { [NARROW]: { display: 'block', gridColumnStart: 1, gridRowStart: 1, gridRowEnd: 'span 3', fontWeight: tokens.fontWeightSemibold } },
  unitCell: { [NARROW]: { fontWeight: tokens.fontWeightSemibold } },
  wrap: { overflowWrap: 'anywhere', whiteSpace: 'normal', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS },
  // In a card the column's name is drawn before its value; its alternative text is empty, as a
  // screen reader has the column head (and the cell's text stays the value alone).
  scoreCell: { [NARROW]: { '::before': { ...inlineLabel, content: '"得分" / ""' } } },
  flagsCell: { [NARROW]: { '::before': { ...inlineLabel, content: '"问责提示" / ""' } } },
  flag: { color: tokens.colorPaletteRedForeground1 },
  note: { display: 'block', color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
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
      messageRef={props.messageRef}
      resultRef={props.resultRef}
      result={
        outcome !== null && (
          <>
            <Body1>
              已生成「{outcome.sheet}」：{outcome.unitCount} 个单位，截至 {outcome.asOf}
              {outcome.provisional ? '（年度未结束，无黄/红色督办单加分为暂计）' : '（年度最终得分）'}。
            </Body1>
            {outcome.top.length > 0 && (
              <Table size="extra-small" className={styles.table} aria-label={`${outcome.year}年度单位得分排名前 ${outcome.top.length} 位`}>
                <TableHeader className={styles.head}>
                  <TableRow>
                    <TableHeaderCell className={styles.rank}>名次</TableHeaderCell>
                    <TableHeaderCell>单位</TableHeaderCell>
                    <TableHeaderCell className={styles.score}>得分</TableHeaderCell>
                    <TableHeaderCell>问责提示</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody className={styles.body}>
                  {outcome.top.map((row) => {
                    const note = shortlistNote(row);
                    return (
                      <TableRow key={row.unit} className={styles.row}>
                        <TableCell className={mergeClasses(styles.wrap, styles.rankCell)}>{row.rank}</TableCell>
                        <TableCell className={mergeClasses(styles.wrap, styles.cell, styles.unitCell)}>
                          {row.unit}
                          {note !== '' && <Caption1 className={styles.note}>{note}</Caption1>}
                        </TableCell>
                        <TableCell className={mergeClasses(styles.wrap, styles.cell, styles.scoreCell)}>{row.score}</TableCell>
                        <TableCell className={mergeClasses(styles.wrap, styles.cell, styles.flagsCell)}>
                          {row.flags === '' ? '—' : <span className={styles.flag}>{row.flags}</span>}
                        </TableCell>
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
