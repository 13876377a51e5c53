import { columnLetters } from '../core/cells';

/**
 * Whether a conditional format's formula is one the add-in wrote for its status column:
 * `=$L5="红"` and the like (Office returns the formula with its '=', relative to the top-left
 * cell of the rule's range, so the row is whatever the rule starts on). The xlsx adapter knows its
 * rules the same way; anything else on the sheet is the user's and is never touched.
 */
export function isOwnStatusRule(formula: string | null | undefined, column: number): boolean {
  if (typeof formula !== 'string') return false;
  const prefix = `$${columnLetters(column)}`;
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  if (!body.startsWith(prefix)) return false;
  return /^\d+="(蓝|黄|红)"$/.test(body.slice(prefix.length));
}
