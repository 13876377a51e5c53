import { dueSoonSms } from '../../app/buildReport';
import type { DateOnly } from '../../core/dates/dateOnly';
import type { ItemEscalation, LedgerStatus } from '../../core/escalation/escalate';

/** A 临期 item as the preview lists it (SPEC §9): a reminder to send, not a notice. */
export interface DueSoonEntry {
  /** 1-based ledger row. */
  row: number;
  /** 事项编号, or null when the ledger has none for the row. */
  id: string | null;
  title: string;
  units: string[];
  /** The deadline in force. */
  deadline: DateOnly;
  /** Working days after the as-of date up to and including the deadline (1 = due the next working day). */
  workingDaysLeft: number;
  /** The reminder's SMS text; null when the summary was made without the issuing office. */
  sms: string | null;
}

export interface PreviewSummary {
  /** Items on the ledger. */
  items: number;
  /** Items per status of the 督办状态 column. */
  byStatus: Record<LedgerStatus, number>;
  /** Supervised units with at least one blue, yellow or red item, in ledger order. */
  units: string[];
  /** The 临期 items, soonest deadline first, then in ledger order. */
  dueSoon: DueSoonEntry[];
}

/** Display order of the statuses (the colors first, most urgent first; 临期 after the notices). */
export const STATUS_ORDER: readonly LedgerStatus[] = ['红', '黄', '蓝', '临期', '已办结', '长期', '—'];

/**
 * What 应用三色 would write, counted before anything is written, with the 临期 items and their
 * reminder texts (signed by `office`, rules.notices.office; without it the texts are left out).
 *
 * @example
 * // escalations as of 2020-09-28: 县住建局's 背街小巷提质改造 due 10-09 (临期), another item red
 * const s = summarizePreview(escalations, '湘阴县人民政府督查室');
 * s.byStatus.临期 // → 1
 * s.dueSoon[0].sms // → '【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。'
 */
export function summarizePreview(escalations: readonly ItemEscalation[], office?: string): PreviewSummary {
  const byStatus: Record<LedgerStatus, number> = { 红: 0, 黄: 0, 蓝: 0, 临期: 0, 已办结: 0, 长期: 0, '—': 0 };
  const units = new Set<string>();
  const dueSoon: DueSoonEntry[] = [];
  for (const e of escalations) {
    byStatus[e.status]++;
    if (e.status === '红' || e.status === '黄' || e.status === '蓝') for (const u of e.item.units) units.add(u);
    if (e.dueSoon !== null) {
      const { item } = e;
      const sms = office === undefined ? null : dueSoonSms(e, office);
      dueSoon.push({ row: item.row, id: item.id, title: item.title, units: item.units, deadline: e.dueSoon.deadline, workingDaysLeft: e.dueSoon.workingDaysLeft, sms });
    }
  }
  dueSoon.sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.row - b.row));
  return { items: escalations.length, byStatus, units: [...units], dueSoon };
}
