const DIGITS = /^\d+$/;
const RUNS = /\d+|\D+/g;

/**
 * Item ids in the order people expect (A2 before A10): runs of digits compare as numbers, other
 * text by code point — no locale, so every machine (and Excel's webview) orders alike.
 *
 * @example
 * ['A10', 'A2', 'B1'].sort(compareIds) // → ['A2', 'A10', 'B1']
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const x = a.match(RUNS) ?? [];
  const y = b.match(RUNS) ?? [];
  for (let i = 0; i < x.length && i < y.length; i++) {
    if (x[i] === y[i]) continue;
    if (DIGITS.test(x[i]) && DIGITS.test(y[i])) {
      const d = Number(x[i]) - Number(y[i]);
      if (d !== 0) return d;
      return x[i].length - y[i].length;
    }
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}
