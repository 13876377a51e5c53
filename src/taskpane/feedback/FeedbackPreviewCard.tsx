import { Body1, Button, Caption1, Card, CardHeader, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type Ref } from 'react';
import { FEEDBACK_SHEET } from '../../core/feedback/feedbackLog';
import { fillCount, type CollectPreview } from './feedbackPanelState';

/** Shown at first: a round of answers from every unit can be a hundred rows. */
const FIRST = 30;

const useStyles = makeStyles({
  counts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  answer: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  key: { fontWeight: tokens.fontWeightSemibold },
  refused: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  wrap: { overflowWrap: 'anywhere' },
});

export interface FeedbackPreviewCardProps {
  collect: CollectPreview;
  /** The card, for the focus to go to (it is focusable, named by its label). */
  focusRef?: Ref<HTMLDivElement>;
}

/**
 * What 读取交回的清单 found, before anything is written: the sheets read, the counts (new answers,
 * answers registered before, rows left blank, dates that could fill the ledger, lists refused and
 * why), then the new answers themselves.
 */
export function FeedbackPreviewCard({ collect, focusRef }: FeedbackPreviewCardProps) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const firstMore = useRef<HTMLLIElement>(null);
  // 显示全部 goes away when pressed: the focus goes to the first answer it showed.
  useEffect(() => {
    if (all) firstMore.current?.focus();
  }, [all]);
  const { preview, sheets } = collect;
  const { review } = preview;
  const answers = all ? review.answers : review.answers.slice(0, FIRST);
  const errors = review.problems.filter((p) => p.severity === 'error').length;
  return (
    <Card ref={focusRef} size="small" tabIndex={-1} aria-label="反馈预览">
      <CardHeader
        header={<Subtitle2 as="h3">反馈预览</Subtitle2>}
        description={
          <Caption1>
            收到日期 {preview.receivedOn}，读取清单 {preview.lists} 张
          </Caption1>
        }
      />
      <Caption1 className={styles.wrap}>读取的工作表：{sheets.join('、')}</Caption1>
      <ul className={styles.counts} aria-label="反馈统计">
        <li>
          <Body1>新的反馈 {review.answers.length} 条（将登记到「{FEEDBACK_SHEET}」）</Body1>
        </li>
        <li>
          <Body1>已登记过 {review.duplicates} 条（不再登记）</Body1>
        </li>
        <li>
          <Body1>未填写 {review.blank} 行</Body1>
        </li>
        <li>
          <Body1>可填入台账的完成时间 {fillCount(preview)} 处</Body1>
        </li>
        {review.refused.length > 0 && (
          <li>
            <Body1>未导入的清单 {review.refused.length} 张</Body1>
          </li>
        )}
        {review.problems.length > 0 && (
          <li>
            <Body1>
              问题 {review.problems.length} 条（错误 {errors} 条的行未导入，见下方“问题”）
            </Body1>
          </li>
        )}
      </ul>
      {review.refused.length > 0 && (
        <ul className={styles.refused} aria-label="未导入的清单">
          {review.refused.map((r, i) => (
            <li key={i}>
              <Body1 className={styles.wrap}>{r.message}</Body1>
            </li>
          ))}
        </ul>
      )}
      {review.answers.length > 0 && (
        <>
          <ul className={styles.list} aria-label="新的反馈">
            {answers.map(({ record: r }, i) => (
              <li key={i} className={styles.answer} ref={i === FIRST ? firstMore : undefined} tabIndex={i === FIRST ? -1 : undefined}>
                <Body1 className={styles.wrap}>
                  {r.unit}：<span className={styles.key}>{r.key}</span> {r.title}
                </Body1>
                <Caption1 className={styles.wrap}>
                  {[r.progress, r.completed === null ? null : `完成时间 ${r.completed}`, r.evidence === null ? null : `佐证：${r.evidence}`, r.contact === null ? null : `联系人：${r.contact}`]
                    .filter((x) => x !== null)
                    .join('；')}
                </Caption1>
              </li>
            ))}
          </ul>
          {!all && review.answers.length > FIRST && (
            <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
              显示全部 {review.answers.length} 条
            </Button>
          )}
        </>
      )}
    </Card>
  );
}
