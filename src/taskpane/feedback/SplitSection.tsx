import { Button, Caption1, Field, ProgressBar, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { AnalysisInputs } from '../shared/analysisSource';
import type { SplitOutcome } from './feedbackPanelState';
import { SplitCard } from './SplitCard';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  wrap: { overflowWrap: 'anywhere' },
});

export interface SplitSectionProps {
  /** The ledger and 截止日期 the lists are made from (shown), or why there is none yet. */
  inputs: AnalysisInputs;
  /** What the section is doing now; null when it is not running. */
  progress: string | null;
  busy: boolean;
  /** The lists added last. */
  split: SplitOutcome | null;
  onSplit: () => void;
  onOpenSheet: (sheet: string) => void;
  /** The card of the lists added, for the focus to go to. */
  cardRef?: Ref<HTMLDivElement>;
}

/** 各单位督办清单 (分发): what it makes, the button, progress, the sheets added. */
export function SplitSection(props: SplitSectionProps) {
  const styles = useStyles();
  const headingId = useId('duban-split');
  const { inputs } = props;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        各单位督办清单
      </Subtitle2>
      <Caption1 className={styles.wrap}>
        每个责任单位一张清单，列出截止日期时该单位未办结的事项；单位只能填写进展情况、完成时间、佐证材料和联系人四列。
      </Caption1>
      <Caption1 className={styles.wrap}>
        {inputs.ok ? `台账「${inputs.options.sheet ?? ''}」，截止 ${inputs.options.asOf}（在「三色着色」页修改）` : inputs.message}
      </Caption1>
      <Button appearance="primary" disabled={props.busy || !inputs.ok} onClick={() => props.onSplit()}>
        生成各单位督办清单
      </Button>
      {props.progress !== null && (
        <Field label={props.progress} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {props.split !== null && <SplitCard focusRef={props.cardRef} split={props.split} disabled={props.busy} onOpenSheet={props.onOpenSheet} />}
    </section>
  );
}
