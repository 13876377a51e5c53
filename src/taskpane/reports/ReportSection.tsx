import { Button, Field, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode, type Ref } from 'react';
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
  /** 关闭 on the message: the tab drops it and gives the focus back. */
  onDismiss: () => void;
  /** The last result (nothing before the first): a group named 「<title>结果」 that the focus goes to when it appears. */
  result: ReactNode;
  /** The message bar and the result, for the tab's focus handling to move to. */
  messageRef?: Ref<HTMLDivElement>;
  resultRef?: Ref<HTMLDivElement>;
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
      <PanelMessageBar message={props.message} barRef={props.messageRef} onDismiss={props.onDismiss} />
      {props.result !== null && props.result !== false && (
        <div ref={props.resultRef} className={styles.result} role="group" tabIndex={-1} aria-label={`${props.title}结果`}>
          {props.result}
        </div>
      )}
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
