import type { ItemEscalation, LedgerStatus } from '../../core/escalation/escalate';

export interface PreviewSummary {
  /** Items on the ledger. */
  items: number;
  /** Items per status of the 督办状态 column. */
  byStatus: Record<LedgerStatus, number>;
  /** Supervised units with at least one blue, yellow or red item, in ledger order. */
  units: string[];
}

/** Display order of the statuses (the colors first, most urgent first). */
export const STATUS_ORDER: readonly LedgerStatus[] = ['红', '黄', '蓝', '已办结', '长期', '—'];

/** What 应用三色 would write, counted before anything is written. */
export function summarizePreview(escalations: readonly ItemEscalation[]): PreviewSummary {
  const byStatus: Record<LedgerStatus, number> = { 红: 0, 黄: 0, 蓝: 0, 已办结: 0, 长期: 0, '—': 0 };
  const units = new Set<string>();
  for (const e of escalations) {
    byStatus[e.status]++;
    if (e.status === '红' || e.status === '黄' || e.status === '蓝') for (const u of e.item.units) units.add(u);
  }
  return { items: escalations.length, byStatus, units: [...units] };
}
