import type { Problem } from '../problems';
import { COLOR_CHAR, parseNoticeNumber } from './noticeNumber';

/** One log row that carries a number, as the log reader saw it. */
export interface NumberedRow {
  /** 1-based sheet row. */
  row: number;
  /** The number as written (trimmed). */
  number: string;
  /** A1 address of the row's number cell. */
  cell: string;
  /** The row is marked 作废. */
  voided: boolean;
}

export const DUPLICATE_NUMBER = 'notice.log-duplicate-number';

/**
 * A number held by more than one row not voided (SPEC §9, co-authoring): two clerks appending at
 * the same instant, or a row copied. Each later row is reported against the first, as a warning:
 * both rows stay as they are (nothing is renumbered), the clerk voids one of them, and numbering
 * continues past the highest number of the series (`used`: every number the log holds, voided ones
 * included). Numbers retyped with other brackets or full-width digits are the same number. A voided
 * row does not count: voiding one of the two is the remedy.
 *
 * @example
 * const rows = [{ row: 2, number: '督〔2020〕红7号', cell: 'A2', voided: false }, { row: 5, number: '督[2020]红7号', cell: 'A5', voided: false }];
 * findDuplicateNumbers('督办单登记', rows, ['督〔2020〕红7号', '督〔2020〕红8号'])[0].message
 * // → '第2行与第5行编号相同（督〔2020〕红7号），请核对后将其中一张作废；新编号从红9号接着编'
 */
export function findDuplicateNumbers(sheet: string, rows: readonly NumberedRow[], used: readonly string[]): Problem[] {
  const highest = new Map<string, number>();
  for (const text of used) {
    const p = parseNoticeNumber(text);
    if (p === null) continue;
    const series = `${p.prefix}\u0000${p.year}\u0000${p.color}`;
    if ((highest.get(series) ?? 0) < p.n) highest.set(series, p.n);
  }
  const first = new Map<string, NumberedRow>();
  const problems: Problem[] = [];
  for (const r of rows) {
    if (r.voided || r.number === '') continue;
    const p = parseNoticeNumber(r.number);
    const series = p === null ? null : `${p.prefix}\u0000${p.year}\u0000${p.color}`;
    const key = p === null ? `text\u0000${r.number}` : `${series}\u0000${p.n}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, r);
      continue;
    }
    const next = p === null || series === null ? '' : `；新编号从${COLOR_CHAR[p.color]}${(highest.get(series) ?? p.n) + 1}号接着编`;
    problems.push({
      severity: 'warning',
      code: DUPLICATE_NUMBER,
      sheet,
      cell: r.cell,
      row: r.row,
      message: `第${earlier.row}行与第${r.row}行编号相同（${earlier.number}），请核对后将其中一张作废${next}`,
    });
  }
  return problems;
}
