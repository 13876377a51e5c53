import { diffDays, parseDateOnly, type DateOnly } from '../dates/dateOnly';
import type { ItemEscalation, LedgerStatus } from '../escalation/escalate';
import { createHasher } from '../ledger/snapshotFingerprint';
import type { LogEntry } from '../notices/noticeLog';
import type { NoticeColor } from '../rules/ruleSet';

/**
 * The columns of a unit's list (督办清单), in order, as written and as read back: the item as the
 * ledger has it (locked), then the four the unit fills in.
 */
export const LIST_COLUMNS = {
  key: '事项编号',
  title: '事项名称',
  source: '来源',
  deadline: '办理时限',
  status: '督办状态',
  notices: '已收督办单',
  daysOverdue: '逾期天数',
  progress: '进展情况',
  completed: '完成时间',
  evidence: '佐证材料',
  contact: '联系人',
} as const;

export type ListColumn = keyof typeof LIST_COLUMNS;

/** The columns the unit fills in; every other cell of the list is locked. */
export const ANSWER_COLUMNS: readonly ListColumn[] = ['progress', 'completed', 'evidence', 'contact'];

/** A notice the unit has received for the item: a valid row of 督办单登记. */
export interface ReceivedNotice {
  color: NoticeColor;
  number: string | null;
  issueDate: DateOnly;
}

export interface UnitListItem {
  /** How the list names the item: its 事项编号, or `第12行` (its ledger row) when it has none. */
  key: string;
  /** 1-based row of the item in the ledger. */
  row: number;
  title: string;
  source: string | null;
  /** The deadline in force (after extensions); null for 长期 or none. */
  deadline: DateOnly | null;
  status: LedgerStatus;
  notices: ReceivedNotice[];
  /** Whole calendar days past the deadline in force on the as-of date; 0 when not past it. */
  daysOverdue: number;
}

/** One supervised unit's open items as of a date: what its 督办清单 holds. */
export interface UnitList {
  unit: string;
  asOf: DateOnly;
  /** fingerprintItems of the items: carried in the list, so an answer can be matched to this ledger. */
  fingerprint: string;
  items: UnitListItem[];
}

/**
 * The key an item goes by in a unit's list: its 事项编号, or its ledger row when it has none.
 *
 * @example
 * itemKey({ id: 'DB-01', row: 5 }) // → 'DB-01'
 * itemKey({ id: null, row: 12 }) // → '第12行'
 */
export function itemKey(item: { id: string | null; row: number }): string {
  return item.id ?? `第${item.row}行`;
}

/**
 * What ties a list to the ledger it came from: a hash of its items' keys and titles, in key
 * order. Another ledger (last year's, another office's) names its items otherwise, even where its
 * numbers are the same; adding items to this ledger or changing their status changes nothing.
 *
 * @example
 * fingerprintItems([{ key: 'DB-01', title: '背街小巷提质改造' }]) === fingerprintItems([{ key: 'DB-01', title: '背街小巷改造' }]) // → false
 */
export function fingerprintItems(items: ReadonlyArray<{ key: string; title: string }>): string {
  const hasher = createHasher();
  for (const i of [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) hasher.add(i.key).add(i.title);
  return hasher.digest();
}

const byName = new Intl.Collator('zh-CN').compare;

/**
 * Each supervised unit's open items as of a date (issue 21, 分发): items not done by `asOf` and
 * assigned on or before it, with their deadline in force, status, the notices the unit has had
 * for them (from the log) and days overdue; units in name order, items in ledger order. A unit of
 * the ledger with nothing open is listed in `idle` instead: it gets no list. Co-units (配合单位)
 * are not supervised and get none.
 *
 * @example
 * // DB-01 open for 县住建局 (deadline 2020-05-11, blue 督〔2020〕蓝1号 logged 05-11); DB-02 done, for 县财政局
 * const { lists, idle } = listUnitItems(escalations, log, '2020-05-20');
 * lists.map((l) => [l.unit, l.items.map((i) => `${i.key} ${i.daysOverdue}`)]) // → [['县住建局', ['DB-01 9']]]
 * idle // → ['县财政局']
 */
export function listUnitItems(
  escalations: readonly ItemEscalation[],
  log: readonly LogEntry[],
  asOf: DateOnly,
): { lists: UnitList[]; idle: string[] } {
  const received = new Map<string, ReceivedNotice[]>();
  for (const n of log) {
    if (n.voided || n.issueDate > asOf) continue;
    const key = `${n.itemId}\u0000${n.unit}`;
    let list = received.get(key);
    if (list === undefined) received.set(key, (list = []));
    list.push({ color: n.color, number: n.number, issueDate: n.issueDate });
  }
  const byUnit = new Map<string, UnitListItem[]>();
  const units = new Set<string>();
  for (const e of escalations) {
    for (const unit of e.item.units) units.add(unit);
    if (e.done || (e.item.assigned !== null && e.item.assigned > asOf)) continue;
    const force = e.deadline.deadline;
    const overdue = force === null ? 0 : diffDays(asOf, force);
    for (const unit of e.item.units) {
      let items = byUnit.get(unit);
      if (items === undefined) byUnit.set(unit, (items = []));
      const notices = e.item.id === null ? [] : (received.get(`${e.item.id}\u0000${unit}`) ?? []);
      items.push({
        key: itemKey(e.item),
        row: e.item.row,
        title: e.item.title,
        source: e.item.source,
        deadline: force,
        status: e.status,
        notices: [...notices].sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0)),
        daysOverdue: overdue > 0 ? overdue : 0,
      });
    }
  }
  const lists = [...byUnit.entries()]
    .sort(([a], [b]) => byName(a, b))
    .map(([unit, items]) => ({ unit, asOf, fingerprint: fingerprintItems(items), items }));
  const idle = [...units].filter((u) => !byUnit.has(u)).sort(byName);
  return { lists, idle };
}

/** The format of the lists this version writes and reads; a later format is named, not misread. */
export const LIST_FORMAT = '督办清单1';
const MARK_PREFIX = '清单标识：';

/** What a list says of itself, in one locked cell below its table. */
export interface ListMark {
  format: string;
  unit: string;
  asOf: DateOnly;
  fingerprint: string;
}

/**
 * The list's own line: format, unit, as-of date and fingerprint, separated by full-width bars
 * (which no unit name holds), readable to a clerk and to parseListMark.
 *
 * @example
 * formatListMark({ unit: '县住建局', asOf: '2020-05-20', fingerprint: '1x2y3z' }) // → '清单标识：督办清单1｜县住建局｜2020-05-20｜1x2y3z'
 */
export function formatListMark(list: Pick<UnitList, 'unit' | 'asOf' | 'fingerprint'>): string {
  return `${MARK_PREFIX}${LIST_FORMAT}｜${list.unit}｜${list.asOf}｜${list.fingerprint}`;
}

/**
 * A list's line read back; null when the text is not one (any cell of any sheet may be tried).
 *
 * @example
 * parseListMark('清单标识：督办清单1｜县住建局｜2020-05-20｜1x2y3z') // → { format: '督办清单1', unit: '县住建局', asOf: '2020-05-20', fingerprint: '1x2y3z' }
 * parseListMark('县住建局') // → null
 */
export function parseListMark(text: string): ListMark | null {
  if (!text.startsWith(MARK_PREFIX)) return null;
  const parts = text.slice(MARK_PREFIX.length).trim().split('｜');
  if (parts.length !== 4) return null;
  const [format, unit, date, fingerprint] = parts.map((p) => p.trim());
  const asOf = parseDateOnly(date);
  if (!/^督办清单\d+$/.test(format) || unit === '' || asOf === null || !/^[0-9a-z]+$/.test(fingerprint)) return null;
  return { format, unit, asOf, fingerprint };
}
