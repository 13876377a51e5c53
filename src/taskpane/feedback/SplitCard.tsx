import { Body1, Caption1, Card, CardHeader, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { SplitOutcome } from './feedbackPanelState';

const useStyles = makeStyles({
  sheets: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  sheet: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  link: { textAlign: 'start', overflowWrap: 'anywhere' },
  wrap: { overflowWrap: 'anywhere' },
});

export interface SplitCardProps {
  split: SplitOutcome;
  /** Something else is running: the sheets' links wait. */
  disabled: boolean;
  onOpenSheet: (sheet: string) => void;
  /** The card, for the focus to go to (it is focusable, named by its label). */
  focusRef?: Ref<HTMLDivElement>;
}

/** The 督办清单 sheets just added (each a link that opens it), the units left out, how to send them. */
export function SplitCard({ split, disabled, onOpenSheet, focusRef }: SplitCardProps) {
  const styles = useStyles();
  const { lists, idle } = split;
  return (
    <Card ref={focusRef} size="small" tabIndex={-1} aria-label="已生成的督办清单">
      <CardHeader
        header={<Subtitle2 as="h3">已生成的督办清单</Subtitle2>}
        description={
          <Caption1>
            截至 {split.asOf}，台账「{split.ledgerSheet}」，{lists.length} 个单位
          </Caption1>
        }
      />
      {lists.length === 0 ? (
        <Body1>截至 {split.asOf} 没有在办事项，未生成清单。</Body1>
      ) : (
        <>
          <Caption1>新增的清单工作表（点击查看）：</Caption1>
          <ul className={styles.sheets} aria-label="督办清单工作表">
            {lists.map((l) => (
              <li key={l.sheet} className={styles.sheet}>
                <Link className={styles.link} as="button" disabled={disabled} onClick={() => onOpenSheet(l.sheet)}>
                  {l.sheet}
                </Link>
                <Caption1>{l.items} 项</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {idle.length > 0 && (
        <Body1 className={styles.wrap}>
          没有在办事项、未生成清单的单位 {idle.length} 个：{idle.join('、')}
        </Body1>
      )}
      {lists.length > 0 && (
        <Caption1 className={styles.wrap}>
          发送：右击清单工作表的标签 →「移动或复制」→ 工作簿选「(新工作簿)」→ 确定；保存新工作簿后发给该单位。
        </Caption1>
      )}
    </Card>
  );
}
