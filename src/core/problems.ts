/**
 * User data errors are values, never exceptions: every stage returns the problems it found,
 * each naming the cell (or the setting) so the user can go and fix it.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Stable machine code, e.g. 'date.unparseable', 'unit.unknown'. */
  code: string;
  /** One sentence in Chinese, naming the cell or setting, e.g. '交办时间无法识别：2020-13-45'. */
  message: string;
  /** Sheet the cell is on, when the problem is about a cell. */
  sheet?: string;
  /** A1 address of the cell, e.g. 'F13'. */
  cell?: string;
  /** 1-based sheet row of the item concerned. */
  row?: number;
  /** Dotted path of the setting concerned, e.g. 'escalation.yellowAfterDays'. */
  setting?: string;
}

/**
 * A problem as one line for the user, its place first: '督办台账!H20 办理时限无法识别：2020-13-45',
 * '督办台账 第14行 …', '设置 escalation.yellowAfterDays …'. Messages never repeat the place.
 *
 * @example
 * describeProblem({ severity: 'error', code: 'date.unparseable', message: '办理时限无法识别：2020-13-45', sheet: '督办台账', cell: 'H20' })
 * // → '督办台账!H20 办理时限无法识别：2020-13-45'
 */
export function describeProblem(p: Problem): string {
  const place = problemPlace(p);
  return place ? `${place} ${p.message}` : p.message;
}

/**
 * Where a problem is: '督办台账!H20', '督办台账第14行', '设置 escalation.yellowAfterDays', the sheet,
 * or '' for none. The sheet is left out when it is `inView`, the one the user is looking at.
 *
 * @example
 * const p = { severity: 'error', code: 'date.unparseable', message: '…', sheet: '督办台账', cell: 'H20' } as const;
 * problemPlace(p) // → '督办台账!H20'
 * problemPlace(p, '督办台账') // → 'H20'
 */
export function problemPlace(p: Problem, inView?: string | null): string {
  const sheet = p.sheet === undefined || p.sheet === inView ? '' : p.sheet;
  return p.cell ? `${sheet ? `${sheet}!` : ''}${p.cell}` : p.row ? `${sheet}第${p.row}行` : p.setting ? `设置 ${p.setting}` : sheet;
}
