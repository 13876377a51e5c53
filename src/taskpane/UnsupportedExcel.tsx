import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

export interface UnsupportedExcelProps {
  /** Which Excel the add-in needs, in plain words. */
  text: string;
}

/** The pane on an Excel too old for the add-in: says so instead of failing at the first read. */
export function UnsupportedExcel({ text }: UnsupportedExcelProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">督办台账助手</Subtitle1>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>无法使用</MessageBarTitle>
          {text}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
