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
 */
export function isDoneOn(e: ItemEscalation, date: DateOnly): boolean {
  return e.doneOn !== null ? e.doneOn <= date : e.done;
}

/** The deadline in force on `date`: an extension applied for after `date` was not yet in force. */
export function deadlineOn(e: ItemEscalation, date: DateOnly): DateOnly | null {
  const applied = e.item.extension?.appliedOn ?? null;
  return e.deadline.extension !== null && applied !== null && applied > date ? e.deadline.original : e.deadline.deadline;
}

/**
 * The escalations as they stood on `date` (done and deadline; notices are not touched), for
 * scoring as of that date. Items unchanged by the earlier date are passed through as they are.
 */
export function escalationsOn(escalations: readonly ItemEscalation[], date: DateOnly): ItemEscalation[] {
  return escalations.map((e) => {
    const done = isDoneOn(e, date);
    const deadline = deadlineOn(e, date);
    if (done === e.done && deadline === e.deadline.deadline) return e;
    return { ...e, done, doneOn: done ? e.doneOn : null, deadline: deadline === e.deadline.deadline ? e.deadline : { ...e.deadline, deadline, extension: null } };
  });
}
