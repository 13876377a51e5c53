import {
  Badge,
  Body1,
  Caption1,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
  useId,
} from '@fluentui/react-components';
import { Fragment, type Ref } from 'react';
import type { HolidayNoticePreview } from '../../app/previewHolidayNotice';

/** A pane narrower than this (a 320 px pane at 200% zoom is 160 CSS px), each day is a line of its own, not a table row. */
const NARROW = '@media (max-width: 264px)';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  table: { minWidth: 0, [NARROW]: { display: 'block' } },
  date: { width: '6.5em' },
  kind: { width: '5.5em' },
  // Narrow: the column heads stay for screen readers (each cell keeps its head) but are not drawn.
  head: {
    [NARROW]: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
  },
  body: { [NARROW]: { display: 'block' } },
  // Narrow: the date and 放假/上班 on a line, the name under them.
  row: { [NARROW]: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS } },
  cell: { [NARROW]: { display: 'block', height: 'auto', paddingLeft: 0, paddingRight: 0 } },
  nameCell: { [NARROW]: { flexBasis: '100%' } },
  name: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
  doubt: { display: 'block', overflowWrap: 'anywhere', paddingBottom: tokens.spacingVerticalXS },
  badge: { flexShrink: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column', overflowWrap: 'anywhere' },
});

export interface HolidayPreviewProps {
  preview: HolidayNoticePreview;
  /** The preview, for the focus to go to (it is focusable, named by its label). */
  focusRef?: Ref<HTMLElement>;
}

/** A doubt's mark: a warning sign and the word, not a color alone. */
function DoubtBadge() {
  const styles = useStyles();
  return (
    <Badge className={styles.badge} size="small" appearance="tint" color="warning" icon={<span aria-hidden="true">⚠</span>}>
      存疑
    </Badge>
  );
}

/** Whether the year will be recorded as entered whole, and when not, why. */
function entireYearText(preview: HolidayNoticePreview): string {
  const { notice, entireYear } = preview;
  if (entireYear !== null) return `写入时将登记 ${entireYear} 年“全年已录入”：该年放假和上班的安排以此为准。`;
  if (notice.year === null) return '通知中没有读出年份，不会登记“全年已录入”。';
  return `不会登记 ${notice.year} 年“全年已录入”：有 ${notice.unread.length} 句未能读出，该年的安排可能不全，请核对后在「节假日调整」表中补录。`;
}

/**
 * What 预览 read from the pasted notice: the year, each day (放假 or 上班), the days the built-in
 * calendar data disagrees with, every sentence not read with the reason, and whether the year
 * will be entered whole.
 */
export function HolidayPreview({ preview, focusRef }: HolidayPreviewProps) {
  const styles = useStyles();
  const unreadId = useId('duban-unread');
  const { notice, days } = preview;
  const holidays = days.filter((d) => d.kind === 'holiday').length;
  const doubts = days.filter((d) => d.doubt !== null).length;
  return (
    <section ref={focusRef} className={styles.root} tabIndex={-1} aria-label="节假日安排预览">
      <Body1>
        {notice.year === null ? '未读出年份' : `${notice.year} 年`}：读出 {days.length} 天，放假 {holidays} 天、上班 {days.length - holidays} 天
        {doubts > 0 ? `；其中 ${doubts} 天存疑` : ''}
      </Body1>
      <Caption1>{entireYearText(preview)}</Caption1>
      {days.length > 0 && (
        <Table className={styles.table} size="extra-small" aria-label="读出的日期">
          <TableHeader className={styles.head}>
            <TableRow>
              <TableHeaderCell className={styles.date}>日期</TableHeaderCell>
              <TableHeaderCell className={styles.kind}>放假/上班</TableHeaderCell>
              <TableHeaderCell>名称</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody className={styles.body}>
            {days.map((day) => (
              <Fragment key={day.date}>
                <TableRow className={styles.row}>
                  <TableCell className={styles.cell}>{day.date}</TableCell>
                  <TableCell className={styles.cell}>{day.kind === 'holiday' ? '放假' : '上班'}</TableCell>
                  <TableCell className={mergeClasses(styles.cell, styles.nameCell)}>
                    <span className={styles.name}>
                      {day.name}
                      {day.doubt !== null && <DoubtBadge />}
                    </span>
                  </TableCell>
                </TableRow>
                {day.doubt !== null && (
                  <TableRow className={styles.row} aria-label={`${day.date} 存疑`}>
                    <TableCell className={mergeClasses(styles.cell, styles.nameCell)} colSpan={3}>
                      <Caption1 className={styles.doubt}>
                        存疑原因：{day.doubt}，请核对通知原文
                      </Caption1>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            ))}
          </TableBody>
        </Table>
      )}
      {notice.unread.length > 0 && (
        <section aria-labelledby={unreadId}>
          <Subtitle2 as="h3" id={unreadId}>
            未能读出的句子 {notice.unread.length} 句
          </Subtitle2>
          <Caption1 block>其中的日期不会写入，请核对原文，需要时在「节假日调整」表中手工补录。</Caption1>
          <ol className={styles.list}>
            {notice.unread.map((u, i) => (
              <li key={i} className={styles.item}>
                <Body1>“{u.text}”</Body1>
                <Caption1>原因：{u.reason}</Caption1>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
