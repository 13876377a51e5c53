import { missingRequired, type Concept } from '../core/ledger/concepts';
import type { ColumnMapping } from '../core/ledger/detectLedger';
import { createWorkCalendar } from '../core/calendar';
import type { STATUS_COLORS } from '../sheets/ledgerDecoration';

/** The ledger's three colors, as its 督办状态 column writes them. */
export type LedgerColor = keyof typeof STATUS_COLORS;

/** The header of the add-in's own status column: never offered as a column of the user's. */
export { STATUS_HEADER } from '../sheets/ledgerDecoration';

/**
 * The required concepts a mapping (detection with the user's corrections) lacks: what the
 * analysis would refuse as `missing-columns`.
 *
 * @example
 * missingRequiredColumns({ headerRows: [1], headers: [], columns: { title: 2 } }) // ['units', 'assigned']
 */
export function missingRequiredColumns(mapping: ColumnMapping): Concept[] {
  return missingRequired(mapping.columns);
}

/**
 * The years the built-in work calendar knows (holidays and make-up working days), for saying
 * which years the due dates can be counted in.
 *
 * @example
 * knownCalendarYears() // [2004, 2005, …, 2026]
 */
export function knownCalendarYears(): number[] {
  return [...createWorkCalendar().knownYears];
}
