import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { PanelMessageBar } from '../shared/components/PanelMessageBar';
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

/** 三色着色: sheet and header, column mapping, as-of date, preview, apply; problems below. */
export function LedgerPanel({ panel }: LedgerPanelProps) {
  const styles = useStyles();
  const { state, actions, mapping } = panel;
  const locked = state.phase === 'loading' || state.phase === 'applying';
  const detected = state.detection?.mapping ?? null;
  return (
    <div className={styles.root}>
      <PanelMessageBar message={state.message} onDismiss={actions.dismissMessage} />
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
      {/* Announced when it appears or changes (预览 and 应用三色 do not move the focus). */}
      <div aria-live="polite">
        {panel.preview !== null && <PreviewCard preview={panel.preview} asOf={state.analysis?.asOf ?? state.asOf} applied={state.phase === 'done'} />}
      </div>
      <ProblemList problems={state.problems} sheet={state.sheet} onSelect={(sheet, cell) => void actions.selectCell(sheet, cell)} />
    </div>
  );
}
