import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import type { PlannedNotice } from '../../src/core/notices/planNotices';
import { XIANGYIN_2020 } from '../../src/core/rules/ruleSet';
import { buildNoticeLogSheet, noticeLogRows } from '../../src/sheets/noticeLogSheet';
import { buildNoticeSheet } from '../../src/sheets/noticeSheet';
import { XlsxWorkbook } from '../../src/xlsx/xlsxWorkbook';

const PAYLOADS = ['=HYPERLINK("http://evil","x")', '+1+1', '-2', '@SUM(A1)', "=cmd|' /C calc'!A0", '\t=1', '\r=1'];
// A lone CR cannot be stored in .xlsx (XML reads it back as LF): the sheet models write LF for it.
const STORED = PAYLOADS.map((p) => p.replace('\r', '\n'));

const notice = (text: string, i: number): PlannedNotice => ({
  number: `督〔2020〕红${i + 1}号`,
  color: 'red',
  sequence: 1,
  itemId: text,
  itemRow: 3 + i,
  title: text,
  source: text,
  unit: text,
  head: text,
  dueDate: '2020-05-28',
  issueDate: '2020-05-28',
  deadline: '2020-05-11',
  deadlineExtended: false,
  daysOverdue: 17,
  rectifyBy: null,
  signatory: '县长',
  requirement: '直至该事项督办完成。',
  sms: '【县督查室】',
});

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

async function placeholder(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('说明').getCell('A1').value = 'x';
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe('user text that looks like a formula', () => {
  it('is written by the notice and log sheets as literal text, read back from the .xlsx', async () => {
    const port = await placeholder();
    const notices = PAYLOADS.map(notice);
    const name = await port.addSheet(buildNoticeSheet(notices, '2020-05-28', XIANGYIN_2020));
    await port.appendRows('督办单登记', noticeLogRows(notices), buildNoticeLogSheet());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.toBuffer()) as unknown as ArrayBuffer);

    expect(formulaCells(wb)).toEqual([]);
    const log = wb.getWorksheet('督办单登记')!;
    // Columns 事项编号 (C), 督办事项 (D), 被督办单位 (E), rows 2…8.
    for (const col of ['C', 'D', 'E']) {
      const cells = STORED.map((_, i) => log.getCell(`${col}${i + 2}`));
      expect(cells.map((c) => c.value)).toEqual(STORED);
      expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    }
    const sheet = wb.getWorksheet(name)!;
    // Each notice is a block of 15 rows: unit B5, 主要负责人 D5, id B6, source D6, title B7.
    STORED.forEach((text, i) => {
      const top = i * 15;
      const cells = ['B5', 'D5', 'B6', 'D6', 'B7'].map((a) => sheet.getCell(`${a[0]}${top + Number(a.slice(1))}`));
      expect(cells.map((c) => c.value)).toEqual([text, text, text, text, text]);
      expect(cells.every((c) => c.type === ExcelJS.ValueType.String)).toBe(true);
    });
  });

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

      const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today: () => '2020-05-11' };
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
