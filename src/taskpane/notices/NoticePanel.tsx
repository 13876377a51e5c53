import { Button, Caption1, Divider, Field, ProgressBar, Subtitle2, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { AnalysisInputs, AnalysisSource } from '../shared/analysisSource';
import { PanelMessageBar } from '../shared/components/PanelMessageBar';
import { ProblemList } from '../shared/components/ProblemList';
import type { PaneDeps } from '../shared/paneDeps';
import { NoticeDoubtDialog } from './NoticeDoubtDialog';
import { NoticeListCard } from './NoticeListCard';
import type { NoticePhase } from './noticePanelState';
import { useNoticePanel } from './useNoticePanel';
import { VoidSection } from './VoidSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Two buttons on one line at 320 px.
  button: { minWidth: 0, flexGrow: 1 },
  wrap: { overflowWrap: 'anywhere' },
});

export interface NoticePanelProps {
  deps: Pick<PaneDeps, 'port' | 'ui'>;
  /** The ledger as the 三色着色 tab has it, read when an action runs. */
  source: AnalysisSource;
  /** The same, subscribed by the pane: shown, so the user knows what is analysed. */
  inputs: AnalysisInputs;
}

const PROGRESS: Partial<Record<NoticePhase, string>> = {
  previewing: '正在读取台账与督办单登记…',
  issuing: '正在生成督办单…',
  reading: '正在读取选中的行…',
  voiding: '正在作废…',
};

/** 督办单: preview the notices due, issue them (log + printable sheets), void a wrong one. */
export function NoticePanel({ deps, source, inputs }: NoticePanelProps) {
  const styles = useStyles();
  const panel = useNoticePanel({ port: deps.port, ui: deps.ui, source });
  const headingId = useId('duban-issue');
  const { state, actions } = panel;
  const progress = PROGRESS[state.phase];
  return (
    <div className={styles.root}>
      <PanelMessageBar message={state.message} onDismiss={actions.dismissMessage} />
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h2" id={headingId}>
          生成督办单
        </Subtitle2>
        <Caption1 className={styles.wrap}>
          {inputs.ok ? `台账「${inputs.options.sheet ?? ''}」，截止 ${inputs.options.asOf}（在「三色着色」页修改）` : inputs.message}
        </Caption1>
        <div className={styles.buttons} role="group" aria-label="督办单操作">
          <Button className={styles.button} appearance={panel.canIssue ? 'secondary' : 'primary'} disabled={panel.busy || !inputs.ok} onClick={() => void actions.preview()}>
            预览督办单
          </Button>
          <Button className={styles.button} appearance={panel.canIssue ? 'primary' : 'secondary'} disabled={!panel.canIssue} onClick={() => void actions.issue()}>
            生成督办单
          </Button>
        </div>
        <NoticeDoubtDialog doubt={state.doubt} text={state.doubtText} open={state.confirming} onConfirm={() => void actions.confirmIssue()} onCancel={actions.cancelIssue} />
        {progress !== undefined && (
          <Field label={progress} validationState="none">
            <ProgressBar />
          </Field>
        )}
        {/* Announced when it appears or changes (the buttons do not move the focus). */}
        <div aria-live="polite">
          {state.preview !== null && <NoticeListCard list={state.preview} />}
          {state.preview === null && state.issued !== null && (
            <NoticeListCard list={state.issued} voided={state.issued.voided} sheets={state.issued.sheets} onOpenSheet={(sheet) => void actions.openSheet(sheet)} />
          )}
        </div>
      </section>
      <ProblemList problems={state.problems} sheet={state.preview?.ledgerSheet ?? state.issued?.ledgerSheet ?? null} onSelect={(sheet, cell) => void actions.selectCell(sheet, cell)} />
      <Divider />
      <VoidSection
        target={state.voidTarget}
        reason={state.reason}
        reasonMissing={state.reasonMissing}
        busy={panel.busy}
        canVoid={panel.canVoid}
        onRead={() => void actions.readSelection()}
        onReason={actions.setReason}
        onVoid={() => void actions.voidSelected()}
      />
    </div>
  );
}
