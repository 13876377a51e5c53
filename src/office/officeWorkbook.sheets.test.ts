import { SHEET_TYPEFACE, type CellModel, type CellStyle, type SheetModel } from '../sheets/sheetModel';
import { fakeWorkbookFrom, FAKE_PLATFORMS, useFakePlatform } from '../../test/fakes/fakeExcel';
import { OfficeWorkbook } from './officeWorkbook';
import { OfficeWriteError } from './officeErrors';

const THIN = { style: 'Continuous', color: '#000000', weight: 'Thin' };
const ALL_EDGES = { EdgeTop: THIN, EdgeBottom: THIN, EdgeLeft: THIN, EdgeRight: THIN };
const HEAD: CellStyle = { bold: true, fill: 'D9D9D9', horizontal: 'center', vertical: 'middle', border: true };
const BODY: CellStyle = { border: true, wrap: true };

const BULLETIN: SheetModel = {
  name: '督办通报',
  font: SHEET_TYPEFACE,
  rows: [
    [{ value: '湘阴县人民政府督查室 2020年5月督办工作通报（第5期）', style: { bold: true, fontSize: 16, horizontal: 'center' } }],
    [
      { value: '单位', style: HEAD },
      { value: '蓝', style: HEAD },
      { value: '得分', style: HEAD },
      { value: '日期', style: HEAD },
    ],
    [
      { value: '=县水利局', style: BODY },
      { value: 2, style: BODY },
      { value: -3.5, style: { ...BODY, numberFormat: '0.0' } },
      { value: 43966, style: { ...BODY, numberFormat: 'yyyy-mm-dd' } },
    ],
    [{ value: '001', style: BODY }, { value: '2020-03-07', style: BODY }, { value: null, style: BODY }, { value: true }],
  ],
  merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  columnWidths: [12, 8, 0, 40],
  rowHeights: { 1: 30, 3: 20, 4: 20 },
  conditionalFills: [{ range: { top: 3, left: 1, bottom: 4, right: 4 }, formula: '$B3>1', fill: 'FFC7CE', fontColor: '9C0006' }],
  dataBars: [{ range: { top: 3, left: 3, bottom: 4, right: 3 }, color: '638EC6' }],
  page: {
    orientation: 'landscape',
    paper: 'A4',
    margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    fitToWidth: true,
    printArea: { top: 1, left: 1, bottom: 4, right: 4 },
    printTitleRows: { first: 2, last: 2 },
    rowBreaks: [3],
  },
  tabColor: 'C00000',
  freezeRowsAbove: 3,
};
describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  // Payload limits exist on Excel on the web only.
  const webOnly = platform === 'web' ? it : it.skip;
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('OfficeWorkbook.addSheet', () => {
    it('writes a whole model in one read and one write', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      const name = await new OfficeWorkbook(fake.run).addSheet(BULLETIN);
      expect(name).toBe('督办通报');
      expect(fake.sheetNames()).toEqual(['台账', '督办通报']);
      expect(fake.syncCount).toBe(2);

      expect(fake.values('督办通报', 'A1:D4')).toEqual([
        ['湘阴县人民政府督查室 2020年5月督办工作通报（第5期）', '', '', ''],
        ['单位', '蓝', '得分', '日期'],
        ['=县水利局', 2, -3.5, 43966],
        ['001', '2020-03-07', '', true],
      ]);
      // Text is text: a string beginning with '=' is no formula, '001' and '2020-03-07' stay strings.
      expect(fake.cell('督办通报', 'A3')).toMatchObject({ value: '=县水利局', numberFormat: '@' });
      expect(fake.cell('督办通报', 'A3').formula).toBeUndefined();
      expect(fake.cell('督办通报', 'A4').numberFormat).toBe('@');
      expect(fake.cell('督办通报', 'C3').numberFormat).toBe('0.0');
      expect(fake.cell('督办通报', 'D3').numberFormat).toBe('yyyy-mm-dd');
      expect(fake.cell('督办通报', 'D4').numberFormat).toBe('General');

      expect(fake.cell('督办通报', 'A1').format).toEqual({ fontName: '宋体', bold: true, fontSize: 16, horizontalAlignment: 'Center' });
      expect(fake.cell('督办通报', 'B2').format).toEqual({
        fontName: '宋体',
        bold: true,
        fill: '#D9D9D9',
        horizontalAlignment: 'Center',
        verticalAlignment: 'Center',
        borders: ALL_EDGES,
      });
      expect(fake.cell('督办通报', 'C3').format).toEqual({ wrapText: true, borders: ALL_EDGES });
      expect(fake.cell('督办通报', 'C4').format).toEqual({ wrapText: true, borders: ALL_EDGES });
      expect(fake.cell('督办通报', 'D4').format).toEqual({}); // no style in the model

      const sheet = fake.sheet('督办通报');
      expect(fake.merges('督办通报')).toEqual(['A1:D1']);
      // 12 chars → 96 px → 72 pt; 8 → 64 px → 48 pt; 40 → 320 px → 240 pt; 0 = leave the default
      expect([...sheet.columnWidths]).toEqual([
        [1, 72],
        [2, 48],
        [4, 240],
      ]);
      expect([...sheet.rowHeights]).toEqual([
        [1, 30],
        [3, 20],
        [4, 20],
      ]);
      expect(fake.rules('督办通报')).toEqual([
        { type: 'DataBar', range: 'C3:C4', barColor: '#638EC6', gradientFill: false, lowerBoundRule: { type: 'LowestValue' }, upperBoundRule: { type: 'HighestValue' } },
        { type: 'Custom', range: 'A3:D4', formula: '=$B3>1', fill: '#FFC7CE', fontColor: '#9C0006' },
      ]);
      expect(sheet.page).toEqual({
        paperSize: 'A4',
        orientation: 'Landscape',
        topMargin: 54,
        bottomMargin: 54,
        leftMargin: 36,
        rightMargin: 36,
        headerMargin: 21.6,
        footerMargin: 21.6,
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: 'A1:D4',
        printTitleRows: '2:2',
      });
      expect(sheet.pageBreaks).toEqual([4]);
      expect(sheet.tabColor).toBe('#C00000');
      expect(sheet.frozenRows).toBe(2);
    });

    it('prints the footer, shows a bar alone where asked, and writes a rule without a font colour as fill only', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run).addSheet({
        ...BULLETIN,
        conditionalFills: [{ range: { top: 3, left: 1, bottom: 4, right: 4 }, formula: '$B3>1', fill: 'FFC7CE' }],
        dataBars: [
          { range: { top: 3, left: 3, bottom: 4, right: 3 }, color: '638EC6', showValue: false },
          { range: { top: 3, left: 2, bottom: 4, right: 2 }, color: '5B9BD5', showValue: true },
        ],
        page: { ...(BULLETIN.page as NonNullable<SheetModel['page']>), footer: { center: '第 &P 页 共 &N 页', right: '湘阴县人民政府督查室' } },
      });
      expect(fake.syncCount).toBe(2);
      expect(fake.rules('督办通报')).toEqual([
        { type: 'DataBar', range: 'B3:B4', barColor: '#5B9BD5', gradientFill: false, lowerBoundRule: { type: 'LowestValue' }, upperBoundRule: { type: 'HighestValue' } },
        { type: 'DataBar', range: 'C3:C4', barColor: '#638EC6', gradientFill: false, lowerBoundRule: { type: 'LowestValue' }, upperBoundRule: { type: 'HighestValue' }, showDataBarOnly: true },
        { type: 'Custom', range: 'A3:D4', formula: '=$B3>1', fill: '#FFC7CE' },
      ]);
      // The sections given, and only those: Excel's header/footer codes as they are.
      expect(fake.sheet('督办通报').page.headersFooters).toEqual({ defaultForAllPages: { centerFooter: '第 &P 页 共 &N 页', rightFooter: '湘阴县人民政府督查室' } });
      // Its pages are numbered from 1, not on from the sheets before it (a sheet without a footer stays "auto": see above).
      expect(fake.sheet('督办通报').page.firstPageNumber).toBe(1);
    });

    it('writes the typeface and the margins the model says: 黑体, header 0.5" and footer 0.4"', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run).addSheet({
        name: 'x',
        font: { name: '黑体' },
        rows: [[{ value: '标题', style: { bold: true, fontSize: 14 } }, { value: '正文', style: { wrap: true } }]],
        page: { orientation: 'portrait', paper: 'A4', margins: { top: 1, bottom: 0.9, left: 0.8, right: 0.7, header: 0.5, footer: 0.4 } },
      });
      expect(fake.cell('x', 'A1').format).toEqual({ fontName: '黑体', bold: true, fontSize: 14 });
      // A style that sets no font keeps the sheet's (no name set).
      expect(fake.cell('x', 'B1').format).toEqual({ wrapText: true });
      expect(fake.sheet('x').page).toEqual({
        paperSize: 'A4',
        orientation: 'Portrait',
        topMargin: 72,
        bottomMargin: 64.8,
        leftMargin: 57.6,
        rightMargin: 50.4,
        headerMargin: 36,
        footerMargin: 28.8,
      });
    });

    it('sets no typeface where the model names none: the text keeps the workbook\'s', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run).addSheet({ name: 'x', rows: [[{ value: '标题', style: { bold: true } }]] });
      expect(fake.cell('x', 'A1').format).toEqual({ bold: true });
    });

    it('never replaces a sheet: a taken name (in any case) gets a number', async () => {
      const fake = fakeWorkbookFrom({ REPORT: [['keep me']], 'Report (2)': [] });
      const name = await new OfficeWorkbook(fake.run).addSheet({ name: 'Report', rows: [[{ value: 'new' }]] });
      expect(name).toBe('Report (3)');
      expect(fake.values('REPORT', 'A1')).toEqual([['keep me']]);
    });

    it('writes 12,000 rows in blocks of 5,000: one read and three writes', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      const rows: CellModel[][] = Array.from({ length: 12_000 }, (_, i) => [{ value: i + 1 }, { value: `事项${i + 1}`, style: BODY }, { value: '县水利局' }]);
      await new OfficeWorkbook(fake.run).addSheet({ name: '清单', rows });
      // 5,000 rows × 3 cells × (value + number format)
      expect(fake.syncLog.map((s) => s.cells)).toEqual([0, 30_000, 30_000, 12_000]);
      expect(fake.values('清单', 'A12000:C12000')).toEqual([[12_000, '事项12000', '县水利局']]);
      expect(fake.cell('清单', 'B12000').format).toEqual({ wrapText: true, borders: ALL_EDGES });
      expect(fake.cell('清单', 'B1').format).toEqual({ wrapText: true, borders: ALL_EDGES });
    });

    webOnly('sends a block refused for its size in halves, creating the sheet once', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      fake.payloadLimit = 3_000;
      const rows: CellModel[][] = Array.from({ length: 2_000 }, (_, i) => [{ value: i + 1 }, { value: `第${i + 1}行` }]);
      await new OfficeWorkbook(fake.run).addSheet({ name: '清单', rows, merges: [{ top: 1999, left: 1, bottom: 2000, right: 1 }] });
      // 2,000 rows (8,000 cells) → 1,000 (4,000) → 500 (2,000) rows a sync
      expect(fake.syncLog.map((s) => `${s.outcome} ${s.cells}`)).toEqual([
        'ok 0',
        'payload 8000',
        'payload 4000',
        'ok 2000',
        'ok 2000',
        'payload 4000',
        'ok 2000',
        'ok 2000',
      ]);
      expect(fake.sheetNames()).toEqual(['台账', '清单']);
      expect(fake.values('清单', 'A1:B1')).toEqual([[1, '第1行']]);
      expect(fake.values('清单', 'A1998:B1999')).toEqual([
        [1998, '第1998行'],
        [1999, '第1999行'],
      ]);
      expect(fake.merges('清单')).toEqual(['A1999:A2000']);
    });

    it('writes a model without rows: the sheet and its page setup', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      await new OfficeWorkbook(fake.run).addSheet({ name: '空白', rows: [], tabColor: '00B050' });
      expect(fake.sheet('空白').tabColor).toBe('#00B050');
      expect(fake.syncCount).toBe(2);
    });
  });

  const LOG_HEADER = ['编号', '颜色', '事项编号', '发出日期', '状态', '备注'];
  const LOG_MODEL: SheetModel = {
    name: '督办单登记',
    rows: [LOG_HEADER.map((value) => ({ value, style: HEAD }))],
    columnWidths: [18, 6, 10, 12, 7, 30],
    freezeRowsAbove: 2,
  };
  const logRow = (n: number, remark: string | null): CellModel[] => [
    { value: `督〔2020〕蓝${n}号`, style: BODY },
    { value: '蓝', style: BODY },
    { value: `00${n}`, style: BODY },
    { value: 43966, style: { ...BODY, numberFormat: 'yyyy-mm-dd' } },
    { value: '有效', style: BODY },
    { value: remark, style: BODY },
  ];

  describe('OfficeWorkbook.appendRows', () => {
    it('appends below the last row holding a value, text as text', async () => {
      const fake = fakeWorkbookFrom({ 督办单登记: { rows: [LOG_HEADER, ['督〔2020〕蓝1号', '蓝', '001', 43960, '有效', null]], formats: { A9: { bold: true } } } });
      const office = new OfficeWorkbook(fake.run);
      await office.appendRows('督办单登记', [logRow(2, '=误发'), logRow(3, null)], LOG_MODEL);
      expect(fake.values('督办单登记', 'A3:F4')).toEqual([
        ['督〔2020〕蓝2号', '蓝', '002', 43966, '有效', '=误发'],
        ['督〔2020〕蓝3号', '蓝', '003', 43966, '有效', ''],
      ]);
      expect(fake.cell('督办单登记', 'F3').formula).toBeUndefined();
      expect(fake.cell('督办单登记', 'C3').numberFormat).toBe('@');
      expect(fake.cell('督办单登记', 'D4')).toMatchObject({ value: 43966, numberFormat: 'yyyy-mm-dd', format: { wrapText: true, borders: ALL_EDGES } });
      expect(fake.values('督办单登记', 'A2:B2')).toEqual([['督〔2020〕蓝1号', '蓝']]);
      // The appended rows, and only they, are fitted to their text, in the same write.
      expect([...fake.sheet('督办单登记').autofitRows]).toEqual([3, 4]);
      expect(fake.syncCount).toBe(2);
    });

    it('sets appended rows in the typeface of the sheet\'s model', async () => {
      const fake = fakeWorkbookFrom({ 督办单登记: [LOG_HEADER] });
      const row: CellModel[] = [{ value: '督〔2020〕红1号', style: { bold: true, fontColor: 'C00000' } }];
      await new OfficeWorkbook(fake.run).appendRows('督办单登记', [row], { ...LOG_MODEL, font: { name: '仿宋' } });
      expect(fake.cell('督办单登记', 'A2').format).toEqual({ fontName: '仿宋', bold: true, fontColor: '#C00000' });
    });

    it('fits the appended rows to a long wrapped title in the write’s own sync, block by block', async () => {
      const fake = fakeWorkbookFrom({ 督办单登记: [LOG_HEADER, ['督〔2020〕蓝1号', '蓝', '001', 43960, '有效', '']] });
      const title = '关于加快推进县城区老旧小区改造及配套基础设施建设工作的督办事项，请于本月底前报送进展情况和下一步工作计划';
      const rows = [logRow(2, title), logRow(3, null), logRow(4, null)];
      await new OfficeWorkbook(fake.run, { sheetRowsPerSync: 2 }).appendRows('督办单登记', rows, LOG_MODEL);
      expect(fake.values('督办单登记', 'F3')).toEqual([[title]]);
      expect(fake.cell('督办单登记', 'F3').format.wrapText).toBe(true);
      expect([...fake.sheet('督办单登记').autofitRows]).toEqual([3, 4, 5]);
      // Heights are Excel's to find (the fake has no fonts): none set by the adapter.
      expect([...fake.sheet('督办单登记').rowHeights]).toEqual([]);
      // One read, then one write per block of two rows, each with its autofit.
      expect(fake.syncCount).toBe(3);
    });

    it('creates the sheet from its model first when it is missing', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run).appendRows('督办单登记', [logRow(1, null)], { ...LOG_MODEL, rows: [...LOG_MODEL.rows, []] });
      expect(fake.sheetNames()).toEqual(['台账', '督办单登记']);
      expect(fake.values('督办单登记', 'A1:F2')).toEqual([LOG_HEADER, ['督〔2020〕蓝1号', '蓝', '001', 43966, '有效', '']]);
      expect(fake.sheet('督办单登记').frozenRows).toBe(1);
      expect(fake.sheet('督办单登记').columnWidths.get(1)).toBe(108); // 18 chars → 144 px
      // The appended row is fitted to its text; the model's own rows keep theirs.
      expect([...fake.sheet('督办单登记').autofitRows]).toEqual([2]);
      // The failed read, then the write.
      expect(fake.syncCount).toBe(2);
    });
  });

  describe('OfficeWorkbook.setCells', () => {
    it('sets single cells in one sync, text as text', async () => {
      const fake = fakeWorkbookFrom({ 督办单登记: [LOG_HEADER, ['督〔2020〕蓝1号', '蓝', '001', 43960, '有效', '']] });
      await new OfficeWorkbook(fake.run).setCells('督办单登记', [
        { row: 2, col: 5, value: '作废' },
        { row: 2, col: 6, value: '作废：=重复发出' },
        { row: 2, col: 4, value: 43961 },
      ]);
      expect(fake.values('督办单登记', 'D2:F2')).toEqual([[43961, '作废', '作废：=重复发出']]);
      expect(fake.cell('督办单登记', 'E2').numberFormat).toBe('@');
      expect(fake.syncCount).toBe(1);
    });

    it('names a sheet that does not exist', async () => {
      const fake = fakeWorkbookFrom({ 台账: [] });
      const write = new OfficeWorkbook(fake.run).setCells('督办单登记', [{ row: 2, col: 5, value: '作废' }]);
      await expect(write).rejects.toThrow('工作表「督办单登记」不存在');
      // Worded once, by the write path's shared mechanism (toWriteError), with Excel's code kept.
      await expect(write).rejects.toBeInstanceOf(OfficeWriteError);
      await expect(write).rejects.toMatchObject({ code: 'ItemNotFound', message: '工作表「督办单登记」不存在或已被删除' });
    });
  });
});
