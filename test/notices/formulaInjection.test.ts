import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const PAYLOADS = ['=HYPERLINK("http://evil","x")', '+1+1', '-2', '@SUM(A1)', "=cmd|' /C calc'!A0"];

/** Every cell of every sheet: none may be a formula. */
function formulaCells(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula || cell.formula !== undefined) found.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return found;
}

// Each writer on its own, through both adapters and every payload: test/security/formulaInjection.test.ts.
describe('user text that looks like a formula', () => {
  it('comes through duban run from the ledger into the log and the notices as text', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-inject-'));
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('督办台账');
      ws.addRow(['督办编号', '督办事项', '事项来源', '责任单位', '交办时间']);
      // Titles are whole cells; units are split at 、，,；;/ and spaces, so the unit payloads have none.
      const titles = PAYLOADS.slice(0, 5);
      const units = ['+1+1', '-2', '@SUM(A1)', '+1+1', '-2'];
      titles.forEach((t, i) => ws.addRow([`-${i + 1}`, t, '县长批示', units[i], new Date('2020-04-28T00:00:00Z')]));
      await wb.xlsx.writeFile(path.join(dir, 'in.xlsx'));

      const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => dateOnly('2020-05-11') };
      expect(await main(['run', path.join(dir, 'in.xlsx'), '--out', path.join(dir, 'out.xlsx'), '--as-of', '2020-05-11'], io)).toBe(0);
      const out = new ExcelJS.Workbook();
      await out.xlsx.readFile(path.join(dir, 'out.xlsx'));
      expect(formulaCells(out)).toEqual([]);
      const log = out.getWorksheet('督办单登记')!;
      const rows: unknown[][] = [];
      log.eachRow((row, n) => n > 1 && rows.push([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value]));
      // Numbered by unit ('+' < '-' < '@' by code point), then id.
      expect(rows).toEqual([
        ['-1', '=HYPERLINK("http://evil","x")', '+1+1'],
        ['-4', '@SUM(A1)', '+1+1'],
        ['-2', '+1+1', '-2'],
        ['-5', "=cmd|' /C calc'!A0", '-2'],
        ['-3', '-2', '@SUM(A1)'],
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
