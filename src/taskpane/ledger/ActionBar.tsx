import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import type { PanelPhase, PanelProgress } from './ledgerPanelState';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // Three buttons on one line at 320 px: Fluent's 96 px minimum would wrap the third.
  button: { minWidth: 0, flexGrow: 1 },
});

export interface ActionBarProps {
  phase: PanelPhase;
  progress: PanelProgress | null;
  canPreview: boolean;
  canApply: boolean;
  canClear: boolean;
  onPreview: () => void;
  onApply: () => void;
  onClear: () => void;
}

/** 预览 → 应用三色, 清除着色, and the progress of whatever is running. */
export function ActionBar(props: ActionBarProps) {
  const styles = useStyles();
  const { phase, progress } = props;
  return (
    <>
      <div className={styles.buttons} role="group" aria-label="操作">
        <Button className={styles.button} appearance={props.canApply ? 'secondary' : 'primary'} disabled={!props.canPreview} onClick={props.onPreview}>
          预览
        </Button>
        <Button className={styles.button} appearance={props.canApply ? 'primary' : 'secondary'} disabled={!props.canApply} onClick={props.onApply}>
          应用三色
        </Button>
        <Button className={styles.button} appearance="subtle" disabled={!props.canClear} onClick={props.onClear}>
          清除着色
        </Button>
      </div>
      {phase === 'applying' && progress !== null && (
        <Field label={progress.label} validationMessage={`第 ${progress.step} 步，共 ${progress.steps} 步`} validationState="none">
          <ProgressBar value={progress.step / progress.steps} max={1} />
        </Field>
      )}
      {(phase === 'analyzing' || phase === 'loading') && (
        <Field label={phase === 'loading' ? '正在识别台账…' : '正在分析台账…'} validationState="none">
          <ProgressBar />
        </Field>
      )}
    </>
  );
}
