/** Serial of 2020-01-01 in Excel's 1900 system. */
const SERIAL_2020_01_01 = 43831;

/** What Excel's runtime provides as CustomFunctions.Error: functions.ts builds one per failed cell. */
class BenchCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/**
 * Milliseconds for one =DUBAN.WORKDAY(range, 7) over a `rows`×1 range of dates (best of
 * `repeat`): functions.ts `workday` itself, as Excel calls it. The CustomFunctions global that
 * office.js provides is stood in for before functions.ts loads; no Office global, so the rules are
 * the 湘阴2020 preset. One untimed call first builds the calendar, as the add-in's first call does
 * once per session.
 */
export function benchFunctions(rows = 100_000, repeat = 3): number {
  Object.assign(globalThis, { CustomFunctions: { Error: BenchCustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!' } } });
  // Loaded after the stand-in is in place.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { workday } = require('../../src/functions/functions') as typeof import('../../src/functions/functions');
  // Deterministic dates over 2020–2024, as serials (how Excel passes date cells).
  let seed = 2020;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const range: unknown[][] = new Array(rows);
  for (let i = 0; i < rows; i++) range[i] = [SERIAL_2020_01_01 + Math.floor(next() * 1827)];
  const days = [[7]];
  // 2020-04-28 + 7 working days = 2020-05-11 (SPEC §2): the function answers, and rightly.
  const check = workday([[43949]], days);
  if (check[0][0] !== 43962) throw new Error(`DUBAN.WORKDAY(2020-04-28, 7) gave ${String(check[0][0])}, expected 43962 (2020-05-11)`);
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const start = process.hrtime.bigint();
    const result = workday(range, days);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const failed = result.findIndex((line) => typeof line[0] !== 'number');
    if (result.length !== rows || failed >= 0) {
      throw new Error(`DUBAN.WORKDAY over ${rows} rows: ${result.length} results, row ${failed + 1} gave ${JSON.stringify(result[failed]?.[0])}`);
    }
    best = Math.min(best, ms);
  }
  return best;
}
