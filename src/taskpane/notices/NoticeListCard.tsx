import { Badge, Body1, Button, Caption1, Card, CardHeader, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type Ref } from 'react';
import { COLOR_NAMES, NOTICE_LOG_SHEET } from '../../core/notices/noticeLog';
import { ColorBadge } from '../shared/components/ColorBadge';
import { countByColor, NOTICE_COLORS, type NoticeList } from './noticePanelState';

/** Shown at first: a year's backlog can be hundreds of notices. */
const FIRST = 30;

const useStyles = makeStyles({
  counts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, listStyleType: 'none', margin: 0, padding: 0 },
  count: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  notice: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  line: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  number: { fontWeight: tokens.fontWeightSemibold },
  wrap: { overflowWrap: 'anywhere' },
  sheets: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export interface NoticeListCardProps {
  list: NoticeList;
  /** Numbers voided since they were listed. */
  voided?: readonly string[];
  /** Issued already: the sheets added, each a button that opens it. */
  sheets?: string[];
  onOpenSheet?: (sheet: string) => void;
  /** The card, for the focus to go to (it is focusable, named by its label). */
  focusRef?: Ref<HTMLDivElement>;
}

/** The notices about to be issued (or just issued): counts per color, then one entry per notice. */
export function NoticeListCard({ list, voided = [], sheets, onOpenSheet, focusRef }: NoticeListCardProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLLIElement>(null);
  // 显示全部 goes away when pressed: the focus goes to the first notice it showed.
  useEffect(() => {
    if (all) firstMore.current?.focus();
  }, [all]);
  const issued = sheets !== undefined;
  const label = issued ? '已生成的督办单' : '督办单预览';
  const shown = all ? list.notices : list.notices.slice(0, FIRST);
  const byColor = countByColor(list.notices);
  return (
    <Card ref={focusRef} size="small" tabIndex={-1} aria-label={label}>
      <CardHeader
        header={<Subtitle2 as="h3">{label}</Subtitle2>}
        description={
          <Caption1>
            截止 {list.asOf}，台账「{list.ledgerSheet}」，{issued ? '已生成' : '应发'} {list.notices.length} 份
          </Caption1>
        }
      />
      {list.notices.length === 0 ? (
        <Body1>没有新的应发督办单：截止 {list.asOf} 应发的督办单都已登记在「{NOTICE_LOG_SHEET}」。</Body1>
      ) : (
        <>
          <ul className={styles.counts} aria-label="各色份数">
            {NOTICE_COLORS.map((c) => (
              <li key={c} className={styles.count}>
                <ColorBadge color={COLOR_NAMES[c]} />
                <Body1>{byColor[c]} 份</Body1>
              </li>
            ))}
          </ul>
          <ul className={styles.list} aria-label="督办单">
            {shown.map((n, i) => (
              <li key={n.number} className={styles.notice} ref={i === FIRST ? firstMore : undefined} tabIndex={i === FIRST ? -1 : undefined}>
                <span className={styles.line}>
                  <ColorBadge color={COLOR_NAMES[n.color]} />
                  <Body1 className={styles.number}>{n.number}</Body1>
                  <Caption1>{n.issueDate}</Caption1>
                  {voided.includes(n.number) && (
                    <Badge size="small" appearance="outline" color="subtle">
                      已作废
                    </Badge>
                  )}
                </span>
                <Body1 className={styles.wrap}>
                  {n.unit}：{n.itemId} {n.title}
                </Body1>
              </li>
            ))}
          </ul>
          {!all && list.notices.length > FIRST && (
            <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
              显示全部 {list.notices.length} 份
            </Button>
          )}
        </>
      )}
      {issued && sheets.length > 0 && (
        <>
          <Caption1>新增的督办单工作表（点击查看，可直接打印）：</Caption1>
          <ul className={styles.sheets} aria-label="新增的督办单工作表">
            {sheets.map((sheet) => (
              <li key={sheet}>
                <Link as="button" onClick={() => onOpenSheet?.(sheet)}>
                  {sheet}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
