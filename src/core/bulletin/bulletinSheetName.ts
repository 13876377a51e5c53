import type { Period, PeriodKind } from './period';

/**
 * Bulletin sheets are named `督办通报 <period>（第N期）`: '督办通报 2020年5月（第5期）',
 * '督办通报 2020年第19周（第3期）', '督办通报 2020年上半年（第1期）', '督办通报 2020年（第1期）'.
 * The name records kind, period and issue number, so the next issue number is found from the
 * sheet names alone (no sheet has to be read), and the 督办通报 prefix keeps the sheet out of the
 * ledger search. At most 22 characters (a week, issue 9999): inside Excel's 31.
 */
export const BULLETIN_SHEET_PREFIX = '督办通报';

/**
 * The name of issue `issue`'s sheet for `period`, the one form parseBulletinSheetName reads back.
 *
 * @example
 * formatBulletinSheetName(makePeriod('week', 2020, 19)!, 3) // → '督办通报 2020年第19周（第3期）'
 */
export function formatBulletinSheetName(period: Period, issue: number): string {
  return `${BULLETIN_SHEET_PREFIX} ${period.shortLabel}（第${issue}期）`;
}

export interface BulletinSheetRef {
  kind: PeriodKind;
  year: number;
  index: number;
  issue: number;
}

// ' (2)' is what makeSheetName appends when a name is taken.
const NAME = /^督办通报 ?(\d{4})年(?:(\d{1,2})月|第(\d{1,2})周|([上下])半年)?（第(\d{1,4})期）(?: \(\d+\))?$/;

/**
 * What a bulletin sheet's name records, or null for any other sheet.
 *
 * @example
 * parseBulletinSheetName('督办通报 2020年5月（第5期） (2)') // → { kind: 'month', year: 2020, index: 5, issue: 5 }
 * parseBulletinSheetName('督办台账') // → null
 */
export function parseBulletinSheetName(name: string): BulletinSheetRef | null {
  const m = NAME.exec(name.trim());
  if (!m) return null;
  const year = +m[1];
  const issue = +m[5];
  if (issue < 1) return null;
  if (m[2] !== undefined) return +m[2] >= 1 && +m[2] <= 12 ? { kind: 'month', year, index: +m[2], issue } : null;
  if (m[3] !== undefined) return +m[3] >= 1 && +m[3] <= 53 ? { kind: 'week', year, index: +m[3], issue } : null;
  if (m[4] !== undefined) return { kind: 'half', year, index: m[4] === '上' ? 1 : 2, issue };
  return { kind: 'year', year, index: 1, issue };
}
