import type { CellRect } from '../../core/ledger/sheetSnapshot';
import type { CellStyle, Typeface } from '../../sheets/sheetModel';

/** A range's four outer borders. */
export const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const satisfies Record<NonNullable<CellStyle['horizontal']>, string>;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const satisfies Record<NonNullable<CellStyle['vertical']>, string>;

/**
 * A model's cell style over `range` (the cells of `rect`), as the xlsx adapter writes it
 * (src/xlsx/write/styleSheet.ts): a style that sets a font gets `typeface` (the model's; absent,
 * the cells keep the workbook's).
 */
export function styleRange(range: Excel.Range, rect: CellRect, s: CellStyle, typeface: Typeface | undefined): void {
  const f = range.format;
  if (s.bold || s.italic || s.fontSize || s.fontColor) {
    if (typeface) f.font.name = typeface.name;
    if (s.bold !== undefined) f.font.bold = s.bold;
    if (s.italic !== undefined) f.font.italic = s.italic;
    if (s.fontSize) f.font.size = s.fontSize;
    if (s.fontColor) f.font.color = `#${s.fontColor}`;
  }
  if (s.fill) f.fill.color = `#${s.fill}`;
  if (s.horizontal) f.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical) f.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap) f.wrapText = true;
  // Editable once the sheet is protected (FormatProtection.locked, ExcelApi 1.2,
  // https://learn.microsoft.com/en-us/javascript/api/excel/excel.formatprotection): cells are locked by default.
  if (s.locked === false) f.protection.locked = false;
  if (s.border) {
    // The model's thin black lines on all four sides of every cell: the block's edges and its inside lines.
    const sides: Array<(typeof EDGES)[number] | 'InsideHorizontal' | 'InsideVertical'> = [...EDGES];
    if (rect.bottom > rect.top) sides.push('InsideHorizontal');
    if (rect.right > rect.left) sides.push('InsideVertical');
    for (const side of sides) {
      const border = f.borders.getItem(side);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#000000';
    }
  }
}
