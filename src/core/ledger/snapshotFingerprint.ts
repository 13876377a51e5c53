import type { CellValue } from '../cells';
import type { SheetSnapshot } from './sheetSnapshot';

/**
 * A 53-bit string hash (cyrb53) fed piece by piece, so a large sheet is never joined into one
 * string. Not cryptographic: it tells "the same sheet as read before" from "edited since".
 */
export interface Hasher {
  add(text: string): Hasher;
  digest(): string;
}

/**
 * A fresh cyrb53 hasher (see Hasher): pieces are added one at a time, so nothing large is built.
 *
 * @example
 * createHasher().add('ab').add('c').digest() === createHasher().add('a').add('bc').digest() // → false
 */
export function createHasher(): Hasher {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const hasher: Hasher = {
    add(text) {
      for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        h1 = Math.imul(h1 ^ ch, 2654435761);
        h2 = Math.imul(h2 ^ ch, 1597334677);
      }
      // A separator after every piece: ['ab', 'c'] and ['a', 'bc'] hash apart.
      h1 = Math.imul(h1 ^ 0x1f, 2654435761);
      h2 = Math.imul(h2 ^ 0x1f, 1597334677);
      return hasher;
    },
    digest() {
      let a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
      const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
      a >>>= 0;
      return (4294967296 * (2097151 & b) + a).toString(36);
    },
  };
  return hasher;
}

/** One cell, typed: the text '1' and the number 1 differ; an empty string is an empty cell. */
function cellPiece(v: CellValue): string {
  if (v === null || v === '') return '∅';
  if (typeof v === 'string') return `s${v}`;
  if (typeof v === 'number') return `n${v}`;
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  return `d${v.getTime()}`;
}

/**
 * A cheap fingerprint of a sheet as read: its values (typed, by position), number formats (a
 * number formatted as a date reads as a date), merges, tables, hidden rows and where the used
 * range starts. Two reads of an unchanged sheet give the same fingerprint; any edit to what the
 * ledger reader sees gives another, so a write can refuse to act on a preview that is out of date.
 *
 * @example
 * const sheet = { name: '督办台账', origin: { row: 1, col: 1 }, values: [['1']] };
 * snapshotFingerprint(sheet) === snapshotFingerprint({ ...sheet }) // → true
 * snapshotFingerprint(sheet) === snapshotFingerprint({ ...sheet, values: [[1]] }) // → false (the text '1' is not the number 1)
 */
export function snapshotFingerprint(snapshot: SheetSnapshot): string {
  const h = createHasher();
  h.add(snapshot.name).add(`${snapshot.origin.row},${snapshot.origin.col}`).add(snapshot.date1904 === true ? '1904' : '1900');
  for (const row of snapshot.values) {
    h.add('row');
    for (const v of row) h.add(cellPiece(v));
  }
  h.add('formats');
  for (const row of snapshot.numberFormats ?? []) {
    h.add('row');
    for (const f of row) h.add(f ?? '∅');
  }
  const rect = (r: { top: number; left: number; bottom: number; right: number }) => `${r.top},${r.left},${r.bottom},${r.right}`;
  h.add('merges');
  for (const m of snapshot.merges ?? []) h.add(rect(m));
  h.add('tables');
  for (const t of snapshot.tables ?? []) h.add(`${t.name}:${rect(t)}:${t.headerRow ? 1 : 0}`);
  h.add('hidden');
  for (const r of snapshot.hiddenRows ?? []) h.add(String(r));
  return h.digest();
}
