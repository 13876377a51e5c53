import { columnNumber } from '../../core/cells';
import type { CellRect } from '../../core/ledger/sheetSnapshot';

const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/i;

/**
 * An A1-style range (or single cell) as a 1-based rectangle, corners in either order. Merges,
 * table refs and tablePart refs are all written this way.
 *
 * @example
 * parseRange('A3:I8') // → { top: 3, left: 1, bottom: 8, right: 9 }
 * parseRange('$AA$2') // → { top: 2, left: 27, bottom: 2, right: 27 }
 */
export function parseRange(ref: string): CellRect {
  const m = RANGE.exec(ref.trim());
  if (!m) throw new RangeError(`not a cell range: ${ref}`);
  const r1 = +m[2];
  const c1 = columnNumber(m[1]);
  const r2 = m[4] ? +m[4] : r1;
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}
