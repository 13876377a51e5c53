import { toHalfWidth } from '../dates/toHalfWidth';

/**
 * Unit names as the ledger writes them → the unit register's canonical names (SPEC §1 Units, §6).
 */
export interface UnitDirectory {
  /** Canonical name for a name or alias (compared after normalizeUnitName); null = unknown. */
  resolve(name: string): string | null;
}

const SPACES = /\s+/g;
// 、，,；;/ and whitespace (，； are folded to half-width before splitting).
const SEPARATORS = /[、,;/\s]+/;
// What a name pasted from a chat or web page may carry unseen: zero-width characters, the BOM and
// control characters other than whitespace. '县水利局\u200B' is the unit the user sees, 县水利局.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * Trim, full-width → half-width, drop spaces and invisible characters: '县住建局 ', '县 住建局' and '县住建局\u200B' are one unit.
 *
 * @example
 * normalizeUnitName(' 县 住建局\u200B') // → '县住建局'
 */
export function normalizeUnitName(name: string): string {
  return toHalfWidth(name.replace(INVISIBLE, '').replace(SPACES, ''));
}

/**
 * The unit names in one cell, normalised, in cell order; empty parts dropped.
 *
 * @example
 * splitUnits('县住建局、县城管局；县财政局') // → ['县住建局', '县城管局', '县财政局']
 */
export function splitUnits(cell: string): string[] {
  const parts = toHalfWidth(cell.replace(INVISIBLE, '')).split(SEPARATORS);
  const names: string[] = [];
  for (const part of parts) {
    if (part !== '') names.push(part);
  }
  return names;
}

/**
 * A directory from the register's rows. A name or alias claimed by two entries resolves to the
 * first entry: the register is read top to bottom, as the user wrote it.
 *
 * @example
 * const units = createUnitDirectory([{ name: '县住房和城乡建设局', aliases: ['县住建局'] }]);
 * units.resolve('县 住建局') // → '县住房和城乡建设局'
 * units.resolve('县城管局') // → null
 */
export function createUnitDirectory(
  entries: ReadonlyArray<{ name: string; aliases?: readonly string[] }>,
): UnitDirectory {
  const byName = new Map<string, string>();
  for (const entry of entries) {
    // The entry's name exactly as given, so later stages can join items to register rows.
    const canonical = entry.name;
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      const key = normalizeUnitName(alias);
      if (key !== '' && !byName.has(key)) byName.set(key, canonical);
    }
  }
  return { resolve: (name) => byName.get(normalizeUnitName(name)) ?? null };
}
