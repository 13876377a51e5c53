import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { parseAddress } from './officeAddress';
import { toSheetSnapshot, type CellBlock } from './toSheetSnapshot';

/**
 * What appendRows loads of the sheet it appends to when the rows depend on it: queued with the
 * read of the last used row, so it costs no round trip of its own. `cells` false: the used range's
 * extent only, for a sheet whose values are then read in blocks (too big for one response).
 */
export interface AppendRead {
  used: Excel.Range;
  merged: Excel.RangeAreas;
  visible: Excel.RangeAreas;
  epoch: Excel.FunctionResult<number>;
}

export function queueAppendRead(context: Excel.RequestContext, sheet: string, cells: boolean): AppendRead {
  const ws = context.workbook.worksheets.getItem(sheet);
  const whole = ws.getRange();
  return {
    used: ws.getUsedRangeOrNullObject(true).load(cells ? 'values,numberFormat,rowIndex,columnIndex,rowCount,columnCount' : 'rowIndex,columnIndex,rowCount,columnCount'),
    merged: whole.getMergedAreasOrNullObject().load('areas/items/address'),
    visible: whole.getSpecialCellsOrNullObject('Visible').load('areas/items/address'),
    // No API says which date system a workbook uses; DATE(1904,1,1) is serial 0 only under 1904.
    epoch: context.workbook.functions.date(1904, 1, 1).load('value'),
  };
}

/**
 * The sheet as readSheets gives it, from an AppendRead (after its sync), with the values read in
 * blocks when `blocks` is given. Tables are left out: on the add-in's own sheets they would only
 * widen the box by empty rows, and their addresses would cost a second round trip.
 */
export function appendSnapshot(sheet: string, read: AppendRead, blocks?: CellBlock[]): SheetSnapshot {
  const { used } = read;
  return toSheetSnapshot({
    name: sheet,
    used: used.isNullObject ? [] : (blocks ?? [{ values: used.values, numberFormat: used.numberFormat, rowIndex: used.rowIndex, columnIndex: used.columnIndex }]),
    merges: read.merged.isNullObject ? [] : read.merged.areas.items.map((a) => parseAddress(a.address)),
    visible: read.visible.isNullObject ? null : read.visible.areas.items.map((a) => parseAddress(a.address)),
    tables: [],
    date1904: read.epoch.value === 0,
  });
}
