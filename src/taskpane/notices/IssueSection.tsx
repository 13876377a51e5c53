import { Button, Caption1, Field, ProgressBar, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { NoticeDoubt } from '../../core/notices/checkNoticePlausibility';
import type { NoticeDoubtText } from '../../core/notices/describeNoticeDoubt';
import type { AnalysisInputs } from '../shared/analysisSource';
import { NoticeDoubtDialog } from './NoticeDoubtDialog';
import { NoticeListCard } from './NoticeListCard';
import type { IssuedNoticeList, NoticeList } from './noticePanelState';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Two buttons on one line at 320 px.
  button: { minWidth: 0, flexGrow: 1 },
  wrap: { overflowWrap: 'anywhere' },
});

export interface IssueSectionProps {
  /** The ledger and 截止日期 analysed (shown, so the user knows), or why there is none yet. */
  inputs: AnalysisInputs;
  /** What the panel is doing now; null when idle. */
  progress: string | null;
  busy: boolean;
  /** A preview is listed and still stands: 生成督办单 issues it. */
  canIssue: boolean;
  /** The notices previewed (what 生成 would issue); null when there is no preview. */
  preview: NoticeList | null;
  /** What was issued last, with the numbers voided since (shown while there is no preview). */
  issued: IssuedNoticeList | null;
  /** A doubtful preview, and the confirmation asked for it. */
  doubt: NoticeDoubt | null;
  doubtText: NoticeDoubtText | null;
  confirming: boolean;
  onPreview: () => void;
  onIssue: () => void;
  /** 仍然发出, in the confirmation. */
  onConfirm: () => void;
  /** 取消 (or Esc), in the confirmation. */
  onCancel: () => void;
  /** Opens a notice sheet just added. */
  onOpenSheet: (sheet: string) => void;
  /** The list shown (previewed or issued), for the focus to go to after 预览督办单. */
  listRef?: Ref<HTMLDivElement>;
}

/** 生成督办单: what is analysed, 预览 and 生成, the confirmation of a doubtful batch, progress, the list. */
export function IssueSection(props: IssueSectionProps) {
  const styles = useStyles();
  const headingId = useId('duban-issue');
  const { inputs, preview, issued } = props;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        生成督办单
      </Subtitle2>
      <Caption1 className={styles.wrap}>
        {inputs.ok ? `台账「${inputs.options.sheet ?? ''}」，截止 ${inputs.options.asOf}（在「三色着色」页修改）` : inputs.message}
      </Caption1>
      <div className={styles.buttons} role="group" aria-label="督办单操作">
        <Button className={styles.button} appearance={props.canIssue ? 'secondary' : 'primary'} disabled={props.busy || !inputs.ok} onClick={() => props.onPreview()}>
          预览督办单
        </Button>
        <Button className={styles.button} appearance={props.canIssue ? 'primary' : 'secondary'} disabled={!props.canIssue} onClick={() => props.onIssue()}>
          生成督办单
        </Button>
      </div>
      <NoticeDoubtDialog doubt={props.doubt} text={props.doubtText} open={props.confirming} onConfirm={props.onConfirm} onCancel={props.onCancel} />
      {props.progress !== null && (
        <Field label={props.progress} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {preview !== null && <NoticeListCard focusRef={props.listRef} list={preview} />}
      {preview === null && issued !== null && (
        <NoticeListCard focusRef={props.listRef} list={issued} voided={issued.voided} sheets={issued.sheets} onOpenSheet={props.onOpenSheet} />
      )}
    </section>
  );
}
