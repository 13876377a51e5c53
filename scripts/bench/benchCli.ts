import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { dateOf, type DateOnly } from '../../src/core/dates/dateOnly';
import { dateToSerial } from '../../src/core/dates/excelSerial';
import type { SheetSnapshot } from '../../src/core/ledger/sheetSnapshot';
import { syntheticLedger } from './syntheticLedger';

/** The day the CLI run is timed as of (the synthetic items are assigned 2020-01-01 … 2020-10-27). */
export const CLI_AS_OF = dateOf(2020, 11, 15);
const TEXT_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;

/**
 * The synthetic ledger as it stands on `asOf` where notices go out as they fall due (the daily
 * run): the notices of earlier months are in the log already, so the run issues only what falls
 * due now. Without a log in the file that means items assigned more than `recentDays` before
 * `asOf` are done within 1–4 days (before any deadline: nothing to catch up); the recent ones stay
 * as generated. A first run over a year of open items issues every notice due since January
 * instead, ~9 per row of this ledger, and then the notice sheets are what takes the time.
 */
export function ledgerAsOf(sheet: SheetSnapshot, asOf: DateOnly, recentDays = 30): SheetSnapshot {
  const cutoff = dateToSerial(asOf) - recentDays;
  const values = sheet.values.map((line) => line.slice());
  const numberFormats = (sheet.numberFormats ?? []).map((line) => line.slice());
  for (let r = 2; r < values.length; r++) {
    const cell = values[r][4];
    const text = typeof cell === 'string' ? TEXT_DATE.exec(cell) : null;
    const assigned = typeof cell === 'number' ? cell : text ? dateToSerial(dateOf(+text[1], +text[2], +text[3])) : null;
    if (assigned === null || assigned >= cutoff) continue;
    values[r][6] = assigned + 1 + (r % 4);
    values[r][7] = '已办结';
    numberFormats[r][6] = 'yyyy-mm-dd';
  }
  return { ...sheet, values, numberFormats };
}

/** Writes the synthetic ledger of `rows` rows as an .xlsx file, dates as real date cells. */
export async function writeSyntheticXlsx(file: string, rows: number, asOf?: DateOnly): Promise<void> {
  const sheet = asOf === undefined ? syntheticLedger(rows) : ledgerAsOf(syntheticLedger(rows), asOf);
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
  notices: number;
}

function runChild(kind: 'cli' | 'exceljs', input: string, output: string): ChildResult {
  const child = path.join(__dirname, 'benchChild.js');
  return JSON.parse(execFileSync(process.execPath, [child, kind, input, output, CLI_AS_OF], { encoding: 'utf8' })) as ChildResult;
}

/**
 * `duban run` end to end (the daily run: --as-of CLI_AS_OF on the ledger as it stands then) on a
 * `rows`-row ledger against ExcelJS alone reading and writing the same file, each in a fresh
 * process, best of `repeat` alternating runs.
 */
export async function benchCli(rows: number, repeat = 2): Promise<{ cli: number; exceljs: number; cliPeakMB: number; notices: number }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duban-bench-'));
  try {
    const input = path.join(dir, 'ledger.xlsx');
    await writeSyntheticXlsx(input, rows, CLI_AS_OF);
    let cli = Infinity;
    let exceljs = Infinity;
    let cliPeakMB = 0;
    let notices = 0;
    for (let i = 0; i < repeat; i++) {
      const e = runChild('exceljs', input, path.join(dir, 'exceljs.xlsx'));
      const c = runChild('cli', input, path.join(dir, 'cli.xlsx'));
      exceljs = Math.min(exceljs, e.ms);
      cli = Math.min(cli, c.ms);
      cliPeakMB = Math.max(cliPeakMB, c.peakMB);
      notices = c.notices;
    }
    return { cli, exceljs, cliPeakMB, notices };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
