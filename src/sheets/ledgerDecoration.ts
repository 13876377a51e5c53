import { cellAddress, columnLetters } from '../core/cells';
import type { ColumnMapping } from '../core/ledger/detectLedger';
import type { SheetSnapshot, CellRect } from '../core/ledger/sheetSnapshot';
import type { ItemEscalation, LedgerStatus } from '../core/escalation/escalate';
import type { ConditionalFill } from './sheetModel';

/** The header of the add-in's own column on the ledger. */
export const STATUS_HEADER = '督办状态';

/**
 * Fill per status: light enough that the ledger's own text (its color left as the user set it)
 * reads on it, on screen and in black-and-white print. 临期 (SPEC §9, a reminder, not a notice)
 * has a pale teal of its own, apart from the three notice colors and lighter than each of them in
 * grey print, so a printed ledger still tells a coming deadline from a notice.
 */
export const STATUS_COLORS: Record<'蓝' | '黄' | '红' | '临期', { fill: string }> = {
  蓝: { fill: 'DDEBF7' },
  黄: { fill: 'FFEB9C' },
  红: { fill: 'FFC7CE' },
  临期: { fill: 'DEF2EE' },
};

/** The statuses that get a color, one conditional-format rule each. */
const COLORED_STATUSES = Object.keys(STATUS_COLORS) as Array<keyof typeof STATUS_COLORS>;

/**
 * What the add-in adds to the user's ledger, and nothing else: one status column at the right
 * edge (or the one it added before) and one conditional-format rule per colored status keyed on
 * it (蓝, 黄, 红, 临期).
 */
export interface LedgerDecoration {
  sheet: string;
  /** 1-based column of 督办状态. */
  column: number;
  /** The ledger's header rows: the header sits in the first and is merged down over the rest. */
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  /** Status text per data row, index 0 = firstDataRow; '' for rows that are not items. */
  values: string[];
  /** The rows the colors apply to: from the ledger's first column to the status column. */
  range: CellRect;
  rules: ConditionalFill[];
}

/** The column of the add-in's own 督办状态 header (from an earlier 应用三色), if the ledger has one. */
export function ownStatusColumn(mapping: ColumnMapping): number | null {
  return mapping.headers.find((h) => h.text === STATUS_HEADER)?.col ?? null;
}

/** The column the add-in's status lives in: the existing 督办状态 header, else the first free column. */
export function findStatusColumn(sheet: SheetSnapshot, mapping: ColumnMapping): number {
  const own = ownStatusColumn(mapping);
  if (own !== null) return own;
  // A loop, not Math.max(...spread): a ledger can have a million rows, more than a call's arguments.
  let width = 0;
  for (const line of sheet.values) width = Math.max(width, line.length);
  const lastUsed = sheet.origin.col + width - 1;
  const lastHeader = mapping.headers.reduce((last, h) => Math.max(last, h.col), 0);
  return Math.max(lastUsed, lastHeader) + 1;
}

export function buildLedgerDecoration(
  sheet: SheetSnapshot,
  mapping: ColumnMapping,
  escalations: readonly ItemEscalation[],
): LedgerDecoration {
  const column = findStatusColumn(sheet, mapping);
  const { firstDataRow, lastDataRow } = mapping;
  const values = new Array<string>(Math.max(0, lastDataRow - firstDataRow + 1)).fill('');
  for (const e of escalations) values[e.item.row - firstDataRow] = e.status;
  const firstColumn = Math.min(column, ...mapping.headers.map((h) => h.col));
  const range: CellRect = { top: firstDataRow, left: firstColumn, bottom: Math.max(firstDataRow, lastDataRow), right: column };
  const key = `$${columnLetters(column)}${firstDataRow}`;
  const rules = COLORED_STATUSES.map((status) => ({
    range,
    formula: `${key}="${status}"`,
    fill: STATUS_COLORS[status].fill,
  }));
  return { sheet: sheet.name, column, headerRows: mapping.headerRows, firstDataRow, lastDataRow, values, range, rules };
}

/**
 * Whether a conditional format's formula is one buildLedgerDecoration wrote for `column`:
 * `$L5="红"` and the like, with or without the leading '=' (Office returns it, the .xlsx file does
 * not store it), on whatever row the rule's range starts. Anything else on the sheet is the user's
 * and is never touched; both adapters tell their rules from the user's by this.
 */
export function isOwnStatusRule(formula: string | null | undefined, column: number): boolean {
  if (typeof formula !== 'string') return false;
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  const prefix = `$${columnLetters(column)}`;
  if (!body.startsWith(prefix)) return false;
  const status = /^\d+="(.*)"$/.exec(body.slice(prefix.length))?.[1];
  return status !== undefined && (COLORED_STATUSES as readonly string[]).includes(status);
}

/** A1 address of the decoration's header cell, for messages. */
export function statusHeaderAddress(d: LedgerDecoration): string {
  return cellAddress(d.headerRows[0], d.column);
}

export type { LedgerStatus };
