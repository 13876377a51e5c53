/**
 * Runs a one-cell evaluation over the arguments of a worksheet function called with ranges.
 *
 * Every DUBAN.* parameter is declared as a matrix (unknown[][]), so Excel passes a single value
 * as [[value]] and a range as its rows; an optional argument left out arrives as null. The
 * arguments combine element by element, and a 1-row or 1-column argument (a single value in
 * particular) is repeated along that direction, as Excel's own array arithmetic does. The
 * result has the combined shape and spills; a cell whose evaluation fails holds that cell's
 * error value (made by `toError`) instead of failing the whole range.
 *
 * A cell holding an error value (#N/A …; Excel passes those since the build adds
 * allowErrorForDataTypeAny, see scripts/functionsMetadata.js) is not evaluated: its result cell
 * gets the error made from a reason naming the argument (`labels`), and the other cells compute.
 * A single error value as an argument fails every cell alike, so the result is that one error.
 *
 * `evaluate` must be a pure function of its cells: results are memoised per distinct tuple of
 * the varying cells' values, since a ledger column of 100,000 dates holds a few thousand
 * distinct days at most (and the memo is dropped when the values turn out not to repeat).
 */
import type { Parsed } from '../core/dates';
import { errorArgumentReason, readErrorCell } from './readArgs';

/** The arguments of one cell; the array is reused from cell to cell, so do not keep it. */
export type CellArgs = readonly unknown[];

export function mapCells<T, E>(
  args: readonly unknown[],
  evaluate: (cells: CellArgs) => Parsed<T>,
  toError: (reason: string) => E,
  labels: readonly string[] = [],
): (T | E)[][] {
  const matrices: unknown[][][] = new Array(args.length);
  let rows = 1;
  let cols = 1;
  for (let i = 0; i < args.length; i++) {
    const m = toMatrix(args[i]);
    if (m === null) return [[toError(`第${i + 1}个参数不是规整的区域`)]];
    matrices[i] = m;
    rows = Math.max(rows, m.length);
    cols = Math.max(cols, m[0].length);
  }
  for (let i = 0; i < matrices.length; i++) {
    const m = matrices[i];
    if (m.length !== 1 || m[0].length !== 1) continue;
    const error = readErrorCell(m[0][0]);
    if (error !== null) return [[toError(errorArgumentReason(labelOf(labels, i), error))]];
  }
  for (const m of matrices) {
    const r = m.length;
    const c = m[0].length;
    if ((r !== 1 && r !== rows) || (c !== 1 && c !== cols)) {
      return [[toError(`参数区域的大小不一致（${describe(matrices)}），请使用相同大小的区域或单个值`)]];
    }
  }

  const cells: unknown[] = new Array(args.length);
  // Only the arguments that vary from cell to cell (ranges) make up the memo key.
  const varying: number[] = [];
  for (let i = 0; i < matrices.length; i++) if (matrices[i].length > 1 || matrices[i][0].length > 1) varying.push(i);
  const memo = new Map<unknown, Parsed<T>>();
  let useMemo = true;
  let lookups = 0;
  let hits = 0;
  const out: (T | E)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: (T | E)[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      for (let i = 0; i < matrices.length; i++) {
        const m = matrices[i];
        const mr = m.length === 1 ? m[0] : m[r];
        cells[i] = mr.length === 1 ? mr[0] : mr[c];
      }
      const inputError = errorCellReason(cells, varying, labels);
      if (inputError !== null) {
        row[c] = toError(inputError);
        continue;
      }
      let result: Parsed<T> | undefined;
      if (useMemo) {
        const key = memoKey(cells, varying);
        result = key === NO_KEY ? undefined : memo.get(key);
        if (result === undefined) {
          result = evaluateSafely(evaluate, cells);
          if (key !== NO_KEY) memo.set(key, result);
        } else {
          hits++;
        }
        // Keys cost time and memory: when most tuples are new, stop keeping them.
        if (++lookups === MEMO_TRIAL && hits * 2 < lookups) {
          useMemo = false;
          memo.clear();
        }
      } else {
        result = evaluateSafely(evaluate, cells);
      }
      row[c] = result.ok ? result.value : toError(result.reason);
    }
    out[r] = row;
  }
  return out;
}

/** The name of argument `i` in reasons. */
function labelOf(labels: readonly string[], i: number): string {
  return labels[i] ?? `第${i + 1}个参数`;
}

/** The reason for the first varying argument whose cell holds an error value; null when none does. */
function errorCellReason(cells: CellArgs, varying: readonly number[], labels: readonly string[]): string | null {
  for (let k = 0; k < varying.length; k++) {
    const v = cells[varying[k]];
    if (typeof v !== 'object' || v === null) continue;
    const error = readErrorCell(v);
    if (error !== null) return errorArgumentReason(labelOf(labels, varying[k]), error);
  }
  return null;
}

const NO_KEY = Symbol('no memo key');
/** Cells after which the memo is dropped for the rest of the call unless half of them were repeats. */
const MEMO_TRIAL = 2048;

/**
 * The memo key of one cell's arguments: the one varying cell itself (a Map tells 7 from '7'),
 * or for several a string of their types and values; NO_KEY when a cell is not a plain value.
 */
function memoKey(cells: CellArgs, varying: readonly number[]): unknown {
  if (varying.length === 0) return 0;
  if (varying.length === 1) return cells[varying[0]];
  let key = '';
  for (let k = 0; k < varying.length; k++) {
    const v = cells[varying[k]];
    if (typeof v === 'number') key += `n${v}\u0000`;
    else if (typeof v === 'string') key += `s${v.length}:${v}\u0000`;
    else if (typeof v === 'boolean') key += v ? 't\u0000' : 'f\u0000';
    else if (v === null || v === undefined) key += 'z\u0000';
    else return NO_KEY;
  }
  return key;
}

function evaluateSafely<T>(evaluate: (cells: CellArgs) => Parsed<T>, cells: CellArgs): Parsed<T> {
  try {
    return evaluate(cells);
  } catch (e) {
    // A bug must not take the whole range (or Excel's calculation) down with it.
    return { ok: false, reason: `计算出错：${e instanceof Error ? e.message : String(e)}` };
  }
}

/** A value as a non-empty rectangular matrix: null → [[null]], a scalar → [[x]], a row → [row]; null when ragged or empty. */
function toMatrix(value: unknown): unknown[][] | null {
  if (!Array.isArray(value)) return [[value === undefined ? null : value]];
  if (value.length === 0) return null;
  if (!Array.isArray(value[0])) return [value];
  const width = (value[0] as unknown[]).length;
  if (width === 0) return null;
  for (const row of value) {
    if (!Array.isArray(row) || row.length !== width) return null;
  }
  return value as unknown[][];
}

function describe(matrices: readonly unknown[][][]): string {
  return matrices
    .filter((m) => m.length > 1 || m[0].length > 1)
    .map((m) => `${m.length}行${m[0].length}列`)
    .join('、');
}
