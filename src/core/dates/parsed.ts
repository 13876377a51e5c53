/**
 * The result of reading one cell: a value, or a short Chinese reason the caller puts into a
 * Problem next to the cell address. Parsers return this instead of throwing, since a bad cell
 * is user data, not a programming error.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A failure carries no value, so it fits any Parsed<T>. */
export type ParseFailure = { ok: false; reason: string };

/**
 * A cell read successfully: callers test `ok` before they may touch `value`.
 *
 * @example
 * ok('2020-03-07') // → { ok: true, value: '2020-03-07' }
 */
export function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

/**
 * A cell that could not be read, with the reason the caller puts next to the cell address.
 *
 * @example
 * fail('缺少年份') // → { ok: false, reason: '缺少年份' }
 */
export function fail(reason: string): ParseFailure {
  return { ok: false, reason };
}
