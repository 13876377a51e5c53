import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { PanelMessageBar, usePanelFocus } from '../shared/components/PanelMessageBar';
import { ProblemList } from '../shared/components/ProblemList';
import type { LedgerPanelModel } from './useLedgerPanel';
import { ActionBar } from './ActionBar';
import { MappingSection } from './MappingSection';
import { PreviewCard } from './PreviewCard';
import { SheetSection } from './SheetSection';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface LedgerPanelProps {
  panel: LedgerPanelModel;
}

/**
 * 三色着色: sheet and header, column mapping, as-of date, preview, apply; problems below. After
 * 预览 the focus goes to the preview; after 应用三色 or 清除着色 (or a failure) to the message,
 * whose 关闭 takes it back; a sheet chosen keeps it on the sheet's dropdown once read.
 */
export function LedgerPanel({ panel }: LedgerPanelProps) {
  const styles = useStyles();
  const { state, actions, mapping } = panel;
  const locked = state.phase === 'loading' || state.phase === 'applying';
  const detected = state.detection?.mapping ?? null;
  const messageRef = useRef<HTMLDivElement>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const focus = usePanelFocus(state, panel.busy, (before, after) => {
    if (after.message !== null && after.message !== before.message) return messageRef;
    if (after.analysis !== null && after.analysis !== before.analysis) return previewRef;
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
      <section className={styles.section} aria-labelledby="duban-ledger">
        <Subtitle2 as="h2" id="duban-ledger">
          台账
        </Subtitle2>
        <SheetSection
          sheets={state.sheets}
          sheet={state.sheet}
          mapping={mapping}
          asOf={state.asOf}
          asOfValid={panel.asOfValid}
          disabled={locked}
          onChooseSheet={(sheet) => void actions.chooseSheet(sheet)}
          onAsOf={actions.setAsOf}
        />
      </section>
      {detected !== null && mapping !== null && (
        <MappingSection detected={detected} mapping={mapping} missing={panel.missing} disabled={locked} onSetColumn={actions.setColumn} />
      )}
      {state.phase !== 'loading' && detected === null && state.sheet !== null && (
        <Body1>工作表「{state.sheet}」中没有找到台账表头，请选择台账所在的工作表。</Body1>
      )}
      <div className={styles.actions}>
        <ActionBar
          phase={state.phase}
          progress={state.progress}
          canPreview={panel.canPreview}
          canApply={panel.canApply}
          canClear={panel.canClear}
          onPreview={() => void actions.preview()}
          onApply={() => void actions.apply()}
          onClear={() => void actions.clearColors()}
        />
      </div>
      {panel.preview !== null && (
        <PreviewCard focusRef={previewRef} preview={panel.preview} asOf={state.analysis?.asOf ?? state.asOf} applied={state.phase === 'done'} />
      )}
      <ProblemList problems={state.problems} sheet={state.sheet} onSelect={(sheet, cell) => void actions.selectCell(sheet, cell)} />
    </div>
  );
}
