import type { DateOnly } from '../dates/dateOnly';
import type { ItemEscalation } from './escalate';

/*
 * An escalation is worked out as of one date (the analysis's as-of). A bulletin looks back at
 * earlier dates too (its period end, the previous period's end), and 临期 looks at the as-of date
 * itself: these read an item's state on such a date from the same escalation, without escalating
 * the ledger again.
 */

/** What isDoneOn reads of an escalation. */
export type DoneState = Pick<ItemEscalation, 'done' | 'doneOn'>;

/** What deadlineOn reads of an escalation. */
export type DeadlineState = { item: Pick<ItemEscalation['item'], 'extension'>; deadline: Pick<ItemEscalation['deadline'], 'deadline' | 'original' | 'extension'> };

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
export function isDoneOn(e: DoneState, date: DateOnly): boolean {
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
export function deadlineOn(e: DeadlineState, date: DateOnly): DateOnly | null {
  const applied = e.item.extension?.appliedOn ?? null;
  return e.deadline.extension !== null && applied !== null && applied > date ? e.deadline.original : e.deadline.deadline;
}
