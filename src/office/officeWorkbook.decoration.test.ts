import type { LedgerDecoration } from '../sheets/ledgerDecoration';
import { fakeWorkbookFrom, type FakeExcel, type FakeSheetSpec, FAKE_PLATFORMS, useFakePlatform } from '../../test/fakes/fakeExcel';
import { keyCol, type FakeCellFormat } from '../../test/fakes/fakeDocument';
import { columnLetters } from '../core/cells';
import { OfficeWorkbook } from './officeWorkbook';

type Row = Array<string | number | null>;

const THIN = { style: 'Continuous', color: '#000000', weight: 'Thin' };
const HEADER_FORMAT: FakeCellFormat = {
  bold: true,
  fill: '#D9D9D9',
  horizontalAlignment: 'Center',
  borders: { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN },
};
const THICK = { style: 'Continuous', color: '#000000', weight: 'Thick' };
const ALL_THIN = { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN };
/** Excel's defaults as the fake reports them: what a status cell beside a plain cell copies. */
const DEFAULT_LOOK: FakeCellFormat = {
  fontName: '等线',
  fontSize: 11,
  fontColor: '#000000',
  bold: false,
  italic: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  wrapText: false,
};
/** A ledger's data cell as county offices format them: 仿宋 12, centred, wrapped, thin lines. */
const STYLED: FakeCellFormat = { fontName: '仿宋', fontSize: 12, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true, borders: ALL_THIN };
const USER_RULES = [
  { range: 'A4:E8', formula: '=$E4<0', fill: '#FF0000' },
  // Shaped like the add-in's own rules, but keyed on column C: the user's.
  { range: 'A4:E8', formula: '=$C4="红"', fill: '#00FF00' },
];

/** A ledger: merged title, header on row 3, n items from row 4, columns A–E. */
function ledgerSpec(n: number, rules = USER_RULES): FakeSheetSpec {
  const rows: Row[] = [['2020年县长批示件督办台账'], [], ['序号', '督办事项', '责任单位', '交办时间', '办理时限']];
  for (let i = 1; i <= n; i++) rows.push([i, `督办事项${i}`, '县水利局', 43897, '3月底前']);
  return { rows, merges: ['A1:E1'], formats: { E3: HEADER_FORMAT }, numberFormats: { D4: 'yyyy-mm-dd' }, rules };
}

/**
 * ledgerSpec(5) with its data cells (A4:E8) formatted as STYLED, the borders given, and the
 * neighbour of the status column (E4) filled yellow and numbered as a date.
 */
function styledLedgerSpec(borders: FakeCellFormat['borders'] = ALL_THIN): FakeSheetSpec {
  const spec = ledgerSpec(5);
  const formats: Record<string, FakeCellFormat> = { ...spec.formats };
  for (let row = 4; row <= 8; row++) for (const col of 'ABCDE') formats[`${col}${row}`] = { ...STYLED, borders };
  formats.E4 = { ...formats.E4, fill: '#FFFF00' };
  return { ...spec, formats, numberFormats: { ...spec.numberFormats, E4: 'yyyy-mm-dd' } };
}

function ledger(n: number, rules = USER_RULES): FakeExcel {
  return fakeWorkbookFrom({ 台账: ledgerSpec(n, rules), 单位名册: [['单位名称'], ['县水利局']] });
}

/** The decoration of a status column (F by default): literal, what buildLedgerDecoration makes. */
function decoration(values: string[], headerRows = [3], column = 6): LedgerDecoration {
  const firstDataRow = headerRows[headerRows.length - 1] + 1;
  const range = { top: firstDataRow, left: 1, bottom: firstDataRow + values.length - 1, right: column };
  const key = `$${columnLetters(column)}${firstDataRow}`;
  return {
    sheet: '台账',
    column,
    headerRows,
    firstDataRow,
    lastDataRow: firstDataRow + values.length - 1,
    values,
    range,
    rules: [
      { range, formula: `${key}="蓝"`, fill: 'DDEBF7', fontColor: '1F4E79' },
      { range, formula: `${key}="黄"`, fill: 'FFEB9C', fontColor: '7F6000' },
      { range, formula: `${key}="红"`, fill: 'FFC7CE', fontColor: '9C0006' },
    ],
  };
}

/** Everything on the ledger sheet but column F and the conditional formats, and every other sheet. */
function outsideColumnF(fake: FakeExcel): string {
  const sheet = fake.sheet('台账');
  return JSON.stringify({
    cells: [...sheet.cells].filter(([key]) => keyCol(key) !== 6),
    merges: fake.merges('台账').filter((m) => !m.startsWith('F')),
    widths: [...sheet.columnWidths],
    others: JSON.parse(fake.dump()).sheets.slice(1),
  });
}

const ownRules = (row: number, range: string) => [
  { type: 'Custom', range, formula: `=$F${row}="红"`, fill: '#FFC7CE', fontColor: '#9C0006' },
  { type: 'Custom', range, formula: `=$F${row}="黄"`, fill: '#FFEB9C', fontColor: '#7F6000' },
  { type: 'Custom', range, formula: `=$F${row}="蓝"`, fill: '#DDEBF7', fontColor: '#1F4E79' },
];
const userRules = USER_RULES.map((r) => ({ type: 'Custom', ...r }));
describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  // Payload limits exist on Excel on the web only.
  const webOnly = platform === 'web' ? it : it.skip;
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('OfficeWorkbook.writeLedgerDecoration', () => {
    it('writes the status column, its header and the three rules, and nothing else', async () => {
      const fake = ledger(5);
      const untouched = outsideColumnF(fake);
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['红', '', '蓝', '已办结', '—']));

      expect(fake.values('台账', 'F3:F8')).toEqual([['督办状态'], ['红'], [''], ['蓝'], ['已办结'], ['—']]);
      // The left neighbour's header format, its default font included.
      expect(fake.cell('台账', 'F3').format).toEqual({
        ...HEADER_FORMAT,
        fontName: '等线',
        fontSize: 11,
        fontColor: '#000000',
        italic: false,
        verticalAlignment: 'Bottom',
        wrapText: false,
      });
      for (const row of [4, 5, 6, 7, 8]) expect(fake.cell('台账', `F${row}`).numberFormat).toBe('@');
      expect(fake.rules('台账')).toEqual([...ownRules(4, 'A4:F8'), ...userRules]);
      expect(outsideColumnF(fake)).toBe(untouched);
      expect(fake.syncCount).toBe(2);
    });

    it('writes status text as text, never as a formula', async () => {
      const fake = ledger(5);
      const texts = ['=HYPERLINK("http://x","点我")', '+86-0730', '-', '@县长', '2020-03-07'];
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(texts));
      // The format is the neighbour's (E4: Excel's defaults, as Excel reports them), never its number format.
      texts.forEach((text, i) => expect(fake.cell('台账', `F${4 + i}`)).toEqual({ value: text, numberFormat: '@', format: DEFAULT_LOOK }));
    });

    it('gives the data cells down to the last item the look of the neighbour’s first data cell, but not its fill or number format', async () => {
      const fake = fakeWorkbookFrom({ 台账: styledLedgerSpec() });
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['红', '', '已办结', '', '']));
      expect(fake.values('台账', 'F4:F8')).toEqual([['红'], [''], ['已办结'], [''], ['']]);
      // Every data row down to the last item, a row without a status too: the cells' own four sides, the lines between rows included.
      for (const row of [4, 5, 6]) {
        expect(fake.cell('台账', `F${row}`)).toEqual({
          value: row === 4 ? '红' : row === 6 ? '已办结' : '',
          numberFormat: '@',
          format: { fontName: '仿宋', fontSize: 12, fontColor: '#000000', bold: false, italic: false, horizontalAlignment: 'Center', verticalAlignment: 'Center', wrapText: true, borders: ALL_THIN },
        });
      }
      // Below the last item the statuses are emptied as text, and no look: none of its borders either.
      for (const row of [7, 8]) expect(fake.cell('台账', `F${row}`)).toEqual({ value: '', numberFormat: '@', format: {} });
      // Nothing below the ledger; row heights untouched; still one read and one write.
      expect(fake.cell('台账', 'F9')).toEqual({ value: '', numberFormat: 'General', format: {} });
      expect([...fake.sheet('台账').rowHeights]).toEqual([]);
      expect(fake.syncCount).toBe(2);
    });

    it('gives no look to a status column without any item', async () => {
      const fake = fakeWorkbookFrom({ 台账: styledLedgerSpec() });
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['', '', '', '', '']));
      for (const row of [4, 5, 6, 7, 8]) expect(fake.cell('台账', `F${row}`)).toEqual({ value: '', numberFormat: '@', format: {} });
      expect(fake.syncCount).toBe(2);
    });

    it('draws the neighbour’s bottom line between the rows, and a single row gets no inside line', async () => {
      const fake = fakeWorkbookFrom({ 台账: styledLedgerSpec({ EdgeTop: THIN, EdgeBottom: THICK }) });
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['红', '', '蓝', '', '']));
      expect(fake.cell('台账', 'F4').format.borders).toEqual({ EdgeTop: THIN, EdgeBottom: THICK });
      expect(fake.cell('台账', 'F5').format.borders).toEqual({ EdgeTop: THICK, EdgeBottom: THICK });
      // The last item's row closes the column with the neighbour's bottom line; the rows below have none.
      expect(fake.cell('台账', 'F6').format.borders).toEqual({ EdgeTop: THICK, EdgeBottom: THICK });
      expect(fake.cell('台账', 'F7').format.borders).toBeUndefined();
      expect(fake.cell('台账', 'F8').format.borders).toBeUndefined();

      const one = fakeWorkbookFrom({ 台账: styledLedgerSpec({ EdgeTop: THIN, EdgeBottom: THICK }) });
      await new OfficeWorkbook(one.run).writeLedgerDecoration(decoration(['红']));
      expect(one.cell('台账', 'F4').format.borders).toEqual({ EdgeTop: THIN, EdgeBottom: THICK });
    });

    it('copies nothing to a status column A (no neighbour)', async () => {
      const fake = fakeWorkbookFrom({ 台账: { rows: [[], [], [null, '督办事项'], [null, '事项1'], [null, '事项2']], formats: { B4: STYLED, B5: STYLED } } });
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['红', ''], [3], 1));
      expect(fake.cell('台账', 'A4')).toEqual({ value: '红', numberFormat: '@', format: {} });
      expect(fake.cell('台账', 'A5')).toEqual({ value: '', numberFormat: '@', format: {} });
      expect(fake.syncCount).toBe(2);
    });

    it('writes rules without a font colour as fill only', async () => {
      const fake = ledger(5);
      const d = decoration(['红', '', '', '', '']);
      await new OfficeWorkbook(fake.run).writeLedgerDecoration({ ...d, rules: d.rules.map(({ fontColor: _fontColor, ...rule }) => rule) });
      expect(fake.rules('台账').slice(0, 3)).toEqual([
        { type: 'Custom', range: 'A4:F8', formula: '=$F4="红"', fill: '#FFC7CE' },
        { type: 'Custom', range: 'A4:F8', formula: '=$F4="黄"', fill: '#FFEB9C' },
        { type: 'Custom', range: 'A4:F8', formula: '=$F4="蓝"', fill: '#DDEBF7' },
      ]);
    });

    it('merges the header down over a two-row header, once', async () => {
      const fake = fakeWorkbookFrom({
        台账: { rows: [['督办台账'], [], ['序号', '时间', null], [null, '交办', '时限'], [1, 43897, '3月底前']], merges: ['A1:C1', 'A3:A4', 'B3:C3'] },
      });
      const office = new OfficeWorkbook(fake.run);
      const d = decoration(['红'], [3, 4], 4);
      await office.writeLedgerDecoration(d);
      await office.writeLedgerDecoration(d);
      expect(fake.merges('台账')).toEqual(['A1:C1', 'A3:A4', 'B3:C3', 'D3:D4']);
      expect(fake.values('台账', 'D3:D5')).toEqual([['督办状态'], [''], ['红']]);
    });

    it('rewrites: replaces its own rules (an earlier run’s too), keeps the user’s', async () => {
      const stale = { range: 'A4:F20', formula: '=$F4="黄"', fill: '#FFEB9C' };
      const fake = ledger(5, [stale, ...USER_RULES]);
      const office = new OfficeWorkbook(fake.run);
      await office.writeLedgerDecoration(decoration(['红', '', '蓝', '', '']));
      await office.writeLedgerDecoration(decoration(['黄', '黄', '', '', '已办结']));
      expect(fake.values('台账', 'F4:F8')).toEqual([['黄'], ['黄'], [''], [''], ['已办结']]);
      expect(fake.rules('台账')).toEqual([...ownRules(4, 'A4:F8'), ...userRules]);
    });

    it('keeps the user’s rule that looks like a status rule of another column', async () => {
      const fake = ledger(5);
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['红', '', '', '', '']));
      expect(fake.rules('台账')).toContainEqual({ type: 'Custom', range: 'A4:E8', formula: '=$C4="红"', fill: '#00FF00' });
    });
  });

  describe('OfficeWorkbook.clearLedgerDecoration', () => {
    it('restores the ledger exactly: own rules and the status column gone, the user’s rules kept', async () => {
      const fake = ledger(5);
      const before = fake.dump();
      const office = new OfficeWorkbook(fake.run);
      await office.writeLedgerDecoration(decoration(['红', '', '蓝', '已办结', '=1+1']));
      await office.clearLedgerDecoration('台账', 6);
      expect(fake.dump()).toBe(before);
    });

    it('restores a styled ledger exactly: the data cells’ copied look is gone too', async () => {
      const fake = fakeWorkbookFrom({ 台账: styledLedgerSpec() });
      const before = fake.dump();
      const office = new OfficeWorkbook(fake.run);
      await office.writeLedgerDecoration(decoration(['红', '', '蓝', '', '']));
      expect(fake.dump()).not.toBe(before);
      await office.clearLedgerDecoration('台账', 6);
      expect(fake.dump()).toBe(before);
    });

    it('restores a two-row header, unmerging its own header only', async () => {
      const fake = fakeWorkbookFrom({
        台账: { rows: [['督办台账'], [], ['序号', '时间', null], [null, '交办', '时限'], [1, 43897, '3月底前']], merges: ['A1:C1', 'A3:A4', 'B3:C3'] },
      });
      const before = fake.dump();
      const office = new OfficeWorkbook(fake.run);
      await office.writeLedgerDecoration(decoration(['红'], [3, 4], 4));
      await office.clearLedgerDecoration('台账', 4);
      expect(fake.dump()).toBe(before);
    });

    it('clears no cell of a column whose header is not 督办状态 (it removes own rules only)', async () => {
      const fake = ledger(5);
      const office = new OfficeWorkbook(fake.run);
      await office.writeLedgerDecoration(decoration(['红', '', '', '', '']));
      const decorated = fake.dump();
      await office.clearLedgerDecoration('台账', 5);
      expect(fake.dump()).toBe(decorated);
    });
  });

  describe('OfficeWorkbook: round trips of a full apply (listSheets + readSheets + writeLedgerDecoration)', () => {
    async function apply(fake: FakeExcel, n: number, options = {}): Promise<void> {
      const office = new OfficeWorkbook(fake.run, options);
      await office.listSheets();
      await office.readSheets(['台账', '单位名册']);
      await office.writeLedgerDecoration(decoration(Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '红' : '蓝'))));
    }

    // Item i (0-based) is 红 when i % 3 === 0: the last of 100 is item 99 (红), of 20,000 item 19,999 (蓝).
    it.each([
      [100, 'F103', '红'],
      [20_000, 'F20003', '蓝'],
    ])('%i rows: 4 syncs', async (n, last, status) => {
      const fake = ledger(n);
      await apply(fake, n);
      expect(fake.syncCount).toBe(4);
      expect(fake.cell('台账', last).value).toBe(status);
    });

    it('50,000 rows: 3 + one write per 5,000 rows (above 20,000 rows the column goes in blocks)', async () => {
      const fake = ledger(50_000);
      await apply(fake, 50_000);
      // list, read, read rules, then 10 blocks of 5,000 rows (values and '@' formats; the header with the first)
      expect(fake.syncCount).toBe(13);
      expect(fake.syncLog.slice(3).map((s) => s.cells)).toEqual([10_001, ...new Array(9).fill(10_000)]);
      // the last item is 49,999: 49,999 % 3 = 1 → 蓝
      expect(fake.cell('台账', 'F50003').value).toBe('蓝');
      // Suspended for every block but the last, which recalculates in full: nothing left stale.
      expect(fake.calculationSuspensions).toBe(9);
      expect(fake.calculations).toEqual(['Full']);
      expect(fake.calculationStale).toBe(false);
    });

    it('20,001 rows: past the one-write limit, 5 blocks', async () => {
      const fake = ledger(20_001);
      await apply(fake, 20_001);
      expect(fake.syncLog.slice(3).map((s) => s.cells)).toEqual([10_001, 10_000, 10_000, 10_000, 2]);
    });

    webOnly('sends a block refused for its size again in halves, and writes everything', async () => {
      const fake = ledger(10_000);
      const office = new OfficeWorkbook(fake.run);
      fake.payloadLimit = 3_000;
      const values = Array.from({ length: 10_000 }, (_, i) => (i % 2 === 0 ? '黄' : '红'));
      await office.writeLedgerDecoration(decoration(values));
      // 10,000 → 5,000 → 2,500 → 1,250 rows (2 cells a row; the header rides with the first block)
      expect(fake.syncLog.map((s) => `${s.outcome} ${s.cells}`)).toEqual([
        'ok 0',
        'payload 20001',
        'payload 10001',
        'payload 5001',
        'ok 2501',
        'ok 2500',
        'payload 5000',
        'ok 2500',
        'ok 2500',
        'payload 10000',
        'payload 5000',
        'ok 2500',
        'ok 2500',
        'payload 5000',
        'ok 2500',
        'ok 2500',
      ]);
      expect(fake.values('台账', 'F4:F10003').map((r) => r[0])).toEqual(values);
      expect(fake.rules('台账')).toEqual([...ownRules(4, 'A4:F10003'), ...userRules]);
    });

    webOnly('gives up below the smallest block and says why', async () => {
      const fake = ledger(200);
      fake.payloadLimit = 10;
      await expect(new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(new Array(200).fill('红')))).rejects.toMatchObject({
        code: 'RequestPayloadSizeLimitExceeded',
      });
    });

    it('a failing 3rd sync (reading the rules) leaves the ledger untouched; a rerun finishes the job', async () => {
      const clean = ledger(100);
      await apply(clean, 100);
      const fake = ledger(100);
      const before = fake.dump();
      fake.failSync({ at: 3 });
      await expect(apply(fake, 100)).rejects.toMatchObject({ code: 'GeneralException' });
      expect(fake.dump()).toBe(before);
      await apply(fake, 100);
      expect(fake.dump()).toBe(clean.dump());
    });

    it('a write that fails halfway is repaired by a rerun', async () => {
      const clean = ledger(100);
      await apply(clean, 100);
      const fake = ledger(100);
      // The write sync: calculation, delete ×0, header, its value, … — stop after 6 calls.
      fake.failSync({ at: 4, afterOps: 6 });
      await expect(apply(fake, 100)).rejects.toMatchObject({ code: 'GeneralException' });
      expect(fake.dump()).not.toBe(clean.dump());
      await apply(fake, 100);
      expect(fake.dump()).toBe(clean.dump());
    });

    it('a failure between blocks of a big ledger is repaired by a rerun', async () => {
      const clean = ledger(50_000);
      await apply(clean, 50_000);
      const fake = ledger(50_000);
      fake.failSync({ at: 5 });
      await expect(apply(fake, 50_000)).rejects.toMatchObject({ code: 'GeneralException' });
      await apply(fake, 50_000);
      expect(fake.dump()).toBe(clean.dump());
    });
  });

  describe('OfficeWorkbook: undo', () => {
    it('asks for one undo group per write where the host has ExcelApi 1.20', async () => {
      const fake = ledger(5);
      const office = new OfficeWorkbook(fake.run, { mergeUndoGroup: true });
      await office.listSheets();
      await office.readSheets(['台账']);
      await office.writeLedgerDecoration(decoration(['红', '', '', '', '']));
      await office.clearLedgerDecoration('台账', 6);
      expect(fake.runs).toEqual([{}, {}, { mergeUndoGroup: true }, { mergeUndoGroup: true }]);
    });

    it('asks for nothing where it does not', async () => {
      const fake = ledger(5);
      await new OfficeWorkbook(fake.run).writeLedgerDecoration(decoration(['红', '', '', '', '']));
      expect(fake.runs).toEqual([{}]);
    });
  });
});
