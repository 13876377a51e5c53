import { dateOnly } from '../../test/support/dateOnly';
import { fakeWorkbookFrom, FAKE_PLATFORMS, useFakePlatform } from '../../test/fakes/fakeExcel';
import type { CellModel, CellStyle, SheetModel } from '../sheets/sheetModel';
import { OfficeWorkbook } from './officeWorkbook';

// A sheet someone else fills in, inside Excel: its answer cells unlocked, its 完成时间 cells taking
// only a date of the year, the sheet protected once every cell is written.

const OPEN: CellStyle = { border: true, numberFormat: 'yyyy-mm-dd', locked: false };
const THIN = { style: 'Continuous', color: '#000000', weight: 'Thin' };

const reply = (rows: CellModel[][]): SheetModel => ({
  name: '单位回复',
  protect: true,
  rows: [[{ value: '督办事项' }, { value: '完成时间' }], ...rows],
  dateValidations: [
    {
      range: { top: 2, left: 2, bottom: rows.length + 1, right: 2 },
      from: dateOnly('2020-01-01'),
      to: dateOnly('2020-12-31'),
      prompt: { title: '完成时间', message: '请填写 2020 年内的日期' },
      error: { title: '日期无效', message: '完成时间应为 2020 年内的日期' },
    },
  ],
});
const item = (title: string): CellModel[] => [{ value: title }, { value: null, style: OPEN }];

describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('OfficeWorkbook.addSheet: protection, unlocked cells, date validation', () => {
    it('writes them in the same read and write as the cells', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      await new OfficeWorkbook(fake.run).addSheet(reply([item('修路'), item('修桥')]));
      expect(fake.syncCount).toBe(2);
      expect(fake.sheet('单位回复').protection).toEqual({
        options: {
          allowAutoFilter: false,
          allowDeleteColumns: false,
          allowDeleteRows: false,
          allowEditObjects: false,
          allowEditScenarios: false,
          allowFormatCells: false,
          allowFormatColumns: true,
          allowFormatRows: true,
          allowInsertColumns: false,
          allowInsertHyperlinks: false,
          allowInsertRows: false,
          allowPivotTables: false,
          allowSort: false,
          selectionMode: 'Normal',
        },
      });
      expect(fake.cell('单位回复', 'B2')).toEqual({ value: '', numberFormat: 'yyyy-mm-dd', format: { locked: false, borders: { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN } } });
      expect(fake.cell('单位回复', 'B3').format.locked).toBe(false);
      expect(fake.cell('单位回复', 'A2').format.locked).toBeUndefined();
      const validation = {
        rule: { date: { formula1: '=43831', formula2: '=44196', operator: 'Between' } },
        errorAlert: { showAlert: true, style: 'Stop', title: '日期无效', message: '完成时间应为 2020 年内的日期' },
        prompt: { showPrompt: true, title: '完成时间', message: '请填写 2020 年内的日期' },
        ignoreBlanks: true,
      };
      expect(fake.validations('单位回复')).toEqual([
        ['B2', validation],
        ['B3', validation],
      ]);
    });

    it('leaves a unit the unlocked cells to fill and every other cell as written', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      await new OfficeWorkbook(fake.run).addSheet(reply([item('修路')]));
      const edit = (address: string, value: string | number) =>
        fake.run(async (context) => {
          context.workbook.worksheets.getItem('单位回复').getRange(address).values = [[value]];
          await context.sync();
        });
      await edit('B2', 43983);
      await expect(edit('A2', '改写')).rejects.toMatchObject({ code: 'AccessDenied' });
      expect(fake.values('单位回复', 'A2:B2')).toEqual([['修路', 43983]]);
    });

    it('protects a sheet written in blocks once, with the last block, after every row', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      const rows = Array.from({ length: 12_000 }, (_, i) => item(`事项${i + 1}`));
      await new OfficeWorkbook(fake.run).addSheet(reply(rows));
      // One read and three writes of 5,000 rows, as without protection.
      expect(fake.syncCount).toBe(4);
      expect(fake.syncLog.every((s) => s.outcome === 'ok')).toBe(true);
      expect(fake.sheet('单位回复').protection?.options.allowFormatRows).toBe(true);
      expect(fake.values('单位回复', 'A12001')).toEqual([['事项12000']]);
      expect(fake.cell('单位回复', 'B12001').format.locked).toBe(false);
    });

    it('creates a missing sheet appended to from its model, protected after the rows', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      const model = reply([]);
      await new OfficeWorkbook(fake.run).appendRows('单位回复', [item('修路')], { ...model, dateValidations: [] });
      expect(fake.values('单位回复', 'A1:A2')).toEqual([['督办事项'], ['修路']]);
      expect(fake.sheet('单位回复').protection).not.toBeNull();
      expect(fake.cell('单位回复', 'B2').format.locked).toBe(false);
    });

    it('writes neither on a model that asks for none', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      await new OfficeWorkbook(fake.run).addSheet({ name: '表', rows: [[{ value: '日期' }]] });
      expect(fake.sheet('表').protection).toBeNull();
      expect(fake.validations('表')).toEqual([]);
    });
  });
});
