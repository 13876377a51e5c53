import { promises as fs } from 'node:fs';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { XlsxWorkbook } from './xlsxWorkbook';

/**
 * One sheet of an .xlsx file (path) or buffer as the core sees it: by name, else the first
 * worksheet. For tests and scripts that need a ledger's values without a run.
 *
 * @example
 * const sheet = await readXlsxSnapshot('examples/demo-ledger.xlsx', '督办台账');
 */
export async function readXlsxSnapshot(source: string | Buffer, sheetName?: string): Promise<SheetSnapshot> {
  const workbook = await XlsxWorkbook.load(typeof source === 'string' ? await fs.readFile(source) : source);
  const name = sheetName ?? (await workbook.listSheets())[0].name;
  const [sheet] = await workbook.readSheets([name]);
  return sheet;
}
