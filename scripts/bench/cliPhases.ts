/**
 * Where `duban run` spends its time, by adapter call (compiled with the bench: run `npm run bench`
 * once, or `npx tsc -p tsconfig.bench.json`, then):
 *   node build/bench/scripts/bench/cliPhases.js 50000                 (the bench's synthetic daily ledger)
 *   node build/bench/scripts/bench/cliPhases.js 40000 first           (the same open all year: a first run)
 *   node build/bench/scripts/bench/cliPhases.js IN.xlsx YYYY-MM-DD    (a file, and the --as-of of the run)
 * prints the milliseconds spent in each XlsxWorkbook call and in the whole run; the rest of the
 * total is the analysis and the sheet builders.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { parseDateOnly } from '../../src/core/dates/dateOnly';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import { CLI_AS_OF, writeSyntheticXlsx } from './benchCli';

type Method = 'readSheets' | 'writeLedgerDecoration' | 'addSheet' | 'appendRows' | 'toBuffer';

async function measure(): Promise<void> {
  const [source, asOfArgument] = process.argv.slice(2);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duban-phases-'));
  const synthetic = /^\d+$/.test(source);
  const input = synthetic ? path.join(dir, 'ledger.xlsx') : source;
  const asOf = synthetic ? CLI_AS_OF : parseDateOnly(asOfArgument ?? '');
  if (asOf === null) throw new Error(`the as-of date should be YYYY-MM-DD: ${asOfArgument}`);
  if (synthetic) await writeSyntheticXlsx(input, Number(source), asOfArgument === 'first' ? undefined : CLI_AS_OF);
  const spent: Record<string, number> = {};
  const timed = <A extends unknown[], R>(name: string, f: (...a: A) => Promise<R>) =>
    async function (this: unknown, ...a: A): Promise<R> {
      const start = performance.now();
      try {
        return await f.apply(this, a);
      } finally {
        spent[name] = (spent[name] ?? 0) + performance.now() - start;
      }
    };
  XlsxWorkbook.load = timed('load', XlsxWorkbook.load.bind(XlsxWorkbook));
  const proto = XlsxWorkbook.prototype as unknown as Record<Method, (...a: unknown[]) => Promise<unknown>>;
  for (const m of ['readSheets', 'writeLedgerDecoration', 'addSheet', 'appendRows', 'toBuffer'] as const) proto[m] = timed(m, proto[m]);
  const start = performance.now();
  try {
    const code = await main(['run', input, '--out', path.join(dir, 'out.xlsx'), '--as-of', asOf, '--confirm'], { stdout: () => undefined, stderr: () => undefined, today: () => asOf });
    if (code !== 0) throw new Error(`duban run exited ${code}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  spent.total = performance.now() - start;
  spent.peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(spent).map(([k, v]) => [k, Math.round(v)])))}\n`);
}

measure().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
