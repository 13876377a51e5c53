import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { createWorkCalendar } from '../../src/core/calendar';
import { detectLedger } from '../../src/core/ledger/detectLedger';
import { parseLedger } from '../../src/core/ledger/parseLedger';
import { escalate } from '../../src/core/escalation/escalate';
import { syntheticLedger } from './syntheticLedger';

/** Milliseconds to detect, parse and escalate a ledger of `rows` rows (best of `repeat`). */
export function benchCore(rows: number, repeat = 3): number {
  const sheet = syntheticLedger(rows);
  const calendar = createWorkCalendar();
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const start = process.hrtime.bigint();
    const detected = detectLedger(sheet, XIANGYIN_2020);
    if (!detected.mapping) throw new Error('synthetic ledger not detected');
    const parsed = parseLedger(sheet, detected.mapping, { rules: XIANGYIN_2020, ledgerYear: 2020 });
    const result = escalate(parsed.items, { asOf: '2020-12-31', rules: XIANGYIN_2020, calendar });
    if (result.items.length !== rows) throw new Error(`expected ${rows} items, got ${result.items.length}`);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}
