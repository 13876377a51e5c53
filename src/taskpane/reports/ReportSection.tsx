import { Button, Field, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { PanelMessageBar } from '../shared/components/PanelMessageBar';
import type { PanelMessage } from '../shared/panelMessage';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  result: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
});

export interface ReportSectionProps {
  title: string;
  /** The inputs and the button. */
  children: ReactNode;
  /** What this report is doing now; null when it is not the one running. */
  progress: string | null;
  message: PanelMessage | null;
  onDismiss: () => void;
  /** The last result, announced when it appears (the buttons do not move the focus). */
  result: ReactNode;
}

/** One report of the tab: heading, inputs and button, progress, its failure, its result. */
export function ReportSection(props: ReportSectionProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Subtitle2 as="h2" id={id}>
        {props.title}
      </Subtitle2>
      {props.children}
      {props.progress !== null && (
        <Field label={props.progress} validationState="none">
          <ProgressBar />
        </Field>
      )}
      <div className={styles.result} aria-live="polite">
        <PanelMessageBar message={props.message} onDismiss={props.onDismiss} />
        {props.result}
      </div>
    </section>
  );
}

export interface GoToSheetButtonProps {
  sheet: string;
  disabled: boolean;
  onGo: (sheet: string) => void;
}

/** Takes the user to a sheet the tab just added (A1 selected). */
export function GoToSheetButton({ sheet, disabled, onGo }: GoToSheetButtonProps) {
  return (
    <Button size="small" appearance="secondary" disabled={disabled} onClick={() => onGo(sheet)}>
      转到「{sheet}」
    </Button>
  );
}
