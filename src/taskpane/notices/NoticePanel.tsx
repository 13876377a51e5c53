import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { AnalysisInputs, AnalysisSource } from '../shared/analysisSource';
import { PanelMessageBar, usePanelFocus } from '../shared/components/PanelMessageBar';
import { ProblemList } from '../shared/components/ProblemList';
import type { PaneDeps } from '../shared/paneDeps';
import { IssueSection } from './IssueSection';
import type { NoticePhase } from './noticePanelState';
import { useNoticePanel } from './useNoticePanel';
import { VoidSection } from './VoidSection';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
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

/**
 * 督办单: preview the notices due, issue them (log + printable sheets), void a wrong one. The focus
 * goes to what each action came to: the list previewed, the row read for 作废, or the message
 * (生成, 作废, a failure), whose 关闭 takes it back; the confirmation, cancelled, gives it back to 生成督办单.
 */
export function NoticePanel({ deps, source, inputs }: NoticePanelProps) {
  const styles = useStyles();
  const panel = useNoticePanel({ port: deps.port, ui: deps.ui, source });
  const { state, actions } = panel;
  const messageRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const targetRef = useRef<HTMLDivElement>(null);
  const focus = usePanelFocus(state, panel.busy, (before, after) => {
    // 取消 (or Esc) in the confirmation: back to 生成督办单, the message says nothing was written.
    if (before.confirming && !after.confirming && after.phase === before.phase) return 'opener';
    if (after.message !== null && after.message !== before.message) return messageRef;
    if (after.preview !== null && after.preview !== before.preview) return listRef;
    if (after.voidTarget !== null && after.voidTarget !== before.voidTarget) return targetRef;
    return null;
  });
  return (
    <div className={styles.root} {...focus.rootProps}>
      <PanelMessageBar
        message={state.message}
        barRef={messageRef}
        onDismiss={actions.dismissMessage}
        returnFocus={focus.returnFocus}
      />
      <IssueSection
        listRef={listRef}
        inputs={inputs}
        progress={PROGRESS[state.phase] ?? null}
        busy={panel.busy}
        canIssue={panel.canIssue}
        preview={state.preview}
        issued={state.issued}
        doubt={state.doubt}
        doubtText={state.doubtText}
        confirming={state.confirming}
        onPreview={() => void actions.preview()}
        onIssue={() => void actions.issue()}
        onConfirm={() => void actions.confirmIssue()}
        onCancel={actions.cancelIssue}
        onOpenSheet={(sheet) => void actions.openSheet(sheet)}
      />
      <ProblemList problems={state.problems} sheet={state.preview?.ledgerSheet ?? state.issued?.ledgerSheet ?? null} onSelect={(sheet, cell) => void actions.selectCell(sheet, cell)} />
      <Divider />
      <VoidSection
        targetRef={targetRef}
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
