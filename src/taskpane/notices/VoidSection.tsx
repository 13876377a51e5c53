import { Body1, Button, Caption1, Field, Subtitle2, Textarea, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { Ref } from 'react';
import { COLOR_NAMES, NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';
import { ColorBadge } from '../shared/components/ColorBadge';
import type { VoidTarget } from '../../app/findVoidTarget';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  target: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  number: { fontWeight: tokens.fontWeightSemibold },
  wrap: { overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { minWidth: 0, flexGrow: 1 },
});

export interface VoidSectionProps {
  target: VoidTarget | null;
  reason: string;
  reasonMissing: boolean;
  busy: boolean;
  canVoid: boolean;
  onRead: () => void;
  onReason: (reason: string) => void;
  onVoid: () => void;
  /** The notice read, for the focus to go to after 读取选中行. */
  targetRef?: Ref<HTMLDivElement>;
}

/** 作废: the row selected on 督办单登记, its notice, the reason (required), the button. */
export function VoidSection(props: VoidSectionProps) {
  const styles = useStyles();
  const headingId = useId('duban-void');
  const { target } = props;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        作废督办单
      </Subtitle2>
      <Caption1>在「{NOTICE_LOG_SHEET}」表中选中要作废的督办单所在的行，再点击“读取选中行”。作废的督办单保留在登记表中，编号不再使用。</Caption1>
      <div className={styles.buttons}>
        <Button className={styles.button} disabled={props.busy} onClick={props.onRead}>
          读取选中行
        </Button>
      </div>
      {target !== null && (
        <>
          <div ref={props.targetRef} className={styles.target} role="group" tabIndex={-1} aria-label="要作废的督办单">
            <span className={styles.line}>
              <Caption1>第 {target.row} 行</Caption1>
              <ColorBadge color={COLOR_NAMES[target.color]} />
              <Body1 className={styles.number}>{target.number}</Body1>
              <Caption1>{target.issueDate}</Caption1>
            </span>
            <Body1 className={styles.wrap}>
              {target.unit}：{target.itemId} {target.title}
            </Body1>
          </div>
          <Field
            label="作废原因"
            required
            validationState={props.reasonMissing ? 'error' : 'none'}
            validationMessage={props.reasonMissing ? '请填写作废原因' : undefined}
            hint="记入登记表该行的备注"
          >
            <Textarea value={props.reason} resize="vertical" disabled={props.busy} onChange={(_, data) => props.onReason(data.value)} />
          </Field>
          <div className={styles.buttons}>
            <Button className={styles.button} appearance="primary" disabled={!props.canVoid} onClick={props.onVoid}>
              作废
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
