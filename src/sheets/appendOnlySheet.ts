import { rowHeightFor, widthToFit } from './measureText';
import { pageMargins } from './sheetFlow';
import { SHEET_TYPEFACE, type CellStyle, type PageSetup, type SheetModel } from './sheetModel';

const HEADER: CellStyle = { bold: true, border: true, fill: 'D9D9D9', horizontal: 'center', vertical: 'middle', wrap: true };

/**
 * The empty form of one of the add-in's append-only registers (督办单登记, 反馈登记): the header in
 * `columns` order, bold and grey with borders, frozen, printed A4 landscape one page wide with the
 * header on every page. Rows are only ever appended below it (WorkbookPort.appendRows takes this
 * model, so they are set in its typeface too), so whatever goes at the end of the paper goes in
 * the footer.
 *
 * @example
 * buildAppendOnlySheet('反馈登记', { unit: '单位' }, { unit: 18 }, { center: PAGE_NUMBER_FOOTER }).rows[0][0].value // → '单位'
 */
export function buildAppendOnlySheet<K extends string>(name: string, columns: Record<K, string>, widths: Record<K, number>, footer: PageSetup['footer']): SheetModel {
  const keys = Object.keys(columns) as K[];
  return {
    name,
    rows: [keys.map((k) => ({ value: columns[k], style: HEADER }))],
    font: SHEET_TYPEFACE,
    // Never narrower than the heading, which stays on one line.
    columnWidths: keys.map((k) => Math.max(widths[k], Math.ceil(widthToFit(columns[k], HEADER)))),
    rowHeights: { 1: rowHeightFor(1, HEADER) },
    freezeRowsAbove: 2,
    page: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: pageMargins({ top: 0.6, bottom: 0.8, left: 0.4, right: 0.4 }),
      printTitleRows: { first: 1, last: 1 },
      footer,
    },
  };
}
