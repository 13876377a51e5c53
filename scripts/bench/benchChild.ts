/**
 * One measured run in a fresh process, so the CLI and ExcelJS alone start equal:
 *   node build/bench/scripts/bench/benchChild.js cli|exceljs IN.xlsx OUT.xlsx YYYY-MM-DD (the --as-of of the run)
 * prints {"ms": …, "peakMB": …, "notices": …} (wall time of the work, peak resident memory of the
 * process, notices the run issued).
 */
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { parseDateOnly } from '../../src/core/dates/dateOnly';

async function measure(): Promise<void> {
  const [kind, input, output, asOfText] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  let notices = 0;
  if (kind === 'cli') {
    const asOf = parseDateOnly(asOfText ?? '');
    if (asOf === null) throw new Error(`the as-of date should be YYYY-MM-DD: ${asOfText}`);
    let out = '';
    // --confirm: the daily run on the synthetic ledger issues ~1,500 notices, past the 200 a run that otherwise stops it.
    const code = await main(['run', input, '--out', output, '--force', '--confirm', '--as-of', asOf], { stdout: (t) => void (out += t), stderr: () => undefined, today: () => asOf });
    if (code !== 0) throw new Error(`duban run exited ${code}`);
    // The summary line says how many notices the run issued (0: "本次无新的督办单").
    notices = Number(/本次发出督办单 (\d+) 份/.exec(out)?.[1] ?? 0);
  } else if (kind === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(output);
  } else {
    throw new Error(`unknown kind ${kind}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024, notices })}\n`);
}

measure().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
