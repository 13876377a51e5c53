import ExcelJS from 'exceljs';
import { fakeWorkbookFrom, type FakeExcel, type FakeSheetSpec } from '../fakes/fakeExcel';
import type { FakeValue } from '../fakes/fakeDocument';

/**
 * Fixtures of the bad-input corpus, built in code: a ledger as a grid of cells, turned into an
 * .xlsx file with ExcelJS or into the fake Excel. The grid keeps the two adapters' fixtures the
 * same ledger, so a case can be run through both.
 */

/** A cell: a value, or a value with its number format (a date-formatted serial, as Excel stores dates). */
export type GridCell = string | number | Date | null | { value: number | string | Date; numFmt: string };
export type Grid = GridCell[][];

export interface LedgerSheet {
  rows: Grid;
  merges?: string[];
  /** Rows hidden by the user or by a filter. */
  hiddenRows?: number[];
  /** xlsx only: an AutoFilter over this range (rows hidden under it are filtered out). */
  autoFilter?: string;
}

export const TITLE = '2020年县长批示件督办台账';
export const HEADER = ['编号', '督办事项', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态'];

/** Excel's serial of a day (1900 system): the way Excel stores a date. */
export function serial(date: string): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000 + 25_569;
}

/** The day as a date-formatted serial, as Excel writes a typed date into the file. */
export const day = (date: string): GridCell => ({ value: serial(date), numFmt: 'yyyy-mm-dd' });

/**
 * The ledger most cases start from: a merged title on row 1, the header on row 2, items from
 * row 3, columns A–G; the add-in's 督办状态 goes to H. As of 2020-07-01 (2020 State Council
 * calendar), by SPEC §3:
 * - row 3, deadline 2020-05-11 (Mon), open: blue 05-11, yellow 05-16 → Mon 05-18, red 05-28 → 红
 * - row 4, deadline 2020-06-30 (Tue), open: blue 06-30, yellow 07-05 not yet → 蓝
 * - row 5, deadline 2020-12-31, open: nothing due → —
 * - row 6, deadline 2020-05-11, completed 2020-05-14 → 已办结
 * - row 7, deadline 长期 → 长期
 */
export function standardRows(): Grid {
  return [
    [TITLE],
    [...HEADER],
    ['DB-001', '县城污水管网改造', '县住建局', day('2020-03-07'), day('2020-05-11'), null, '办理中'],
    ['DB-002', '农村公路安保工程', '县交通局', day('2020-03-07'), day('2020-06-30'), null, '办理中'],
    ['DB-003', '城区学校扩容', '县教育局', day('2020-03-07'), day('2020-12-31'), null, null],
    ['DB-004', '河道清淤', '县水利局', day('2020-03-07'), day('2020-05-11'), day('2020-05-14'), '已办结'],
    ['DB-005', '营商环境优化', '县发改局', day('2020-03-07'), '长期', null, '持续推进'],
  ];
}

/** The statuses of standardRows, in column H (the header included). */
export const STANDARD_STATUSES = { H2: '督办状态', H3: '红', H4: '蓝', H5: '—', H6: '已办结', H7: '长期' };

export function standardLedger(extra: Partial<LedgerSheet> = {}): LedgerSheet {
  return { rows: standardRows(), merges: ['A1:G1'], ...extra };
}

/** An .xlsx file holding the sheets, in order, as Excel would store them. */
export async function xlsxBuffer(
  sheets: Record<string, LedgerSheet>,
  options: { date1904?: boolean; customize?: (wb: ExcelJS.Workbook) => void } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  for (const [name, sheet] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        const target = ws.getCell(r + 1, c + 1);
        if (typeof cell === 'object' && !(cell instanceof Date)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else {
          target.value = cell;
          if (cell instanceof Date) target.numFmt = 'yyyy-mm-dd';
        }
      }),
    );
    for (const m of sheet.merges ?? []) ws.mergeCells(m);
    for (const r of sheet.hiddenRows ?? []) ws.getRow(r).hidden = true;
    if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;
  }
  options.customize?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same sheets in the fake Excel (dates as serials with their number format, as Office reads them). */
export function fakeExcel(sheets: Record<string, LedgerSheet>, options: { date1904?: boolean } = {}): FakeExcel {
  const specs: Record<string, FakeSheetSpec> = {};
  for (const [name, sheet] of Object.entries(sheets)) {
    const numberFormats: Record<string, string> = {};
    const rows = sheet.rows.map((row, r) =>
      row.map((cell, c): FakeValue | null => {
        if (cell === null) return null;
        if (cell instanceof Date) throw new Error('fake Excel fixtures take serials, not Date objects');
        if (typeof cell === 'object') {
          numberFormats[`${columnName(c + 1)}${r + 1}`] = cell.numFmt;
          if (cell.value instanceof Date) throw new Error('fake Excel fixtures take serials, not Date objects');
          return cell.value;
        }
        return cell;
      }),
    );
    specs[name] = { rows, merges: sheet.merges, numberFormats, hiddenRows: sheet.hiddenRows };
  }
  return fakeWorkbookFrom(specs, options);
}

function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
