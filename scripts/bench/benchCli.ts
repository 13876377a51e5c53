import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { syntheticLedger } from './syntheticLedger';

/** Writes the synthetic ledger of `rows` rows as an .xlsx file, dates as real date cells. */
export async function writeSyntheticXlsx(file: string, rows: number): Promise<void> {
  const sheet = syntheticLedger(rows);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  sheet.values.forEach((line, r) => {
    const row = ws.getRow(r + 1);
    line.forEach((v, c) => {
      if (v === null) return;
      const cell = row.getCell(c + 1);
      cell.value = v;
      const fmt = sheet.numberFormats?.[r]?.[c];
      if (fmt) cell.numFmt = fmt;
    });
  });
  ws.mergeCells(1, 1, 1, sheet.values[1].length);
  await wb.xlsx.writeFile(file);
}

interface ChildResult {
  ms: number;
  peakMB: number;
}

function runChild(kind: 'cli' | 'exceljs', input: string, output: string): ChildResult {
  const child = path.join(__dirname, 'benchChild.js');
  return JSON.parse(execFileSync(process.execPath, [child, kind, input, output], { encoding: 'utf8' })) as ChildResult;
}

/**
 * `duban run` end to end on a `rows`-row ledger against ExcelJS alone reading and writing the
 * same file, each in a fresh process, best of `repeat` alternating runs.
 */
export async function benchCli(rows: number, repeat = 2): Promise<{ cli: number; exceljs: number; cliPeakMB: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duban-bench-'));
  try {
    const input = path.join(dir, 'ledger.xlsx');
    await writeSyntheticXlsx(input, rows);
    let cli = Infinity;
    let exceljs = Infinity;
    let cliPeakMB = 0;
    for (let i = 0; i < repeat; i++) {
      const e = runChild('exceljs', input, path.join(dir, 'exceljs.xlsx'));
      const c = runChild('cli', input, path.join(dir, 'cli.xlsx'));
      exceljs = Math.min(exceljs, e.ms);
      cli = Math.min(cli, c.ms);
      cliPeakMB = Math.max(cliPeakMB, c.peakMB);
    }
    return { cli, exceljs, cliPeakMB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
