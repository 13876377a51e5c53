import ExcelJS from 'exceljs';
import { analyzeWorkbook, type AnalyzeResult, type LedgerAnalysis } from '../../src/app/analyzeWorkbook';
import { applyLedgerColors } from '../../src/app/applyLedgerColors';
import type { WorkbookPort } from '../../src/app/ports/workbookPort';
import { cellAddress, columnNumber } from '../../src/core/cells';
import type { Problem } from '../../src/core/problems';
import { XIANGYIN_2020 } from '../../src/core/rules';
import { OfficeWorkbook, type OfficeWorkbookOptions } from '../../src/office/officeWorkbook';
import type { LedgerDecoration } from '../../src/sheets/ledgerDecoration';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';
import type { FakeExcel } from '../fakes/fakeExcel';
import { keyCol, keyRow } from '../fakes/fakeDocument';
import { dateOnly } from '../support/dateOnly';

/**
 * The corpus runs every case through the pipeline of real use: analyzeWorkbook, then
 * applyLedgerColors (应用三色), over the .xlsx adapter (what the CLI does) or over the Office
 * adapter on the fake Excel (what the task pane does). Outcomes are then read back from the
 * written workbook, not from the pipeline's own return values.
 */

/** The day every case is run as of. */
export const AS_OF = dateOnly('2020-07-01');

/** A problem as a case states it: where (cell, row or setting), its code, a fragment of its message. */
export interface ProblemLine {
  at: string;
  code: string;
  text: string;
}

/** What a run showed; a case's expected outcome has the same shape, its texts being fragments. */
export interface Observation {
  /** The whole run was refused: the message the user sees. */
  refusal?: string;
  /** Every problem reported, in the pipeline's order. */
  problems?: ProblemLine[];
  /** The add-in's status column as written, read back from the workbook: A1 → text (empty cells left out). */
  statuses?: Record<string, string>;
  /** Further facts the case is about, literal. */
  facts?: Record<string, unknown>;
}

export function problemLines(problems: readonly Problem[]): ProblemLine[] {
  return problems.map((p) => ({
    at: p.cell ?? (p.setting !== undefined ? `设置 ${p.setting}` : p.row !== undefined ? `第${p.row}行` : (p.sheet ?? '工作簿')),
    code: p.code,
    text: p.message,
  }));
}

export interface Run {
  result: AnalyzeResult;
  decoration: LedgerDecoration | null;
  /** The message of an error thrown while writing. */
  writeError: string | null;
}

/** analyzeWorkbook + applyLedgerColors as 应用三色 runs them; a refused analysis writes nothing. */
export async function analyzeAndApply(port: WorkbookPort, options: { sheet?: string } = {}): Promise<Run> {
  const result = await analyzeWorkbook(port, { asOf: AS_OF, rules: XIANGYIN_2020, ...options });
  if (!result.ok) return { result, decoration: null, writeError: null };
  try {
    return { result, decoration: await applyLedgerColors(port, result.analysis), writeError: null };
  } catch (e) {
    return { result, decoration: null, writeError: e instanceof Error ? e.message : String(e) };
  }
}

export function analysisOf(run: Run): LedgerAnalysis {
  if (!run.result.ok) throw new Error(`the case expected an analysis, got: ${run.result.message}`);
  return run.result.analysis;
}

/** Refusal and problems of a run, as an Observation. */
export function observeRun(run: Run): Observation {
  const observed: Observation = { problems: problemLines(run.result.ok ? run.result.analysis.problems : run.result.problems) };
  if (!run.result.ok) observed.refusal = run.result.message;
  if (run.writeError !== null) observed.refusal = run.writeError;
  return observed;
}

// ---- .xlsx --------------------------------------------------------------------------------

export interface XlsxRun extends Run {
  port: XlsxWorkbook;
  /** The workbook as saved after the run, read back from its bytes. */
  saved: ExcelJS.Workbook;
}

export async function runXlsx(data: Buffer, options: { sheet?: string } = {}): Promise<XlsxRun> {
  const port = await XlsxWorkbook.load(data);
  const run = await analyzeAndApply(port, options);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);
  return { ...run, port, saved };
}

/** Column `column` of a sheet of the saved file, from row `from` down to the last used row: A1 → text. */
export function xlsxColumn(wb: ExcelJS.Workbook, sheet: string, column: string, from = 1): Record<string, string> {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const out: Record<string, string> = {};
  const col = columnNumber(column);
  // Only the stored cells: a sheet formatted down to row 1,048,576 must not be walked row by row.
  ws.getColumn(col).eachCell({ includeEmpty: false }, (cell, row) => {
    const v = cell.value;
    if (row >= from && v !== null && v !== undefined && v !== '') out[cellAddress(row, col)] = String(v);
  });
  return out;
}

// ---- fake Excel ---------------------------------------------------------------------------

export interface ExcelRunResult extends Run {
  port: OfficeWorkbook;
}

export async function runExcel(fake: FakeExcel, options: OfficeWorkbookOptions = {}, sheet?: string): Promise<ExcelRunResult> {
  const port = new OfficeWorkbook(fake.run, options);
  return { ...(await analyzeAndApply(port, sheet === undefined ? {} : { sheet })), port };
}

/** Column `column` of a fake sheet, from row `from` down: A1 → text (empty cells left out). */
export function fakeColumn(fake: FakeExcel, sheet: string, column: string, from = 1): Record<string, string> {
  const col = columnNumber(column);
  const found: Array<[number, string]> = [];
  for (const [key, cell] of fake.sheet(sheet).cells) {
    if (keyCol(key) === col && keyRow(key) >= from && cell.value !== '') found.push([keyRow(key), String(cell.value)]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return Object.fromEntries(found.map(([row, v]) => [cellAddress(row, col), v]));
}

/** Everything of the fake workbook but one column of one sheet and the conditional formats: what must not change. */
export function fakeOutside(fake: FakeExcel, sheet: string, column: string): string {
  const col = columnNumber(column);
  const doc = JSON.parse(fake.dump()) as { sheets: Array<{ name: string; cells: Array<[string, unknown]>; rules?: unknown; merges: string[] }> };
  for (const s of doc.sheets) {
    delete s.rules;
    if (s.name !== sheet) continue;
    s.cells = s.cells.filter(([address]) => columnNumber(/^[A-Z]+/.exec(address)?.[0] ?? '') !== col);
    s.merges = s.merges.filter((m) => columnNumber(/^[A-Z]+/.exec(m)?.[0] ?? '') !== col);
  }
  return JSON.stringify(doc);
}
