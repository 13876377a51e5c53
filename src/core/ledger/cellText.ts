import type { CellValue } from '../cells';

/**
 * A cell as text: strings trimmed, numbers without a trailing '.0' (an id typed as 12 reads '12'),
 * blank → null. A Date (the adapters hand dates over as serials) reads as its UTC calendar day,
 * as parseJsDate reads it.
 *
 * @example
 * cellText(12) // → '12'
 * cellText('  DB-01 ') // → 'DB-01'
 * cellText('   ') // → null
 */
export function cellText(value: CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const time = value.getTime();
  return Number.isNaN(time) ? null : value.toISOString().slice(0, 10);
}
