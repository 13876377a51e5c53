import { Body1, Button, Caption1, Dropdown, Field, Option, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { PERIOD_KINDS, type PeriodKind } from '../../core/bulletin';
import { PERIOD_KIND_LABELS } from './reportsState';
import { GoToSheetButton, ReportSection } from './ReportSection';
import type { BulletinSectionProps } from './reportsTypes';

const useStyles = makeStyles({
  control: { minWidth: 0, width: '100%' },
  // The five kinds on as many lines as the pane needs (at 200% zoom a 320 px pane is 160 px wide).
  kinds: { flexWrap: 'wrap' },
  counts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  text: { overflowWrap: 'anywhere' },
});

/** 督办通报: period kind and period (default the last complete month), then the headline. */
export function BulletinSection(props: BulletinSectionProps) {
  const styles = useStyles();
  const { outcome, busy, periodKind, periods, period } = props;
  const chosen = periods.find((c) => c.period.code === period.code);
  return (
    <ReportSection
      title="督办通报"
      progress={props.progress}
      message={props.message}
      onDismiss={props.onDismiss}
      messageRef={props.messageRef}
      resultRef={props.resultRef}
      result={
        outcome !== null && (
          <>
            <Body1 className={styles.text}>
              已生成「{outcome.sheet}」：{outcome.title}，数据截至 {outcome.asOf}
              {outcome.partial ? '（本期未结束）' : ''}。
            </Body1>
            <Body1 className={styles.text}>{outcome.summary}</Body1>
            {outcome.empty && <Caption1>本期没有新交办、办结的事项，也没有发出督办单；通报已照常生成。</Caption1>}
            <ul className={styles.counts} aria-label="本期数字">
              <li>新交办 {outcome.counts.assigned} 项</li>
              <li>
                办结 {outcome.counts.done} 项（按时 {outcome.counts.doneOnTime} 项）
              </li>
              <li>在办 {outcome.counts.open} 项</li>
              <li>逾期 {outcome.counts.overdue} 项</li>
              <li>
                督办单 蓝 {outcome.counts.notices.blue}、黄 {outcome.counts.notices.yellow}、红 {outcome.counts.notices.red} 份
              </li>
            </ul>
            <GoToSheetButton sheet={outcome.sheet} disabled={busy} onGo={props.onGoToSheet} />
          </>
        )
      }
    >
      <Field label="通报类型">
        <RadioGroup
          className={styles.kinds}
          layout="horizontal"
          value={periodKind}
          disabled={busy}
          onChange={(_, data) => props.onPeriodKindChange(data.value as PeriodKind)}
        >
          {PERIOD_KINDS.map((kind) => (
            <Radio key={kind} value={kind} label={PERIOD_KIND_LABELS[kind]} />
          ))}
        </RadioGroup>
      </Field>
      <Field
        label="通报期次"
        hint={<Caption1>{`默认为${props.referenceFromLedger ? '截止日期' : '今天'} ${props.reference} 之前最近一个完整的${PERIOD_KIND_LABELS[periodKind]}`}</Caption1>}
      >
        <Dropdown
          className={styles.control}
          value={chosen?.label ?? period.label}
          selectedOptions={[period.code]}
          disabled={busy}
          onOptionSelect={(_, data) => {
            const picked = periods.find((c) => c.period.code === data.optionValue);
            if (picked) props.onPeriodChange(picked.period);
          }}
        >
          {periods.map((c) => (
            <Option key={c.period.code} value={c.period.code}>
              {c.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button appearance="secondary" disabled={busy} onClick={() => props.onGenerate()}>
        生成{period.shortLabel}通报
      </Button>
    </ReportSection>
  );
}
