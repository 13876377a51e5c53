import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { xmlInsertions } from '../../test/support/xmlInsertions';
import type { LedgerDecoration } from '../sheets/ledgerDecoration';
import { XlsxWorkbook } from './xlsxWorkbook';

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
const GRAY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };

/**
 * A ledger as county offices format one: title, header on row 3 (bold, gray, thin lines), five
 * items from row 4 in 仿宋 12, centred in both directions, wrapped, thin lines; the cell beside the
 * status column's first data cell (E4) is filled yellow and has a date format of its own.
 */
async function styledLedger(change?: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.getCell('A1').value = '2020年县长批示件督办台账';
  ws.mergeCells('A1:E1');
  ws.getRow(3).values = ['序号', '督办事项', '责任单位', '交办时间', '办理时限'];
  ws.getRow(3).eachCell((cell) => {
    cell.font = { name: '宋体', size: 11, bold: true };
    cell.fill = GRAY;
    cell.border = THIN;
  });
  for (let i = 1; i <= 5; i++) {
    const row = ws.getRow(3 + i);
    row.values = [i, `督办事项${i}`, '县水利局', new Date(Date.UTC(2020, 2, 7)), '3月底前'];
    row.eachCell((cell) => {
      cell.font = { name: '仿宋', size: 12 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = THIN;
    });
    row.getCell(4).numFmt = 'yyyy-mm-dd';
  }
  ws.getCell('E4').fill = YELLOW;
  ws.getCell('E4').numFmt = 'yyyy"年"m"月"d"日"';
  change?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The decoration of status column `column` over rows 4–8 (header on row 3), literal. */
function decoration(values: string[], column = 6): LedgerDecoration {
  const letter = String.fromCharCode(64 + column);
  const range = { top: 4, left: 1, bottom: 8, right: column };
  return {
    sheet: '台账',
    column,
    headerRows: [3],
    firstDataRow: 4,
    lastDataRow: 8,
    values,
    range,
    rules: [
      { range, formula: `$${letter}4="蓝"`, fill: 'DDEBF7' },
      { range, formula: `$${letter}4="黄"`, fill: 'FFEB9C' },
      { range, formula: `$${letter}4="红"`, fill: 'FFC7CE' },
    ],
  };
}

async function reload(data: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb.getWorksheet('台账') as ExcelJS.Worksheet;
}

const part = async (data: Buffer, name: string): Promise<string> => (await (await JSZip.loadAsync(data)).file(name)?.async('string')) ?? '';
const cellXfCount = (styles: string) => Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
/** The refs of the cells the part has in a column. */
const cellsOf = (sheet: string, letter: string) => [...sheet.matchAll(new RegExp(`<c r="(${letter}\\d+)"`, 'g'))].map((m) => m[1]);

describe('XlsxWorkbook.writeLedgerDecoration: the status column takes the ledger’s look', () => {
  let input: Buffer;
  let output: Buffer;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    input = await styledLedger();
    const book = await XlsxWorkbook.load(input);
    await book.writeLedgerDecoration(decoration(['红', '', '已办结', '', '']));
    output = await book.toBuffer();
    ws = await reload(output);
  });

  it('gives every data cell down to the last item the neighbour’s font, alignment and borders, and no fill or number format', () => {
    for (const row of [4, 5, 6]) {
      const cell = ws.getCell(`F${row}`);
      expect(cell.font).toMatchObject({ name: '仿宋', size: 12 });
      expect(cell.alignment).toEqual({ horizontal: 'center', vertical: 'middle', wrapText: true });
      expect(cell.border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } });
      // fillId 0, the "none" fill (ExcelJS reports a styled cell's fill 0 as it is).
      expect(cell.fill).toEqual({ type: 'pattern', pattern: 'none' });
      expect(cell.numFmt).toBeUndefined();
    }
    // Below the last item: nothing, no borders either.
    for (const row of [7, 8]) {
      expect(ws.getCell(`F${row}`).font).toBeUndefined();
      expect(ws.getCell(`F${row}`).border).toBeUndefined();
    }
    // The neighbour keeps its own.
    expect(ws.getCell('E4').fill).toMatchObject(YELLOW);
    expect(ws.getCell('E4').numFmt).toBe('yyyy"年"m"月"d"日"');
  });

  it('writes the statuses as text, the rows without one above the last item as empty cells, and nothing below it', async () => {
    expect([4, 5, 6, 7, 8].map((row) => ws.getCell(`F${row}`).text)).toEqual(['红', '', '已办结', '', '']);
    expect(ws.getCell('F5').value).toBeNull();
    const sheet = await part(output, 'xl/worksheets/sheet1.xml');
    expect(cellsOf(sheet, 'F')).toEqual(['F3', 'F4', 'F5', 'F6']);
    const s = /<c r="F4" s="(\d+)"/.exec(sheet)?.[1];
    expect(sheet).toContain(`<c r="F5" s="${s}"/>`);
    expect(sheet).toContain(`<c r="F6" s="${s}" t="inlineStr"><is><t>已办结</t></is></c>`);
  });

  it('keeps the header as its neighbour’s, fill included', () => {
    expect(ws.getCell('F3').value).toBe('督办状态');
    expect(ws.getCell('F3').fill).toMatchObject(GRAY);
    expect(ws.getCell('F3').font).toMatchObject({ name: '宋体', bold: true });
  });

  it('adds one cell format to styles.xml, derived from the neighbour’s, by insertion only', async () => {
    const before = await part(input, 'xl/styles.xml');
    const after = await part(output, 'xl/styles.xml');
    const changes = xmlInsertions(before, after);
    expect(changes).not.toBeNull();
    const xfs = (changes ?? []).filter((c) => c.kind === 'inserted-element' && c.name === 'xf');
    expect(xfs).toHaveLength(1);
    // E4's cell format (the yellow fill 3, the custom date format 165) with fillId and numFmtId 0 and their apply flags off.
    expect(after).toContain('<xf numFmtId="165" fontId="2" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">');
    expect(xfs[0]).toMatchObject({
      xml: '<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyNumberFormat="0" applyFont="1" applyFill="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>',
    });
    expect(cellXfCount(after)).toBe(cellXfCount(before) + 1);
    // The rules give the fill only: no font in their formats.
    const dxfs = (changes ?? []).filter((c) => c.kind === 'inserted-element' && c.name === 'dxf').map((c) => (c.kind === 'inserted-element' ? c.xml : ''));
    expect(dxfs).toEqual([
      '<dxf><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor rgb="FFDDEBF7"/></patternFill></fill></dxf>',
      '<dxf><fill><patternFill patternType="solid"><fgColor rgb="FFFFEB9C"/><bgColor rgb="FFFFEB9C"/></patternFill></fill></dxf>',
      '<dxf><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
    ]);
  });

  it('touches no row of the ledger: the sheet part gains cells and rules, its rows keep their attributes', async () => {
    const changes = xmlInsertions(await part(input, 'xl/worksheets/sheet1.xml'), await part(output, 'xl/worksheets/sheet1.xml'));
    expect(changes).not.toBeNull();
    const attributes = (changes ?? []).flatMap((c) => (c.kind === 'changed-attribute' ? [`${c.element}@${c.attribute}`] : []));
    expect([...new Set(attributes)].sort()).toEqual(['dimension@ref', 'row@spans']);
  });

  it('reuses its cell format on a rerun over its own output', async () => {
    const again = await XlsxWorkbook.load(output);
    await again.writeLedgerDecoration(decoration(['', '黄', '', '', '红']));
    const rerun = await again.toBuffer();
    expect(await part(rerun, 'xl/styles.xml')).toBe(await part(output, 'xl/styles.xml'));
    const back = await reload(rerun);
    expect([4, 5, 6, 7, 8].map((row) => back.getCell(`F${row}`).text)).toEqual(['', '黄', '', '', '红']);
    expect(back.getCell('F4').font).toMatchObject({ name: '仿宋', size: 12 });
    expect(back.getCell('F4').fill).toEqual({ type: 'pattern', pattern: 'none' });
  });

  it('clearLedgerDecoration leaves nothing of the column: statuses, empty styled cells, rules', async () => {
    const book = await XlsxWorkbook.load(output);
    await book.clearLedgerDecoration('台账', 6);
    const cleared = await book.toBuffer();
    const sheet = await part(cleared, 'xl/worksheets/sheet1.xml');
    expect(cellsOf(sheet, 'F')).toEqual([]);
    expect(sheet).not.toContain('<conditionalFormatting');
    const back = await reload(cleared);
    expect(back.getCell('F5').font).toBeUndefined();
    expect(back.getCell('F4').font).toBeUndefined();
    expect(back.getCell('F4').value).toBeNull();
  });

  it('clearLedgerDecoration also takes the empty styled cells of rows emptied since (below the last value)', async () => {
    const book = await XlsxWorkbook.load(output);
    const emptied = [7, 8].flatMap((row) => [1, 2, 3, 4, 5].map((col) => ({ row, col, value: null })));
    await book.setCells('台账', emptied);
    await book.clearLedgerDecoration('台账', 6);
    expect(cellsOf(await part(await book.toBuffer(), 'xl/worksheets/sheet1.xml'), 'F')).toEqual([]);
  });
});

describe('XlsxWorkbook.writeLedgerDecoration: which rows without a status get an empty cell', () => {
  it('a row with content, or under a merged area, above the last item gets one; an empty row inside the range none', async () => {
    const input = await styledLedger((ws) => {
      // Row 5 emptied (its cells keep their formats); item 3 is merged down over row 7, whose other cells are empty.
      for (const col of 'ABCDE') ws.getCell(`${col}5`).value = null;
      for (const col of 'ACDE') ws.getCell(`${col}7`).value = null;
      ws.getCell('B7').value = null;
      ws.mergeCells('B6:B7');
    });
    const book = await XlsxWorkbook.load(input);
    await book.writeLedgerDecoration(decoration(['红', '', '', '', '蓝']));
    const output = await book.toBuffer();
    const sheet = await part(output, 'xl/worksheets/sheet1.xml');
    expect(cellsOf(sheet, 'F')).toEqual(['F3', 'F4', 'F6', 'F7', 'F8']);
    const ws = await reload(output);
    expect(ws.getCell('F7').font).toMatchObject({ name: '仿宋', size: 12 });
    expect(ws.getCell('F5').font).toBeUndefined();
  });

  it('none below the last item, though the rows there have content', async () => {
    const book = await XlsxWorkbook.load(await styledLedger());
    await book.writeLedgerDecoration(decoration(['', '黄', '', '', '']));
    const sheet = await part(await book.toBuffer(), 'xl/worksheets/sheet1.xml');
    // Row 4 (an item without a status, above the last) keeps the grid; rows 6–8 get nothing.
    expect(cellsOf(sheet, 'F')).toEqual(['F3', 'F4', 'F5']);
  });

  it('none at all when no row has a status: no cell format is added', async () => {
    const input = await styledLedger();
    const book = await XlsxWorkbook.load(input);
    await book.writeLedgerDecoration(decoration(['', '', '', '', '']));
    const output = await book.toBuffer();
    expect(cellsOf(await part(output, 'xl/worksheets/sheet1.xml'), 'F')).toEqual(['F3']);
    expect(cellXfCount(await part(output, 'xl/styles.xml'))).toBe(cellXfCount(await part(input, 'xl/styles.xml')));
  });
});

describe('XlsxWorkbook.writeLedgerDecoration: a status column without a styled neighbour', () => {
  it('copies nothing into column A (no neighbour): statuses only, no empty cells', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('台账');
    sheet.getCell('B3').value = '督办事项';
    for (let i = 1; i <= 5; i++) {
      const cell = sheet.getCell(`B${3 + i}`);
      cell.value = `事项${i}`;
      cell.font = { name: '仿宋', size: 12 };
    }
    const input = Buffer.from(await wb.xlsx.writeBuffer());
    const book = await XlsxWorkbook.load(input);
    await book.writeLedgerDecoration(decoration(['红', '', '', '', '蓝'], 1));
    const output = await book.toBuffer();
    const xml = await part(output, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<c r="A4" t="inlineStr"><is><t>红</t></is></c>');
    expect(cellsOf(xml, 'A')).toEqual(['A3', 'A4', 'A8']);
    expect(cellXfCount(await part(output, 'xl/styles.xml'))).toBe(cellXfCount(await part(input, 'xl/styles.xml')));
  });

  it('leaves the data cells as they were beside an unformatted neighbour', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('台账');
    sheet.getCell('A3').value = '督办事项';
    for (let i = 1; i <= 5; i++) sheet.getCell(`A${3 + i}`).value = `事项${i}`;
    const book = await XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
    await book.writeLedgerDecoration(decoration(['红', '', '', '', '蓝'], 2));
    const xml = await part(await book.toBuffer(), 'xl/worksheets/sheet1.xml');
    expect(cellsOf(xml, 'B')).toEqual(['B3', 'B4', 'B8']);
    expect(xml).toContain('<c r="B4" t="inlineStr"><is><t>红</t></is></c>');
  });
});
