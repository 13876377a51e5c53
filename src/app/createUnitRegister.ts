import type { LedgerItem } from '../core/ledger/ledgerItem';
import type { Problem } from '../core/problems';
import { REGISTER_SHEET } from '../core/register/parseUnitRegister';
import { buildRegisterSheet } from '../sheets/registerSheet';
import type { LedgerAnalysis } from './analyzeWorkbook';
import type { WorkbookPort } from './ports/workbookPort';

/**
 * 创建单位名册, as data:
 * - `created`: the register sheet was added (`sheet`, its actual name), prefilled with `units`;
 * - `exists`: the workbook has a register already, nothing was written;
 * - `no-units`: the ledger's 责任单位 column names no unit, nothing was written.
 */
export type UnitRegisterResult =
  | { kind: 'created'; sheet: string; units: string[] }
  | {
      kind: 'exists';
      sheet: string;
      /** Units the register lists (rows it could read). */
      registered: number;
      /** Units named on the ledger (supervised or co-units) that the register does not list. */
      missing: string[];
      /** The ledger cells naming them (unit.unknown) and the register's own problems. */
      problems: Problem[];
    }
  | { kind: 'no-units'; ledgerSheet: string };

const byName = new Intl.Collator('zh-CN').compare;

/**
 * Every unit the ledger names, supervised and co-units (a register lists both), sorted by name.
 *
 * @example
 * ledgerUnits(items) // ['县住建局', '县发改局', '县工信局', …]
 */
export function ledgerUnits(items: readonly LedgerItem[]): string[] {
  const names = new Set<string>();
  for (const item of items) for (const name of [...item.units, ...item.coUnits]) names.add(name);
  return [...names].sort(byName);
}

/**
 * Ledger units the register does not list. The ledger parse already mapped every alias the
 * register knows to its register name (and reported the others as unit.unknown), so a name that is
 * not a register name is one the register lacks.
 *
 * @example
 * unitsMissingFromRegister(items, ['县住建局']) // ['县发改局', …]
 */
export function unitsMissingFromRegister(items: readonly LedgerItem[], registered: readonly string[]): string[] {
  const known = new Set(registered);
  return ledgerUnits(items).filter((name) => !known.has(name));
}

/**
 * 创建单位名册: adds the register sheet (单位名册) prefilled with every unit the analysed ledger
 * names, for the user to complete. A workbook that has one already is left as it is: the answer
 * lists the ledger units it lacks instead. `onAdding` is told the units before the sheet is
 * added (the pane shows progress).
 *
 * @example
 * await createUnitRegister(port, analysis) // { kind: 'created', sheet: '单位名册', units: ['县住建局', '县发改局', …] }
 */
export async function createUnitRegister(port: WorkbookPort, analysis: LedgerAnalysis, onAdding?: (units: readonly string[]) => void): Promise<UnitRegisterResult> {
  if (analysis.sheetNames.includes(REGISTER_SHEET)) {
    return {
      kind: 'exists',
      sheet: REGISTER_SHEET,
      registered: analysis.register.length,
      missing: unitsMissingFromRegister(analysis.items, analysis.register.map((r) => r.name)),
      problems: analysis.problems.filter((p) => p.code === 'unit.unknown' || p.sheet === REGISTER_SHEET),
    };
  }
  const units = ledgerUnits(analysis.items);
  if (units.length === 0) return { kind: 'no-units', ledgerSheet: analysis.sheet.name };
  onAdding?.(units);
  const sheet = await port.addSheet(buildRegisterSheet(units));
  return { kind: 'created', sheet, units };
}
