import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { XlsxWorkbook } from '../xlsx/xlsxWorkbook';
import { fakeWorkbookFrom, type FakeExcel, FAKE_PLATFORMS, useFakePlatform } from '../../test/fakes/fakeExcel';
import { OfficeWorkbook } from './officeWorkbook';

type Grid = Array<Array<string | number | boolean | null>>;

const LEDGER: Grid = [
  ['2020年县长批示件督办台账'],
  [],
  ['序号', '督办事项', '责任单位', '交办时间', '办理时限', '备注'],
  [1, '修缮县城排水管网', '县住建局', '2020年3月7日', '3月底前', '=以文本保存'],
  [2, '汛期值守', '县应急局', '2020.3.9', 7, null],
  [3, '防汛物资清点', null, '2020/3/10', '年底前', true],
];
const TABLE: Grid = [
  ['序号', '事项', '单位'],
  [1, 'a', 'b'],
  [2, 'c', 'd'],
];

/** The same three sheets in the fake Excel… */
function fakeBook(): FakeExcel {
  return fakeWorkbookFrom({
    台账: { rows: LEDGER, merges: ['A1:F1', 'C5:C6'], hiddenRows: [6] },
    表格台账: { rows: TABLE, tables: [{ name: '督办表', range: 'A1:C3' }] },
    空表: [],
  });
}

/** …and in an .xlsx file read by the ExcelJS adapter. */
async function xlsxBook(): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  const ledger = wb.addWorksheet('台账');
  LEDGER.forEach((row, r) => row.forEach((v, c) => v !== null && (ledger.getCell(r + 1, c + 1).value = v)));
  ledger.mergeCells('A1:F1');
  ledger.mergeCells('C5:C6');
  ledger.getRow(6).hidden = true;
  const tabled = wb.addWorksheet('表格台账');
  tabled.addTable({ name: '督办表', ref: 'A1', headerRow: true, columns: TABLE[0].map((name) => ({ name: String(name) })), rows: TABLE.slice(1) });
  wb.addWorksheet('空表');
  return XlsxWorkbook.load(Buffer.from(await wb.xlsx.writeBuffer()));
}

const none = (width: number, height: number) => Array.from({ length: height }, () => new Array(width).fill(null));

const EXPECTED: SheetSnapshot[] = [
  {
    name: '台账',
    values: [
      ['2020年县长批示件督办台账', null, null, null, null, null],
      [null, null, null, null, null, null],
      ['序号', '督办事项', '责任单位', '交办时间', '办理时限', '备注'],
      [1, '修缮县城排水管网', '县住建局', '2020年3月7日', '3月底前', '=以文本保存'],
      [2, '汛期值守', '县应急局', '2020.3.9', 7, null],
      [3, '防汛物资清点', null, '2020/3/10', '年底前', true],
    ],
    numberFormats: none(6, 6),
    origin: { row: 1, col: 1 },
    merges: [
      { top: 1, left: 1, bottom: 1, right: 6 },
      { top: 5, left: 3, bottom: 6, right: 3 },
    ],
    tables: [],
    date1904: false,
    hiddenRows: [6],
  },
  {
    name: '表格台账',
    values: TABLE,
    numberFormats: none(3, 3),
    origin: { row: 1, col: 1 },
    merges: [],
    tables: [{ name: '督办表', headerRow: true, top: 1, left: 1, bottom: 3, right: 3 }],
    date1904: false,
    hiddenRows: [],
  },
  { name: '空表', values: [], numberFormats: [], origin: { row: 1, col: 1 }, merges: [], tables: [], date1904: false, hiddenRows: [] },
];

/**
 * A snapshot as the core reads it: rows may be ragged (the xlsx adapter's are as wide as their last
 * value), and a cell past a row's end is empty, so rows are padded to the widest for comparing.
 */
function asRead(sheet: SheetSnapshot): SheetSnapshot {
  const width = Math.max(0, ...sheet.values.map((row) => row.length));
  const pad = <T>(rows: T[][]) => rows.map((row) => [...row, ...new Array<T | null>(width - row.length).fill(null)]);
  return { ...sheet, values: pad(sheet.values), numberFormats: sheet.numberFormats && pad(sheet.numberFormats) } as SheetSnapshot;
}
describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  // Payload limits exist on Excel on the web only.
  const webOnly = platform === 'web' ? it : it.skip;
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('OfficeWorkbook.readSheets', () => {
    it('gives the snapshots the xlsx adapter gives for the same sheets', async () => {
      const office = new OfficeWorkbook(fakeBook().run);
      const xlsx = await xlsxBook();
      const names = ['台账', '表格台账', '空表'];
      expect((await xlsx.readSheets(names)).map(asRead)).toEqual(EXPECTED);
      expect(await office.readSheets(names)).toEqual(EXPECTED);
    });

    it('reads every sheet asked for in one sync after listSheets (which learns where the tables are)', async () => {
      const fake = fakeBook();
      const office = new OfficeWorkbook(fake.run);
      expect(await office.listSheets()).toEqual([
        { name: '台账', visible: true },
        { name: '表格台账', visible: true },
        { name: '空表', visible: true },
      ]);
      expect(fake.syncCount).toBe(1);
      const read = await office.readSheets(['表格台账', '台账']);
      expect(fake.syncCount).toBe(2);
      expect(read.map((s) => s.name)).toEqual(['表格台账', '台账']);
      expect(read[0].tables).toEqual(EXPECTED[1].tables);
    });

    it('takes a second sync for a table it did not know of, and reads it', async () => {
      const fake = fakeBook();
      const office = new OfficeWorkbook(fake.run);
      await office.listSheets();
      fake.sheet('台账').tables.push({ name: '新表', rect: { top: 3, left: 1, bottom: 6, right: 6 }, showHeaders: true });
      const [ledger] = await office.readSheets(['台账']);
      expect(fake.syncCount).toBe(3);
      expect(ledger.tables).toEqual([{ name: '新表', headerRow: true, top: 3, left: 1, bottom: 6, right: 6 }]);
    });

    it('recovers when a table listSheets saw has been removed since', async () => {
      const fake = fakeBook();
      const office = new OfficeWorkbook(fake.run);
      await office.listSheets();
      fake.sheet('表格台账').tables = [];
      const [tabled] = await office.readSheets(['表格台账']);
      expect(tabled).toEqual({ ...EXPECTED[1], tables: [] });
      // 1 list + 1 refused read + 1 list of names + 1 read
      expect(fake.syncCount).toBe(4);
    });

    webOnly('reads a sheet too big for one response again, its values in blocks of rows', async () => {
      const rows: Grid = [['序号', '督办事项', '责任单位', '交办时间', '办理时限']];
      for (let i = 1; i <= 20_000; i++) rows.push([i, `事项${i}`, '县水利局', 43897, '3月底前']);
      const fake = fakeWorkbookFrom({ 台账: { rows, numberFormats: { D2: 'yyyy-mm-dd' } } });
      const expected = (await new OfficeWorkbook(fakeWorkbookFrom({ 台账: { rows, numberFormats: { D2: 'yyyy-mm-dd' } } }).run).readSheets(['台账']))[0];
      fake.responseLimit = 30_000;
      const [sheet] = await new OfficeWorkbook(fake.run, { readCellsPerSync: 10_000 }).readSheets(['台账']);
      expect(sheet).toEqual(expected);
      expect(sheet.values[20_000]).toEqual([20_000, '事项20000', '县水利局', 43897, '3月底前']);
      expect(sheet.numberFormats?.[1][3]).toBe('yyyy-mm-dd');
      // refused (20,001 rows × 5 × 2), then everything but the values, then 10 blocks of 2,000 rows and 1 row
      expect(fake.syncLog.map((r) => `${r.outcome} ${r.loaded}`)).toEqual([
        'response 200010',
        'ok 0',
        ...new Array(10).fill('ok 20000'),
        'ok 10',
      ]);
    });

    webOnly('halves a block of values that is still too big', async () => {
      const rows: Grid = Array.from({ length: 13 }, (_, i) => [i, 'a', 'b', 'c', 'd']);
      const fake = fakeWorkbookFrom({ 台账: rows });
      fake.responseLimit = 60;
      const [sheet] = await new OfficeWorkbook(fake.run, { readCellsPerSync: 50 }).readSheets(['台账']);
      expect(sheet.values).toEqual(rows);
      expect(fake.syncLog.map((r) => `${r.outcome} ${r.loaded}`)).toEqual(['response 130', 'ok 0', 'response 100', 'ok 50', 'ok 50', 'ok 30']);
    });

    it('names a sheet that does not exist', async () => {
      const office = new OfficeWorkbook(fakeBook().run);
      await expect(office.readSheets(['台账', '督办通报'])).rejects.toThrow('工作表「督办通报」不存在');
    });

    it('keeps date serials as numbers with their number format, and General as null', async () => {
      const fake = fakeWorkbookFrom({
        台账: { rows: [['交办时间', '数量'], [43897, 12]], numberFormats: { A2: 'yyyy-mm-dd', B2: 'General', A1: '@' } },
      });
      const [sheet] = await new OfficeWorkbook(fake.run).readSheets(['台账']);
      expect(sheet.values).toEqual([['交办时间', '数量'], [43897, 12]]);
      expect(sheet.numberFormats).toEqual([['@', null], ['yyyy-mm-dd', null]]);
    });

    it('tells a 1904-date workbook', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] }, { date1904: true });
      const [sheet] = await new OfficeWorkbook(fake.run).readSheets(['台账']);
      expect(sheet.date1904).toBe(true);
    });

    it('starts the snapshot at the first cell with a value, not at A1 or at formatting', async () => {
      const fake = fakeWorkbookFrom({
        台账: { rows: [[], [null, null, '督办事项', '责任单位'], [null, null, '修路', '县交通局']], formats: { A1: { bold: true }, H20: { fill: '#FFFF00' } } },
      });
      const [sheet] = await new OfficeWorkbook(fake.run).readSheets(['台账']);
      expect(sheet.origin).toEqual({ row: 2, col: 3 });
      expect(sheet.values).toEqual([['督办事项', '责任单位'], ['修路', '县交通局']]);
    });

    it('lists a hidden sheet as not visible', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']], 隐藏: { rows: [], visibility: 'Hidden' } });
      expect(await new OfficeWorkbook(fake.run).listSheets()).toEqual([
        { name: '台账', visible: true },
        { name: '隐藏', visible: false },
      ]);
    });
  });
});
