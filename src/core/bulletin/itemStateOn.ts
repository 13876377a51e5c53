import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation } from '../escalation/escalate';

/*
 * An escalation is worked out as of one date (the analysis's as-of). A bulletin looks back at
 * earlier dates too (its period end, the previous period's end): these read an item's state on
 * such a date from the same escalation, without escalating the ledger again.
 */

/**
 * Done by `date`: on a known completion date on or before it. An item the ledger marks done with
 * no date (reported when the ledger was read) counts as done on every date: its status is all
 * there is, and escalation issues it nothing either.
 *
 * @example
 * // e: an item completed on 2020-05-20
 * isDoneOn(e, '2020-05-19') // → false
 * isDoneOn(e, '2020-05-20') // → true
 */
export function isDoneOn(e: ItemEscalation, date: DateOnly): boolean {
  return e.doneOn !== null ? e.doneOn <= date : e.done;
}

/**
 * The deadline in force on `date`: an extension applied for after `date` was not yet in force.
 *
 * @example
 * // e: 办理时限 2020-05-11, extended to 2020-06-30 on an application of 2020-05-08
 * deadlineOn(e, '2020-05-07') // → '2020-05-11'
 * deadlineOn(e, '2020-05-08') // → '2020-06-30'
 */
export function deadlineOn(e: ItemEscalation, date: DateOnly): DateOnly | null {
  const applied = e.item.extension?.appliedOn ?? null;
  return e.deadline.extension !== null && applied !== null && applied > date ? e.deadline.original : e.deadline.deadline;
}

/**
 * The escalations as they stood on `date` (done and deadline; notices are not touched), for
 * scoring as of that date. Items unchanged by the earlier date are passed through as they are.
 *
 * @example
 * // e: escalated as of 2020-06-01, completed on 2020-05-20
 * escalationsOn([e], '2020-05-19')[0].done // → false
 */
export function escalationsOn(escalations: readonly ItemEscalation[], date: DateOnly): ItemEscalation[] {
  return escalations.map((e) => {
    const done = isDoneOn(e, date);
    const deadline = deadlineOn(e, date);
    if (done === e.done && deadline === e.deadline.deadline) return e;
    return { ...e, done, doneOn: done ? e.doneOn : null, deadline: deadline === e.deadline.deadline ? e.deadline : { ...e.deadline, deadline, extension: null } };
  });
}
