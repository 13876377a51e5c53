/**
 * Whether an Excel number format code shows a number as a date (a day, month or year), as the
 * format codes of ECMA-376 Part 1, 18.8.31 numFmts define them: y, d and m are date parts, but m
 * right after h or before s is minutes, so a code with m and no y or d is a date only when it has
 * no hours or seconds ('m"月"' yes, 'mm:ss' no). Literal text ("…", \x), the padding and fill codes
 * (_x, *x), bracketed parts ([Red], [$-804], [DBNum1]) and AM/PM do not count; the elapsed-time
 * codes [h], [m], [s] are times. General and null (no format) are not dates.
 *
 * Both adapters ask this of a cell's format before writing a date into it (WorkbookPort.fillEmptyCells):
 * a date format the user chose is kept, anything else gives way to 'yyyy-mm-dd'.
 *
 * @example
 * isDateNumberFormat('yyyy"年"m"月"d"日"') // → true
 * isDateNumberFormat('m"月"') // → true
 * isDateNumberFormat('[h]:mm') // → false
 * isDateNumberFormat('General') // → false
 */
export function isDateNumberFormat(code: string | null | undefined): boolean {
  if (code === null || code === undefined) return false;
  const parts = code
    .replace(/"[^"]*"?/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, (_, unit: string) => unit)
    .replace(/\[[^\]]*\]?/g, '')
    .toLowerCase()
    .replace(/am\/pm|a\/p/g, '');
  if (parts === 'general') return false;
  if (/[yd]/.test(parts)) return true;
  return parts.includes('m') && !/[hs]/.test(parts);
}
