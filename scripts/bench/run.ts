/**
 * `npm run bench`: measures the product against its targets (README lists them with the latest
 * figures). Not part of `npm test`; CI does not time it. `--json` prints one JSON object.
 */
import os from 'node:os';
import { benchCore } from './benchCore';
import { benchCli } from './benchCli';

interface Target {
  key: string;
  label: string;
  value: (r: Record<string, number>) => number;
  ok: (v: number) => boolean;
  target: string;
}

const TARGETS: Target[] = [
  { key: 'core100k', label: '解析+分级 10万行 (ms)', value: (r) => r.core100k, ok: (v) => v < 1000, target: '< 1000' },
  { key: 'core100k/core10k', label: '10万行 / 1万行 耗时比', value: (r) => r.core100k / r.core10k, ok: (v) => v <= 12, target: '≤ 12' },
  { key: 'cli50k/exceljs50k', label: 'duban run 5万行 / ExcelJS 读写', value: (r) => r.cli50k / r.exceljs50k, ok: (v) => v <= 1.5, target: '≤ 1.5' },
];

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const results: Record<string, number> = {};
  // Warm up the JIT so the first measured size is not penalised.
  benchCore(10_000, 2);
  results.core10k = round(benchCore(10_000));
  results.core100k = round(benchCore(100_000));
  const cli = await benchCli(50_000);
  results.cli50k = round(cli.cli);
  results.exceljs50k = round(cli.exceljs);
  results.cli50kPeakMB = round(cli.cliPeakMB);
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...results, machine: machine() })}\n`);
    return;
  }
  process.stdout.write(`机器 machine: ${machine()}\n\n`);
  process.stdout.write(`| key | value | target | met |\n|---|---|---|---|\n`);
  for (const [k, v] of Object.entries(results)) {
    const t = TARGETS.find((x) => x.key === k);
    process.stdout.write(`| ${k} | ${v} | ${t?.target ?? ''} | ${t ? (t.ok(v) ? 'yes' : 'MISSED') : ''} |\n`);
  }
  for (const t of TARGETS.filter((x) => !(x.key in results))) {
    const v = round(t.value(results));
    process.stdout.write(`| ${t.key} | ${v} | ${t.target} | ${t.ok(v) ? 'yes' : 'MISSED'} |\n`);
  }
}

const round = (v: number) => Math.round(v * 100) / 100;
const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

main().catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
