import { Button, Caption1, Field, Subtitle2, Textarea, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Ref } from 'react';
import { CALENDAR_SHEET_NAME } from './settingsPanelActions';
import type { HolidayState } from './settingsPanelState';
import { HolidayPreview } from './HolidayPreview';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 0, flexGrow: 1 },
  // As wide as the pane, however narrow (its 20 columns would push a 160 px pane sideways).
  text: { minWidth: 0, width: '100%' },
});

export interface HolidaySectionProps {
  holiday: HolidayState;
  canWrite: boolean;
  onText: (text: string) => void;
  onPreview: () => void;
  onWrite: () => void;
  /** The preview, for the focus to go to after 预览. */
  previewRef?: Ref<HTMLElement>;
}

/** 节假日安排: paste the State Council's notice, see what was read, write its days to 节假日调整. */
export function HolidaySection({ holiday, canWrite, onText, onPreview, onWrite, previewRef }: HolidaySectionProps) {
  const styles = useStyles();
  const headingId = useId('duban-holidays');
  const { preview, written, writing } = holiday;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        节假日安排
      </Subtitle2>
      <Caption1>
        每年国务院办公厅发布节假日安排通知后，把通知全文粘贴到下面，预览无误后写入「{CALENDAR_SHEET_NAME}」工作表：办理时限和督办单按其中的放假、上班日计算。已有的行不会改动。
      </Caption1>
      <Field label="粘贴国务院节假日安排通知">
        <Textarea className={styles.text} value={holiday.text} rows={6} resize="vertical" disabled={writing} onChange={(_, data) => onText(data.value)} />
      </Field>
      <div className={styles.buttons} role="group" aria-label="节假日安排操作">
        <Button className={styles.button} appearance={canWrite ? 'secondary' : 'primary'} disabled={writing || holiday.text.trim() === ''} onClick={onPreview}>
          预览节假日安排
        </Button>
        <Button className={styles.button} appearance={canWrite ? 'primary' : 'secondary'} disabled={!canWrite} onClick={onWrite}>
          {writing ? '正在写入…' : `写入「${CALENDAR_SHEET_NAME}」`}
        </Button>
      </div>
      {preview !== null && preview.days.length === 0 && <Caption1>通知中没有读出任何日期，无可写入的内容。</Caption1>}
      {written !== null && <Caption1>本次预览的日期已写入「{CALENDAR_SHEET_NAME}」；改动通知内容后可重新预览。</Caption1>}
      {preview !== null && <HolidayPreview focusRef={previewRef} preview={preview} />}
    </section>
  );
}
