/**
 * One measured run in a fresh process, so the CLI and ExcelJS alone start equal:
 *   node build/scripts/bench/benchChild.js cli|exceljs IN.xlsx OUT.xlsx
 * prints {"ms": …, "peakMB": …} (wall time of the work, peak resident memory of the process).
 */
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

async function measure(): Promise<void> {
  const [kind, input, output] = process.argv.slice(2);
  const start = process.hrtime.bigint();
  if (kind === 'cli') {
    const code = await main(['run', input, '--out', output, '--force', '--as-of', '2020-12-31'], { stdout: () => undefined, stderr: () => undefined, today: () => '2020-12-31' });
    if (code !== 0) throw new Error(`duban run exited ${code}`);
  } else if (kind === 'exceljs') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(output);
  } else {
    throw new Error(`unknown kind ${kind}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stdout.write(`${JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024 })}\n`);
}

measure().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
