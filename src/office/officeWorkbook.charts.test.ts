import type { CellModel, ChartModel, SheetModel } from '../sheets/sheetModel';
import { fakeWorkbookFrom, FAKE_PLATFORMS, useFakePlatform } from '../../test/fakes/fakeExcel';
import { OfficeWorkbook } from './officeWorkbook';

const row = (...values: Array<string | number>): CellModel[] => values.map((value) => ({ value }));

/** A bulletin's unit table in miniature: names in A, blue/yellow/red in E–G, a chart under it. */
const CHART: ChartModel = {
  type: 'columnStacked',
  title: '2020年5月各单位督办单（按颜色）',
  data: { top: 3, left: 5, bottom: 5, right: 7 },
  categories: { top: 3, left: 1, bottom: 5, right: 1 },
  series: [
    { name: '蓝色督办单', color: '5B9BD5' },
    { name: '黄色督办单', color: 'FFC000' },
    { name: '红色督办单', color: 'FF0000' },
  ],
  legend: 'bottom',
  placement: { top: 8, left: 1, bottom: 25, right: 9 },
};

const MODEL: SheetModel = {
  name: '督办通报',
  rows: [
    row('湘阴县人民政府督查室 2020年5月督办工作通报（第1期）'),
    row('单位', '类别', '本期交办', '年度承办', '蓝色督办单', '黄色督办单', '红色督办单', '年度得分', '类内排名'),
    row('东塘镇', '乡镇/街道', 0, 1, 0, 0, 0, 0, 1),
    row('县住建局', '县直部门', 1, 2, 1, 1, 1, -8, 1),
    row('县文旅广体局', '未分类', 1, '—', 2, 0, 0, '—', '—'),
    [],
    row('2020年5月31日'),
  ],
  dataBars: [{ range: { top: 3, left: 5, bottom: 5, right: 5 }, color: '5B9BD5' }],
  charts: [CHART],
  page: { orientation: 'portrait', paper: 'A4', printArea: { top: 1, left: 1, bottom: 7, right: 9 } },
};

const DRAWN = {
  name: 'Chart 1',
  type: 'ColumnStacked',
  source: '督办通报!E3:G5',
  seriesBy: 'Columns',
  title: '2020年5月各单位督办单（按颜色）',
  legendPosition: 'Bottom',
  series: [
    { name: '蓝色督办单', values: '督办通报!E3:E5', fill: '#5B9BD5' },
    { name: '黄色督办单', values: '督办通报!F3:F5', fill: '#FFC000' },
    { name: '红色督办单', values: '督办通报!G3:G5', fill: '#FF0000' },
  ],
  categories: '督办通报!A3:A5',
  position: { start: 'A8', end: 'I25' },
};
describe.each(FAKE_PLATFORMS)('on %s', (platform) => {
  // Payload limits exist on Excel on the web only.
  const webOnly = platform === 'web' ? it : it.skip;
  beforeAll(() => useFakePlatform(platform));
  afterAll(() => useFakePlatform('web'));

  describe('OfficeWorkbook.addSheet: charts', () => {
    it('draws a stacked column chart of the notice columns, the unit names as categories, in the same write', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      expect(await new OfficeWorkbook(fake.run).addSheet(MODEL)).toBe('督办通报');
      expect(fake.charts('督办通报')).toEqual([DRAWN]);
      // One read (the sheet names) and one write, as for a sheet without a chart.
      expect(fake.syncCount).toBe(2);

      const plain = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(plain.run).addSheet({ ...MODEL, charts: undefined });
      expect(plain.syncCount).toBe(2);
      expect(plain.charts('督办通报')).toEqual([]);
    });

    it('puts the legend where the model says', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run).addSheet({ ...MODEL, charts: [{ ...CHART, legend: 'top' }] });
      expect(fake.charts('督办通报')).toEqual([{ ...DRAWN, legendPosition: 'Top' }]);
    });

    it('keeps the data bars beside the chart and prints the chart with the sheet', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run).addSheet(MODEL);
      expect(fake.rules('督办通报')).toEqual([expect.objectContaining({ type: 'DataBar', range: 'E3:E5', barColor: '#5B9BD5' })]);
      // A1:I7 of text, grown to the chart's last row.
      expect(fake.sheet('督办通报').page.printArea).toBe('A1:I25');

      const plain = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(plain.run).addSheet({ ...MODEL, charts: [] });
      expect(plain.sheet('督办通报').page.printArea).toBe('A1:I7');
    });

    it('adds the chart once, with the last block of rows, when the sheet is written in blocks', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run, { sheetRowsPerSync: 3 }).addSheet(MODEL);
      // 7 rows in blocks of 3: one read and three writes.
      expect(fake.syncCount).toBe(4);
      expect(fake.charts('督办通报')).toEqual([DRAWN]);
    });

    webOnly('adds the chart once when a write refused for its size is sent again in halves', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      // The 7 rows × 9 columns carry 126 cells (values and number formats): refused whole, taken in halves.
      fake.payloadLimit = 100;
      await new OfficeWorkbook(fake.run, { minRowsPerSync: 1 }).addSheet(MODEL);
      expect(fake.syncLog.map((s) => s.outcome)).toEqual(['ok', 'payload', 'ok', 'ok']);
      expect(fake.charts('督办通报')).toEqual([DRAWN]);
    });

    it('adds a chart to a sheet appendRows creates', async () => {
      const fake = fakeWorkbookFrom({ 台账: [['x']] });
      await new OfficeWorkbook(fake.run).appendRows('督办通报', [], MODEL);
      expect(fake.charts('督办通报')).toEqual([DRAWN]);
    });
  });
});
