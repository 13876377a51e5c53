import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { NoticeDoubt } from '../../core/notices/checkNoticePlausibility';
import type { NoticeDoubtText } from '../../core/notices/describeNoticeDoubt';
import { NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  counts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  wrap: { overflowWrap: 'anywhere' },
});

export interface NoticeDoubtDialogProps {
  /** The doubtful preview; the dialog shows while `open`. */
  doubt: NoticeDoubt | null;
  /** The doubt in words (reviewNotices). */
  text: NoticeDoubtText | null;
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before a doubtful batch goes into the append-only log (SPEC §9): why (more notices than a
 * run allows, or dated too long ago), and what would be issued by color, unit and month — the
 * lines the command line prints. 仍然发出 issues; 取消 (or Esc) writes nothing.
 */
export function NoticeDoubtDialog({ doubt, text, open, onConfirm, onCancel }: NoticeDoubtDialogProps) {
  const styles = useStyles();
  if (doubt === null || text === null) return null;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>确认生成督办单</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>「{NOTICE_LOG_SHEET}」只能追加，登记错了无法撤回。请核对：</Body1>
            <ul className={styles.list} aria-label="需要确认的原因">
              {text.reasons.map((reason) => (
                <li key={reason}>
                  <Body1 className={styles.wrap}>{reason}</Body1>
                </li>
              ))}
            </ul>
            <ul className={styles.counts} aria-label="将生成的督办单">
              <li>
                <Body1>
                  将发出督办单 {doubt.total} 份：{text.colors}
                </Body1>
              </li>
              <li>
                <Body1 className={styles.wrap}>按单位：{text.units}</Body1>
              </li>
              <li>
                <Body1 className={styles.wrap}>按月份：{text.months}</Body1>
              </li>
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              仍然发出
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              取消
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
