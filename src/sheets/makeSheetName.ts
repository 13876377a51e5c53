import { truncate } from '../core/text/truncate';

/** Excel's limits on a sheet name: 31 characters, none of []:*?/\, not starting or ending with '. */
export const MAX_SHEET_NAME = 31;
const ILLEGAL = /[[\]:*?/\\]/g;

/**
 * A valid sheet name for `wanted` that no existing sheet has (Excel compares names
 * case-insensitively): illegal characters become '_', the name is cut to 31 characters,
 * and a clash gets ' (2)', ' (3)' … — an existing sheet is never replaced. "History" is taken
 * too: Excel reserves it for its change tracking and refuses a sheet of that name.
 */
export function makeSheetName(wanted: string, existing: Iterable<string>): string {
  const taken = new Set<string>(['history']);
  for (const name of existing) taken.add(name.toLowerCase());
  let base = wanted.replace(ILLEGAL, '_').replace(/^'+|'+$/g, '').trim();
  if (base === '') base = 'Sheet';
  // Excel counts a sheet name's length in UTF-16 units (an emoji counts two).
  base = truncate(base, MAX_SHEET_NAME);
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = truncate(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
