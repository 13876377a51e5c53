import type { CellRect } from '../core/ledger/sheetSnapshot';
import type { CellModel, CellStyle } from '../sheets/sheetModel';

export interface StyleRect {
  /** 1-based sheet rect. */
  rect: CellRect;
  style: CellStyle;
}

/** The parts of a style that are written as formats (number formats go with the values); locked: false is one. */
function styleKey(style: CellStyle | undefined): string | null {
  if (!style) return null;
  const s = style;
  const key = `${s.bold ? 1 : 0}${s.italic ? 1 : 0}${s.wrap ? 1 : 0}${s.border ? 1 : 0}${s.locked === false ? 1 : 0}|${s.fontSize ?? ''}|${s.fontColor ?? ''}|${s.fill ?? ''}|${s.horizontal ?? ''}|${s.vertical ?? ''}`;
  return key === '00000|||||' ? null : key;
}

/**
 * Rows [from, to) of a model (0-based) as rectangles of cells sharing one style, so a big sheet
 * is formatted with a few calls per distinct block instead of one call per cell and property:
 * runs of equal styles in a row, extended downwards while the rows below repeat the same run.
 * O(cells); cells without a visible style are left out.
 */
export function groupStyleRects(rows: readonly CellModel[][], from: number, to: number): StyleRect[] {
  const out: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  for (let r = from; r < to; r++) {
    const row = rows[r] ?? [];
    const keys = row.map((cell) => styleKey(cell?.style));
    const next = new Map<string, StyleRect>();
    for (let c = 0; c < row.length; ) {
      const key = keys[c];
      if (key === null) {
        c++;
        continue;
      }
      let end = c;
      while (end + 1 < row.length && keys[end + 1] === key) end++;
      const id = `${c}:${end}:${key}`;
      const above = open.get(id);
      if (above) {
        above.rect.bottom = r + 1;
        next.set(id, above);
      } else {
        const fresh: StyleRect = { rect: { top: r + 1, left: c + 1, bottom: r + 1, right: end + 1 }, style: row[c].style as CellStyle };
        out.push(fresh);
        next.set(id, fresh);
      }
      c = end + 1;
    }
    open = next;
  }
  return out;
}
