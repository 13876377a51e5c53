/**
 * Dates into empty cells of the user's ledger inside Excel (WorkbookPort.fillEmptyCells), as the
 * .xlsx adapter writes them (src/xlsx/xlsxWorkbook.ts): the date's serial in the workbook's date
 * system, a solid fill to tell it apart, the cell's own number format kept when it is a date
 * format (else 'yyyy-mm-dd'); the cell's font, borders and alignment are not touched.
 */

import { isDateNumberFormat } from '../../core/dates/dateNumberFormat';
import type { DateOnly } from '../../core/dates/dateOnly';
import { dateToSerial } from '../../core/dates/excelSerial';

/** The number format a date gets in a cell whose own format is not a date format. */
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * A cell that holds nothing: its formula text (Range.formulas: the formula of a formula cell, the
 * value of any other) is '' or spaces only. A formula giving "" is not empty.
 */
const isBlank = (formula: unknown): boolean => formula === '' || formula === null || (typeof formula === 'string' && formula.trim() === '');

/**
 * Writes each date into its cell if the cell is empty when this batch reads it, in 2 syncs: one
 * reads the cells' formulas and number formats with the workbook's date system, one writes (none
 * when no cell is empty). A cell asked for twice is written once. Returns the cells written, in the
 * order given.
 */
export async function fillEmptyCells(
  context: Excel.RequestContext,
  sheet: string,
  cells: ReadonlyArray<{ row: number; col: number; date: DateOnly }>,
  mark: string,
): Promise<Array<{ row: number; col: number }>> {
  if (!/^[0-9A-Fa-f]{6}$/.test(mark)) throw new Error(`颜色值无效：「${mark}」（应为 6 位十六进制 RRGGBB）`);
  const ws = context.workbook.worksheets.getItem(sheet);
  const ranges = cells.map(({ row, col }) => ws.getRangeByIndexes(row - 1, col - 1, 1, 1).load('formulas,numberFormat'));
  // No API says which date system a workbook uses; DATE(1904,1,1) is serial 0 only under 1904.
  const epoch = context.workbook.functions.date(1904, 1, 1).load('value');
  // A missing sheet fails this sync with ItemNotFound, which the caller words.
  await context.sync();
  const date1904 = epoch.value === 0;
  const written: Array<{ row: number; col: number }> = [];
  const seen = new Set<string>();
  cells.forEach(({ row, col, date }, i) => {
    const key = `${row}:${col}`;
    if (seen.has(key)) return;
    seen.add(key);
    const range = ranges[i];
    if (!isBlank(range.formulas[0][0])) return;
    // The format before the value, as the sheets are written (writeSheet's writeRows).
    if (!isDateNumberFormat(range.numberFormat[0][0])) range.numberFormat = [[DATE_FORMAT]];
    range.values = [[dateToSerial(date, date1904)]];
    range.format.fill.color = `#${mark.toUpperCase()}`;
    written.push({ row, col });
  });
  if (written.length > 0) await context.sync();
  return written;
}
