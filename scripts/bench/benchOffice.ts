import { analyzeWorkbook } from '../../src/app/analyzeWorkbook';
import { applyLedgerColors } from '../../src/app/applyLedgerColors';
import { cellAddress } from '../../src/core/cells';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { OfficeWorkbook } from '../../src/office/officeWorkbook';
import { fakeWorkbookFrom } from '../../test/fakes/fakeExcel';
import type { FakeValue } from '../../test/fakes/fakeDocument';
import { syntheticLedger } from './syntheticLedger';
import { dateOnly } from '../../test/support/dateOnly';

/**
 * context.sync() calls of 应用三色 on a `rows`-row ledger, as the task pane runs it: read
 * (analyzeWorkbook: list the sheets, read them) then write (applyLedgerColors), over the fake Excel
 * with its default limits (none: one response may carry the whole ledger).
 */
export async function benchOfficeSyncs(rows: number): Promise<number> {
  const sheet = syntheticLedger(rows);
  const numberFormats: Record<string, string> = {};
  sheet.numberFormats?.forEach((line, r) =>
    line.forEach((fmt, c) => {
      if (fmt) numberFormats[cellAddress(r + 1, c + 1)] = fmt;
    }),
  );
  const fake = fakeWorkbookFrom({
    [sheet.name]: { rows: sheet.values as Array<Array<FakeValue | null>>, merges: ['A1:I1'], numberFormats },
  });
  const port = new OfficeWorkbook(fake.run);
  const result = await analyzeWorkbook(port, { asOf: dateOnly('2020-12-31'), rules: XIANGYIN_2020 });
  if (!result.ok) throw new Error(`analyzeWorkbook: ${result.message}`);
  if (result.analysis.escalations.length !== rows) throw new Error(`expected ${rows} items, got ${result.analysis.escalations.length}`);
  const decoration = await applyLedgerColors(port, result.analysis);
  // The last item's status is where the decoration put it: the write really happened.
  const last = fake.cell(sheet.name, cellAddress(decoration.lastDataRow, decoration.column)).value;
  if (last !== decoration.values[decoration.values.length - 1]) throw new Error(`status column not written (last cell ${String(last)})`);
  return fake.syncCount;
}
