import { cellAddress, type CellValue } from '../cells';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';

/** Column key → header texts that name it (compared after dropping spaces and line breaks). */
export type TableSpec<K extends string> = Record<K, readonly string[]>;

export interface TableRow<K extends string> {
  /** 1-based sheet row. */
  row: number;
  get(key: K): CellValue;
  /** A1 address of the key's cell in this row (or of the row's first cell when the column is absent). */
  cell(key: K): string;
}

export interface Table<K extends string> {
  headerRow: number;
  columns: Partial<Record<K, number>>;
  rows: TableRow<K>[];
}

const squash = (v: CellValue) => (typeof v === 'string' ? v.replace(/[\s\u3000]/g, '') : '');

/**
 * Reads one of the add-in's side tables (单位名册, 督办单登记, staff lists): the header is the first
 * of the top rows naming at least `minColumns` of the spec's columns; blank rows are skipped.
 * Returns null when no such header exists.
 *
 * @example
 * const sheet = { name: '单位名册', origin: { row: 1, col: 1 }, values: [['填报单位：县政府办'], ['单位 名称', '人数'], ['县住建局', 56]] };
 * const table = readTable(sheet, { name: ['单位名称'], headcount: ['人数'] });
 * [table?.headerRow, table?.rows[0].get('headcount'), table?.rows[0].cell('headcount')] // → [2, 56, 'B3']
 */
export function readTable<K extends string>(sheet: SheetSnapshot, spec: TableSpec<K>, minColumns = 2): Table<K> | null {
  const keys = Object.keys(spec) as K[];
  const lookup = new Map<string, K>();
  for (const k of keys) for (const name of spec[k]) lookup.set(squash(name), k);
  const { values, origin } = sheet;
  const scan = Math.min(values.length, 20);
  for (let r = 0; r < scan; r++) {
    const columns: Partial<Record<K, number>> = {};
    let found = 0;
    values[r].forEach((v, c) => {
      const key = lookup.get(squash(v));
      if (key !== undefined && columns[key] === undefined) {
        columns[key] = origin.col + c;
        found++;
      }
    });
    if (found < minColumns) continue;
    const rows: TableRow<K>[] = [];
    for (let i = r + 1; i < values.length; i++) {
      const line = values[i];
      if (!line.some((v) => v !== null && v !== '')) continue;
      const row = origin.row + i;
      rows.push({
        row,
        get: (key) => {
          const col = columns[key];
          return col === undefined ? null : (line[col - origin.col] ?? null);
        },
        cell: (key) => cellAddress(row, columns[key] ?? origin.col),
      });
    }
    return { headerRow: origin.row + r, columns, rows };
  }
  return null;
}

/**
 * A cell as trimmed text ('' for blank); numbers without a trailing '.0'.
 *
 * @example
 * cellText(null) // → ''
 * cellText(' 县住建局 ') // → '县住建局'
 * cellText(12) // → '12'
 */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * The spec of a table the add-in writes itself: each column read by the one header text it is written with.
 *
 * @example
 * writtenTableSpec({ unit: '单位', key: '事项编号' }) // → { unit: ['单位'], key: ['事项编号'] }
 */
export function writtenTableSpec<K extends string>(columns: Record<K, string>): TableSpec<K> {
  const spec = {} as Record<K, readonly string[]>;
  for (const k of Object.keys(columns) as K[]) spec[k] = [columns[k]];
  return spec;
}
