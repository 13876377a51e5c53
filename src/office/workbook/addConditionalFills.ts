import type { ConditionalFill } from '../../sheets/sheetModel';
import { rangeOf } from '../officeAddress';

/** Formula rules with their fill and, when given, font colors (Office wants the formula with its '='). */
export function addConditionalFills(ws: Excel.Worksheet, fills: readonly ConditionalFill[]): void {
  for (const fill of fills) {
    const cf = rangeOf(ws, fill.range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = `=${fill.formula}`;
    cf.custom.format.fill.color = `#${fill.fill}`;
    // No font colour: the rule leaves each cell's own text colour.
    if (fill.fontColor) cf.custom.format.font.color = `#${fill.fontColor}`;
  }
}
