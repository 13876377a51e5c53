import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation } from '../escalation/escalate';
import { deadlineOn, isDoneOn } from '../escalation/stateOn';

// isDoneOn and deadlineOn live with the escalation, which reads its as-of date's state with them (临期).
export { deadlineOn, isDoneOn };

/*
 * An escalation is worked out as of one date (the analysis's as-of). A bulletin looks back at
 * earlier dates too (its period end, the previous period's end): these read an item's state on
 * such a date from the same escalation, without escalating the ledger again.
 */

/**
 * The escalations as they stood on `date` (done and deadline; notices and 临期 are not touched), for
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
