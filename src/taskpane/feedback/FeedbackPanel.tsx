import { Divider, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { AnalysisInputs, AnalysisSource } from '../shared/analysisSource';
import { PanelMessageBar, usePanelFocus } from '../shared/components/PanelMessageBar';
import { ProblemList } from '../shared/components/ProblemList';
import type { PaneDeps } from '../shared/paneDeps';
import { CollectSection } from './CollectSection';
import type { FeedbackPhase } from './feedbackPanelState';
import { SplitSection } from './SplitSection';
import { useFeedbackPanel } from './useFeedbackPanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface FeedbackPanelProps {
  deps: Pick<PaneDeps, 'port' | 'ui'>;
  /** The ledger as the 三色着色 tab has it, read when an action runs. */
  source: AnalysisSource;
  /** The same, subscribed by the pane: shown, so the user knows what is split and the date answers are received on. */
  inputs: AnalysisInputs;
}

const SPLIT_PROGRESS: Partial<Record<FeedbackPhase, string>> = { splitting: '正在生成各单位督办清单…' };
const COLLECT_PROGRESS: Partial<Record<FeedbackPhase, string>> = { reading: '正在读取交回的清单…', recording: '正在导入反馈…' };

/**
 * 分发回收: one 督办清单 sheet per unit to send out, and the lists sent back read into 反馈登记 (and
 * the ledger). The focus goes to what each action came to: the message (生成, 确认导入, a failure),
 * whose 关闭 takes it back, else the card (the lists added, the answers read, what was imported).
 */
export function FeedbackPanel({ deps, source, inputs }: FeedbackPanelProps) {
  const styles = useStyles();
  const panel = useFeedbackPanel({ port: deps.port, ui: deps.ui, source });
  const { state, actions } = panel;
  const messageRef = useRef<HTMLDivElement>(null);
  const splitRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const recordedRef = useRef<HTMLDivElement>(null);
  const focus = usePanelFocus(state, panel.busy, (before, after) => {
    if (after.message !== null && after.message !== before.message) return messageRef;
    if (after.split !== null && after.split !== before.split) return splitRef;
    if (after.recorded !== null && after.recorded !== before.recorded) return recordedRef;
    if (after.collect !== null && after.collect !== before.collect) return previewRef;
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
      <SplitSection
        cardRef={splitRef}
        inputs={inputs}
        progress={SPLIT_PROGRESS[state.phase] ?? null}
        busy={panel.busy}
        split={state.split}
        onSplit={() => void actions.split()}
        onOpenSheet={(sheet) => void actions.openSheet(sheet)}
      />
      <Divider />
      <CollectSection
        previewRef={previewRef}
        recordedRef={recordedRef}
        inputs={inputs}
        progress={COLLECT_PROGRESS[state.phase] ?? null}
        busy={panel.busy}
        collect={state.collect}
        apply={state.apply}
        canRecord={panel.canRecord}
        recorded={state.recorded}
        onRead={() => void actions.read()}
        onApply={actions.setApply}
        onRecord={() => void actions.record()}
        onOpenSheet={(sheet) => void actions.openSheet(sheet)}
        onSelectCell={(sheet, cell) => void actions.selectCell(sheet, cell)}
      />
      <ProblemList
        problems={state.collect?.preview.review.problems ?? []}
        sheet={state.collect?.preview.ledgerSheet ?? null}
        onSelect={(sheet, cell) => void actions.selectCell(sheet, cell)}
      />
    </div>
  );
}
