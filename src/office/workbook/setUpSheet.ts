import type { CellRect } from '../../core/ledger/sheetSnapshot';
import type { ChartModel, DateValidation, PageSetup, SheetModel } from '../../sheets/sheetModel';
import { columnWidthToPoints } from '../columnWidthToPoints';
import { rangeOf, rectAddress } from '../officeAddress';
import { addConditionalFills } from './addConditionalFills';

/** Excel.PaperType of each paper the model names, by its string value. */
const PAPER_TYPES = { A4: 'A4' } as const satisfies Record<PageSetup['paper'], string>;

/** Inches → points, to the hundredth (0.3 × 72 would be 21.599999999999998). */
const points = (inches: number): number => Math.round(inches * 7200) / 100;

/**
 * Everything of a generated sheet that is not its cells, queued once with the first block:
 * column widths, row heights, conditional fills and data bars, date validations, tab colour,
 * frozen rows, and the page (paper, orientation, margins, scaling, print area and titles, breaks,
 * footer). The sheet's protection is not here: it goes with the last block (see protectSheet).
 */
export function setUpSheet(ws: Excel.Worksheet, model: SheetModel): void {
  model.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = columnWidthToPoints(w);
  });
  const heights = Object.entries(model.rowHeights ?? {})
    .map(([row, h]) => [Number(row), h] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length; ) {
    let j = i;
    while (j + 1 < heights.length && heights[j + 1][0] === heights[j][0] + 1 && heights[j + 1][1] === heights[i][1]) j++;
    ws.getRangeByIndexes(heights[i][0] - 1, 0, j - i + 1, 1).format.rowHeight = heights[i][1];
    i = j + 1;
  }
  addConditionalFills(ws, model.conditionalFills ?? []);
  for (const bar of model.dataBars ?? []) {
    const cf = rangeOf(ws, bar.range).conditionalFormats.add('DataBar');
    cf.dataBar.positiveFormat.fillColor = `#${bar.color}`;
    // The model's bar: solid, from the lowest value to the highest.
    cf.dataBar.positiveFormat.gradientFill = false;
    cf.dataBar.lowerBoundRule = { type: 'LowestValue' };
    cf.dataBar.upperBoundRule = { type: 'HighestValue' };
    // "Show bar only" (DataBarConditionalFormat.showDataBarOnly, ExcelApi 1.6).
    if (bar.showValue === false) cf.dataBar.showDataBarOnly = true;
  }
  for (const v of model.dateValidations ?? []) addDateValidation(rangeOf(ws, v.range), v);
  if (model.tabColor) ws.tabColor = `#${model.tabColor}`;
  if (model.freezeRowsAbove && model.freezeRowsAbove > 1) ws.freezePanes.freezeRows(model.freezeRowsAbove - 1);
  if (model.page) setUpPage(ws, model.page, model.charts ?? []);
}

/**
 * A date validation (DataValidation, ExcelApi 1.8,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.datavalidation): a date between the
 * bounds, inclusive, which DateTimeDataValidation takes as "a stringified date/time in ISO8601
 * format" (https://learn.microsoft.com/en-us/javascript/api/excel/excel.datetimedatavalidation), so
 * the workbook's date system does not matter; blank cells allowed (ignoreBlanks); anything else
 * refused with the model's error (errorAlert, style Stop); its prompt shown on selecting a cell.
 * As the .xlsx file's dataValidation (src/xlsx/write/writeWorksheet.ts).
 */
function addDateValidation(range: Excel.Range, v: DateValidation): void {
  const dv = range.dataValidation;
  dv.rule = { date: { formula1: v.from, formula2: v.to, operator: 'Between' } };
  dv.ignoreBlanks = true;
  dv.errorAlert = { showAlert: true, style: 'Stop', title: v.error.title, message: v.error.message };
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.message };
}

/**
 * Protects a generated sheet as its model asks (SheetModel.protect): no password; cells can be
 * selected (selectionMode Normal) and columns and rows resized (allowFormatColumns,
 * allowFormatRows), every other option left false, as the .xlsx file's sheetProtection says
 * (WorksheetProtection.protect, ExcelApi 1.2; selectionMode 1.7,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheetprotectionoptions).
 * Queued with the last block of a new sheet, after every cell is written: a protected sheet
 * refuses values in its locked cells.
 */
export function protectSheet(ws: Excel.Worksheet, model: SheetModel): void {
  if (model.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: 'Normal' });
}

function setUpPage(ws: Excel.Worksheet, p: PageSetup, charts: readonly ChartModel[]): void {
  const layout = ws.pageLayout;
  layout.paperSize = PAPER_TYPES[p.paper];
  layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  if (p.margins) {
    // Office takes margins in points; the model (like the .xlsx file) in inches.
    layout.topMargin = points(p.margins.top);
    layout.bottomMargin = points(p.margins.bottom);
    layout.leftMargin = points(p.margins.left);
    layout.rightMargin = points(p.margins.right);
    layout.headerMargin = points(p.margins.header);
    layout.footerMargin = points(p.margins.footer);
  }
  // One page wide, as many tall as needed (0 = automatic, as fitToHeight="0" in the file).
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (p.printArea) layout.setPrintArea(rectAddress(withCharts(p.printArea, charts)));
  if (p.printTitleRows) layout.setPrintTitleRows(`$${p.printTitleRows.first}:$${p.printTitleRows.last}`);
  // A break is added above the range's top-left cell: a break after row r sits above row r + 1.
  for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
  // The footer of every page, in the same header/footer codes as the .xlsx file's oddFooter (ExcelApi 1.9).
  if (p.footer) {
    const every = layout.headersFooters.defaultForAllPages;
    if (p.footer.left !== undefined) every.leftFooter = p.footer.left;
    if (p.footer.center !== undefined) every.centerFooter = p.footer.center;
    if (p.footer.right !== undefined) every.rightFooter = p.footer.right;
    // The sheet numbers its own pages from 1, as the .xlsx file's useFirstPageNumber says: on "auto"
    // ("" or null) a workbook printed whole continues &P from the sheets before it
    // (PageLayout.firstPageNumber, ExcelApi 1.9,
    // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-firstpagenumber-member).
    layout.firstPageNumber = 1;
  }
}

/** A chart prints with the sheet: the print area grows to take in the cells charts cover. */
function withCharts(area: CellRect, charts: readonly ChartModel[]): CellRect {
  return charts.reduce(
    (r, { placement: p }) => ({ top: Math.min(r.top, p.top), left: Math.min(r.left, p.left), bottom: Math.max(r.bottom, p.bottom), right: Math.max(r.right, p.right) }),
    area,
  );
}
