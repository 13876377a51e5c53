import { cellAddress } from '../cells';
import type { Problem } from '../problems';
import type { ColumnMapping } from './detectLedger';
import type { LedgerItem } from './ledgerItem';
import type { SheetSnapshot } from './sheetSnapshot';

/**
 * Notices and the notice log need a stable id per item (SPEC §1). Without an id column: one
 * warning offering a 督办编号 column at the right edge — the app asks before adding it. With one:
 * each blank id is a warning, each repeat of an id already seen is an error (two items sharing an
 * id would share notices), row by row.
 *
 * @example
 * // items: rows 3 and 4, both with id DB-01 in column A
 * checkIds(sheet, mapping, items).map((p) => `${p.cell} ${p.message}`) // → ['A4 督办编号重复：DB-01（与第3行相同）']
 */
export function checkIds(sheet: SheetSnapshot, mapping: ColumnMapping, items: readonly LedgerItem[]): Problem[] {
  const idCol = mapping.columns.id;
  if (idCol === undefined) {
    let right = 0;
    for (const h of mapping.headers) if (h.col > right) right = h.col;
    for (const col of Object.values(mapping.columns) as number[]) if (col > right) right = col;
    const cell = cellAddress(mapping.headerRows[0], right + 1);
    return [
      {
        severity: 'warning',
        code: 'id.missing-column',
        message: `台账没有编号列，督办单和登记需要稳定的编号：可在表头右侧（${cell}）添加"督办编号"列`,
        sheet: sheet.name,
        cell,
        row: mapping.headerRows[0],
      },
    ];
  }
  const problems: Problem[] = [];
  const firstRow = new Map<string, number>();
  for (const item of items) {
    if (item.id === null) {
      const cell = cellAddress(item.row, idCol);
      problems.push({ severity: 'warning', code: 'id.blank', message: '督办编号为空', sheet: sheet.name, cell, row: item.row });
      continue;
    }
    const seen = firstRow.get(item.id);
    if (seen === undefined) firstRow.set(item.id, item.row);
    else {
      problems.push({
        severity: 'error',
        code: 'id.duplicate',
        message: `督办编号重复：${item.id}（与第${seen}行相同）`,
        sheet: sheet.name,
        cell: cellAddress(item.row, idCol),
        row: item.row,
      });
    }
  }
  return problems;
}
