import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation, LoggedNotice } from '../escalation/escalate';
import type { NoticeCounts } from '../scoring/scoreFromCounts';
import { deadlineOn, isDoneOn } from './itemStateOn';

/** A bulletin's headline numbers for one period (SPEC §8). */
export interface BulletinCounts {
  /** Items assigned in the period. */
  assigned: number;
  /** Items completed in the period (by their completion date). */
  done: number;
  /** Of those, completed on or before the deadline in force. */
  doneOnTime: number;
  /** Items assigned by the period end and not done by then (long-term items included). */
  open: number;
  /** Of those, past the deadline in force on the period end. */
  overdue: number;
  /** Valid notices in the notice log issued in the period, by color. */
  notices: NoticeCounts;
}

/**
 * Counts for the days `from`…`to` (inclusive; `to` is the period end, or the as-of date when
 * the period is not over). Notices come from the notice log only, voided ones never. An item with
 * no assigned date is never "assigned in" a period but is open (and can be overdue) like any other.
 *
 * @example
 * // escalations: DB-01 (交办 2020-04-01, 办理时限 2020-05-11, open); log: its 蓝 of 05-11 and 黄 of 05-18
 * countPeriod(escalations, log, '2020-05-01', '2020-05-31')
 * // → { assigned: 0, done: 0, doneOnTime: 0, open: 1, overdue: 1, notices: { blue: 1, yellow: 1, red: 0 } }
 */
export function countPeriod(escalations: readonly ItemEscalation[], log: readonly LoggedNotice[], from: DateOnly, to: DateOnly): BulletinCounts {
  const counts: BulletinCounts = { assigned: 0, done: 0, doneOnTime: 0, open: 0, overdue: 0, notices: { blue: 0, yellow: 0, red: 0 } };
  for (const e of escalations) {
    const assigned = e.item.assigned;
    if (assigned !== null && assigned > to) continue;
    if (assigned !== null && assigned >= from) counts.assigned++;
    const deadline = deadlineOn(e, to);
    if (e.doneOn !== null && e.doneOn >= from && e.doneOn <= to) {
      counts.done++;
      if (deadline !== null && e.doneOn <= deadline) counts.doneOnTime++;
    }
    if (!isDoneOn(e, to)) {
      counts.open++;
      if (deadline !== null && deadline < to) counts.overdue++;
    }
  }
  for (const n of log) {
    if (!n.voided && n.issueDate >= from && n.issueDate <= to) counts.notices[n.color]++;
  }
  return counts;
}
