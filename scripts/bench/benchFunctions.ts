import { createWorkCalendar } from '../../src/core/calendar';
import { evaluateWorkday } from '../../src/functions/calendarFunctions';
import { mapCells } from '../../src/functions/mapCells';

/** Serial of 2020-01-01 in Excel's 1900 system. */
const SERIAL_2020_01_01 = 43831;

/**
 * Milliseconds for one =DUBAN.WORKDAY(range, 7) over a `rows`×1 range of dates (best of
 * `repeat`): the same range evaluation functions.ts runs inside Excel, minus the
 * CustomFunctions.Error objects (failures stay as their messages here). The calendar is built
 * before timing, as the add-in builds it once per session.
 */
export function benchFunctions(rows = 100_000, repeat = 3): number {
  const cal = createWorkCalendar();
  // Deterministic dates over 2020–2024, as serials (how Excel passes date cells).
  let seed = 2020;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const range: unknown[][] = new Array(rows);
  for (let i = 0; i < rows; i++) range[i] = [SERIAL_2020_01_01 + Math.floor(next() * 1827)];
  const days = [[7]];
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const start = process.hrtime.bigint();
    const result = mapCells([range, days], (c) => evaluateWorkday(cal, c[0], c[1]), (reason) => reason);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.length !== rows || typeof result[0][0] !== 'number' || typeof result[rows - 1][0] !== 'number') {
      throw new Error(`WORKDAY over ${rows} rows gave ${String(result[0]?.[0])}`);
    }
    best = Math.min(best, ms);
  }
  return best;
}
