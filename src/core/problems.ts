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
