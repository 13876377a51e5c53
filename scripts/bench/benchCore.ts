import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { createWorkCalendar } from '../../src/core/calendar';
import { detectLedger } from '../../src/core/ledger/detectLedger';
import { parseLedger } from '../../src/core/ledger/parseLedger';
import { escalate } from '../../src/core/escalation/escalate';
import { syntheticLedger } from './syntheticLedger';
import { dateOnly } from '../../test/support/dateOnly';

/**
 * Milliseconds to detect, parse and escalate a ledger of `rows` rows: the median of `repeat` runs
 * (the best run would flatter the short 10,000-row timing more than the long one, and skew growth).
 */
export function benchCore(rows: number, repeat = 5): number {
  const sheet = syntheticLedger(rows);
  const calendar = createWorkCalendar();
  const times: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const start = process.hrtime.bigint();
    const detected = detectLedger(sheet, XIANGYIN_2020);
    if (!detected.mapping) throw new Error('synthetic ledger not detected');
    const parsed = parseLedger(sheet, detected.mapping, { rules: XIANGYIN_2020, ledgerYear: 2020 });
    const result = escalate(parsed.items, { asOf: dateOnly('2020-12-31'), rules: XIANGYIN_2020, calendar });
    if (result.items.length !== rows) throw new Error(`expected ${rows} items, got ${result.items.length}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
