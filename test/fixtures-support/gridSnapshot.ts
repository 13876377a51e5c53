/** TEST helper: a SheetSnapshot from a literal grid (row 1 = grid[0] unless origin says otherwise). */
import type { CellValue } from '../../src/core/cells';
import type { SheetSnapshot } from '../../src/core/ledger/sheetSnapshot';

export function gridSnapshot(grid: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name: 'Sheet1', values: grid, origin: { row: 1, col: 1 }, ...extra };
}
