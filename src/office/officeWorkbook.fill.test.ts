import { dateOnly } from '../../test/support/dateOnly';
import { touchCell } from '../../test/fakes/fakeDocument';
import { fakeWorkbookFrom, FAKE_PLATFORMS, useFakePlatform, type FakeExcel } from '../../test/fakes/fakeExcel';
import { OfficeWorkbook } from './officeWorkbook';

// WorkbookPort.fillEmptyCells inside Excel: reported completion dates into the 完成时间 cells still
// empty, marked with a fill, each keeping its look; one read and one write.

const SHEET = '督办台账';
const MARK = 'e2efda';
const THIN = { style: 'Continuous', color: '#000000', weight: 'Thin' };
const BORDERS = { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN };

/**
 * 完成时间 (column C): C2 empty with the user's Chinese date format, bold and bordered; C3 empty,
 * General, bordered and centred; C4 a date already; C5 a formula giving ""; C6 never touched; C7
 * two spaces; C8 empty as text ('@').
 */
function ledger(date1904 = false): FakeExcel {
  const fake = fakeWorkbookFrom(
    {
      [SHEET]: {
        rows: [['序号', '督办事项', '完成时间'], [1, '修路'], [2, '修桥'], [3, '清淤', 43900], [4, '绿化'], [5, '亮化'], [6, '改厕', '  '], [7, '供水']],
        numberFormats: { C2: 'yyyy"年"m"月"d"日"', C4: 'yyyy-mm-dd', C8: '@' },
        formats: { C2: { bold: true, borders: BORDERS }, C3: { borders: BORDERS, horizontalAlignment: 'Center' }, C8: { borders: BORDERS } },
      },
    },
    { date1904 },
  );
  Object.assign(touchCell(fake.sheet(SHEET), 5, 3), { value: '', formula: '=IF(A5>9,1,"")' });
  return fake;
}

const ASKED = [
  { row: 2, col: 3, date: dateOnly('2020-06-01') },
  { row: 3, col: 3, date: dateOnly('2020-06-02') },
  { row: 4, col: 3, date: dateOnly('2020-06-03') },
  { row: 5, col: 3, date: dateOnly('2020-06-04') },
  { row: 6, col: 3, date: dateOnly('2020-06-05') },
  { row: 7, col: 3, date: dateOnly('2020-06-06') },
  { row: 8, col: 3, date: dateOnly('2020-06-07') },
  // Asked twice: the second is no longer empty.
  { row: 2, col: 3, date: dateOnly('2020-07-01') },
];

describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('OfficeWorkbook.fillEmptyCells', () => {
    it('writes the empty cells in one read and one write, leaving a value, a formula and a cell asked twice alone', async () => {
      const fake = ledger();
      const written = await new OfficeWorkbook(fake.run).fillEmptyCells(SHEET, ASKED, MARK);
      expect(written).toEqual([
        { row: 2, col: 3 },
        { row: 3, col: 3 },
        { row: 6, col: 3 },
        { row: 7, col: 3 },
        { row: 8, col: 3 },
      ]);
      expect(fake.syncCount).toBe(2);
      expect(fake.values(SHEET, 'C2:C8')).toEqual([[43983], [43984], [43900], [''], [43987], [43988], [43989]]);
      expect(fake.cell(SHEET, 'C5').formula).toBe('=IF(A5>9,1,"")');
    });

    it('keeps a date format and the rest of the look, gives yyyy-mm-dd where the format was not a date, and adds the fill', async () => {
      const fake = ledger();
      await new OfficeWorkbook(fake.run).fillEmptyCells(SHEET, ASKED, MARK);
      expect(fake.cell(SHEET, 'C2')).toEqual({ value: 43983, numberFormat: 'yyyy"年"m"月"d"日"', format: { bold: true, borders: BORDERS, fill: '#E2EFDA' } });
      expect(fake.cell(SHEET, 'C3')).toEqual({ value: 43984, numberFormat: 'yyyy-mm-dd', format: { borders: BORDERS, horizontalAlignment: 'Center', fill: '#E2EFDA' } });
      expect(fake.cell(SHEET, 'C6')).toEqual({ value: 43987, numberFormat: 'yyyy-mm-dd', format: { fill: '#E2EFDA' } });
      expect(fake.cell(SHEET, 'C8')).toEqual({ value: 43989, numberFormat: 'yyyy-mm-dd', format: { borders: BORDERS, fill: '#E2EFDA' } });
      // Untouched.
      expect(fake.cell(SHEET, 'C4')).toEqual({ value: 43900, numberFormat: 'yyyy-mm-dd', format: {} });
    });

    it('writes serials of the 1904 date system in a 1904 workbook', async () => {
      const fake = ledger(true);
      await new OfficeWorkbook(fake.run).fillEmptyCells(SHEET, [{ row: 3, col: 3, date: dateOnly('2020-06-02') }], MARK);
      expect(fake.values(SHEET, 'C3')).toEqual([[42522]]);
    });

    it('is one undo step where the host merges them, as the other writes', async () => {
      const fake = ledger();
      await new OfficeWorkbook(fake.run, { mergeUndoGroup: true }).fillEmptyCells(SHEET, ASKED.slice(0, 2), MARK);
      expect(fake.runs).toEqual([{ mergeUndoGroup: true }]);
    });

    it('reads once and writes nothing when no cell is empty; nothing at all when none is asked for', async () => {
      const fake = ledger();
      const port = new OfficeWorkbook(fake.run);
      const before = fake.dump();
      expect(await port.fillEmptyCells(SHEET, [{ row: 4, col: 3, date: dateOnly('2020-06-03') }], MARK)).toEqual([]);
      expect(fake.syncCount).toBe(1);
      expect(await port.fillEmptyCells(SHEET, [], MARK)).toEqual([]);
      expect(fake.runs).toHaveLength(1);
      expect(fake.dump()).toBe(before);
    });

    it('words a protected ledger and a missing sheet, writing nothing; refuses a bad colour before asking Excel', async () => {
      const fake = ledger();
      fake.protectSheet(SHEET);
      const before = fake.dump();
      const port = new OfficeWorkbook(fake.run);
      await expect(port.fillEmptyCells(SHEET, ASKED, MARK)).rejects.toMatchObject({
        code: 'AccessDenied',
        message: '工作表「督办台账」受保护或工作簿为只读，未能写入：请先撤消工作表保护（审阅 → 撤消工作表保护），或以可编辑方式打开工作簿，再重试',
      });
      expect(fake.dump()).toBe(before);
      await expect(port.fillEmptyCells('无此表', ASKED, MARK)).rejects.toMatchObject({ code: 'ItemNotFound', message: '工作表「无此表」不存在或已被删除' });
      const syncs = fake.syncCount;
      await expect(port.fillEmptyCells(SHEET, ASKED, 'green')).rejects.toThrow('颜色值无效：「green」（应为 6 位十六进制 RRGGBB）');
      expect(fake.syncCount).toBe(syncs);
    });
  });
});
