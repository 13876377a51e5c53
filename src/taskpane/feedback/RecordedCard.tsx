import { Body1, Caption1, Card, CardHeader, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import { FEEDBACK_SHEET } from '../../core/feedback/feedbackLog';
import { splitCellRef } from './feedbackTexts';
import type { RecordedOutcome } from './feedbackPanelState';

const useStyles = makeStyles({
  cells: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  link: { textAlign: 'start', overflowWrap: 'anywhere' },
  wrap: { overflowWrap: 'anywhere' },
});

export interface RecordedCardProps {
  recorded: RecordedOutcome;
  /** Something else is running: the links wait. */
  disabled: boolean;
  onOpenSheet: (sheet: string) => void;
  onSelectCell: (sheet: string, cell: string) => void;
  /** The card, for the focus to go to (it is focusable, named by its label). */
  focusRef?: Ref<HTMLDivElement>;
}

/** Cell references as links that select their cell. */
function CellLinks({ cells, label, disabled, onSelectCell }: { cells: string[]; label: string; disabled: boolean; onSelectCell: RecordedCardProps['onSelectCell'] }) {
  const styles = useStyles();
  return (
    <ul className={styles.cells} aria-label={label}>
      {cells.map((ref) => {
        const { sheet, cell } = splitCellRef(ref);
        return (
          <li key={ref}>
            <Link className={styles.link} as="button" disabled={disabled} onClick={() => onSelectCell(sheet, cell)}>
              {ref}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** What 确认导入 wrote: the rows registered (a link to 反馈登记), the ledger cells filled and those left alone. */
export function RecordedCard({ recorded, disabled, onOpenSheet, onSelectCell, focusRef }: RecordedCardProps) {
  const styles = useStyles();
  const { registered, filled, notEmpty } = recorded;
  return (
    <Card ref={focusRef} size="small" tabIndex={-1} aria-label="导入结果">
      <CardHeader header={<Subtitle2 as="h3">导入结果</Subtitle2>} />
      <Body1 className={styles.wrap}>
        {registered.length > 0 ? `已登记到「${FEEDBACK_SHEET}」${registered.length} 条。` : `没有新登记的行：这些反馈已在「${FEEDBACK_SHEET}」中。`}
      </Body1>
      {registered.length > 0 && (
        <Link className={styles.link} as="button" disabled={disabled} onClick={() => onOpenSheet(FEEDBACK_SHEET)}>
          打开「{FEEDBACK_SHEET}」
        </Link>
      )}
      {recorded.applied ? (
        <>
          <Body1>填入台账的完成时间 {filled.length} 处{filled.length > 0 ? '（点击查看，单元格标为浅紫色）：' : '。'}</Body1>
          {filled.length > 0 && <CellLinks cells={filled} label="已填入的单元格" disabled={disabled} onSelectCell={onSelectCell} />}
          {notEmpty.length > 0 && (
            <>
              <Body1 className={styles.wrap}>未填入 {notEmpty.length} 处：读取后这些单元格已有内容，台账未改动，请核对：</Body1>
              <CellLinks cells={notEmpty} label="未填入的单元格" disabled={disabled} onSelectCell={onSelectCell} />
            </>
          )}
        </>
      ) : (
        recorded.unapplied > 0 && (
          <Caption1 className={styles.wrap}>
            未勾选填入台账：{recorded.unapplied} 处报告的完成时间只登记在「{FEEDBACK_SHEET}」，台账未改动。
          </Caption1>
        )
      )}
    </Card>
  );
}
