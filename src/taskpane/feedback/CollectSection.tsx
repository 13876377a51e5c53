import { Button, Caption1, Checkbox, Field, ProgressBar, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { AnalysisInputs } from '../shared/analysisSource';
import { FeedbackPreviewCard } from './FeedbackPreviewCard';
import { fillCount, type CollectPreview, type RecordedOutcome } from './feedbackPanelState';
import { RecordedCard } from './RecordedCard';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  confirm: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  wrap: { overflowWrap: 'anywhere' },
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface CollectSectionProps {
  /** The ledger and the date the answers are registered as received on, or why there is none. */
  inputs: AnalysisInputs;
  /** What the section is doing now; null when it is not running. */
  progress: string | null;
  busy: boolean;
  collect: CollectPreview | null;
  apply: boolean;
  canRecord: boolean;
  recorded: RecordedOutcome | null;
  onRead: () => void;
  onApply: (apply: boolean) => void;
  onRecord: () => void;
  onOpenSheet: (sheet: string) => void;
  onSelectCell: (sheet: string, cell: string) => void;
  /** The answers read, for the focus to go to after 读取交回的清单. */
  previewRef?: Ref<HTMLDivElement>;
  /** What was imported, for the focus to go to after 确认导入 (when no message does). */
  recordedRef?: Ref<HTMLDivElement>;
}

/** 导入反馈 (回收): how the lists come in, 读取交回的清单, what they hold, 确认导入 and what it wrote. */
export function CollectSection(props: CollectSectionProps) {
  const styles = useStyles();
  const headingId = useId('duban-collect');
  const { inputs, collect, recorded } = props;
  const fills = collect === null ? 0 : fillCount(collect.preview);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        导入反馈
      </Subtitle2>
      <Caption1 className={styles.wrap}>
        打开单位交回的文件，右击清单工作表的标签 →「移动或复制」→ 工作簿选本台账所在的工作簿 → 确定；放入后点击“读取交回的清单”，核对无误再导入。
      </Caption1>
      {inputs.ok && <Caption1 className={styles.wrap}>收到日期按 {inputs.options.asOf} 登记（「三色着色」页的截止日期）。</Caption1>}
      <Button appearance={props.canRecord ? 'secondary' : 'primary'} disabled={props.busy || !inputs.ok} onClick={() => props.onRead()}>
        读取交回的清单
      </Button>
      {props.progress !== null && (
        <Field label={props.progress} validationState="none">
          <ProgressBar />
        </Field>
      )}
      <div className={styles.result}>
        {collect !== null && (
          <>
            <FeedbackPreviewCard focusRef={props.previewRef} collect={collect} />
            <div className={styles.confirm}>
              <Checkbox
                checked={props.apply}
                disabled={props.busy || recorded !== null || fills === 0}
                onChange={(_, data) => props.onApply(data.checked === true)}
                label="同时把报告的完成时间填入台账（只填空格）"
              />
              <Caption1 className={styles.wrap}>
                {fills === 0
                  ? '本次没有可填入台账的完成时间。'
                  : `可填入台账中 ${fills} 个空的完成时间单元格，填入的单元格标为浅紫色；不勾选则只登记，不改动台账。`}
              </Caption1>
            </div>
            <Button appearance="primary" disabled={!props.canRecord} onClick={() => props.onRecord()}>
              确认导入
            </Button>
          </>
        )}
        {recorded !== null && (
          <RecordedCard focusRef={props.recordedRef} recorded={recorded} disabled={props.busy} onOpenSheet={props.onOpenSheet} onSelectCell={props.onSelectCell} />
        )}
      </div>
    </section>
  );
}
