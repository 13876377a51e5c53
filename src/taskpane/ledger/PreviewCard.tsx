import { Badge, Body1, Caption1, Card, CardHeader, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { Ref } from 'react';
import type { LedgerStatus } from '../../core/escalation/escalate';
import { STATUS_ORDER, type PreviewSummary } from './summarizePreview';
import { ColorBadge } from '../shared/components/ColorBadge';
import { DueSoonList } from './DueSoonList';

const useStyles = makeStyles({
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0,
  },
  count: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  units: { overflowWrap: 'anywhere' },
});

const LABELS: Record<LedgerStatus, string> = { 红: '红', 黄: '黄', 蓝: '蓝', 临期: '临期', 已办结: '已办结', 长期: '长期', '—': '未到期' };
const PLAIN: Record<'已办结' | '长期' | '—', 'success' | 'informative' | 'subtle'> = { 已办结: 'success', 长期: 'informative', '—': 'subtle' };

export interface PreviewCardProps {
  preview: PreviewSummary;
  asOf: string;
  /** Written already (after 应用三色) rather than a preview. */
  applied: boolean;
  /** The card, for the focus to go to after 预览 (it is focusable, named by its label). */
  focusRef?: Ref<HTMLDivElement>;
}

/** Items per color (临期 included) and the units concerned, before (or after) anything is written; the 临期 reminders below. */
export function PreviewCard({ preview, asOf, applied, focusRef }: PreviewCardProps) {
  const styles = useStyles();
  const { units } = preview;
  return (
    <Card ref={focusRef} size="small" tabIndex={-1} aria-label={applied ? '着色结果' : '着色预览'}>
      <CardHeader
        header={<Subtitle2 as="h2">{applied ? '着色结果' : '预览'}</Subtitle2>}
        description={<Caption1>截止 {asOf}，共 {preview.items} 项督办事项</Caption1>}
      />
      <ul className={styles.counts}>
        {STATUS_ORDER.map((status) => {
          const colored = status === '红' || status === '黄' || status === '蓝' || status === '临期';
          return (
            <li key={status} className={styles.count}>
              {colored ? (
                <ColorBadge color={status}>{LABELS[status]}</ColorBadge>
              ) : (
                <Badge appearance="tint" shape="rounded" color={PLAIN[status]}>
                  {LABELS[status]}
                </Badge>
              )}
              <Body1>{preview.byStatus[status]} 项</Body1>
            </li>
          );
        })}
      </ul>
      <Body1 className={styles.units}>
        涉及单位 {units.length} 个{units.length > 0 ? `：${units.join('、')}` : ''}
      </Body1>
      {preview.dueSoon.length > 0 && <DueSoonList entries={preview.dueSoon} />}
    </Card>
  );
}
