import { fakeWorkbookFrom, FakeOfficeError } from './fakeExcel';

// Worksheet.charts in the fake: the same proxy, load and sync rules as ranges.

const codeOf = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof FakeOfficeError ? e.code : `not an Office error: ${String(e)}`),
  );

const UNITS = [
  ['单位', '蓝', '黄', '红'],
  ['东塘镇', 1, 0, 0],
  ['县住建局', 1, 1, 2],
];

describe('fake Excel: charts', () => {
  it('adds a chart at sync, not before, one series per column of the source', async () => {
    const fake = fakeWorkbookFrom({ 通报: UNITS });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('通报');
      const chart = ws.charts.add('ColumnStacked', ws.getRange('B2:D3'), 'Columns');
      chart.title.text = '督办单';
      expect(fake.charts('通报')).toEqual([]);
      await context.sync();
    });
    expect(fake.charts('通报')).toEqual([
      {
        name: 'Chart 1',
        type: 'ColumnStacked',
        source: '通报!B2:D3',
        seriesBy: 'Columns',
        title: '督办单',
        legendPosition: 'Right',
        series: [
          { name: 'Series1', values: '通报!B2:B3', fill: null },
          { name: 'Series2', values: '通报!C2:C3', fill: null },
          { name: 'Series3', values: '通报!D2:D3', fill: null },
        ],
        categories: null,
        position: null,
      },
    ]);
  });

  it('records series names and fills, category names, legend and position', async () => {
    const fake = fakeWorkbookFrom({ 通报: UNITS });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('通报');
      const chart = ws.charts.add('ColumnClustered', ws.getRange('B2:D3'), 'Rows');
      chart.legend.position = 'Bottom';
      chart.axes.categoryAxis.setCategoryNames(ws.getRange('B1:D1'));
      const second = chart.series.getItemAt(1);
      second.name = '县住建局';
      second.format.fill.setSolidColor('#FF0000');
      chart.setPosition('A5', ws.getRange('F20'));
      await context.sync();
    });
    const [chart] = fake.charts('通报');
    expect(chart.series).toEqual([
      { name: 'Series1', values: '通报!B2:D2', fill: null },
      { name: '县住建局', values: '通报!B3:D3', fill: '#FF0000' },
    ]);
    expect([chart.seriesBy, chart.categories, chart.legendPosition, chart.position]).toEqual(['Rows', '通报!B1:D1', 'Bottom', { start: 'A5', end: 'F20' }]);
  });

  it('guesses series by columns for a tall source and by rows for a wide one, as Excel does for Auto', async () => {
    const fake = fakeWorkbookFrom({ 通报: UNITS });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('通报');
      ws.charts.add('Line', ws.getRange('B2:B3'));
      ws.charts.add('Line', ws.getRange('B2:D3'));
      await context.sync();
    });
    expect(fake.charts('通报').map((c) => [c.name, c.seriesBy, c.series.length])).toEqual([
      ['Chart 1', 'Columns', 1],
      ['Chart 2', 'Rows', 2],
    ]);
  });

  it('refuses to read a chart property that was not loaded and synced', async () => {
    const fake = fakeWorkbookFrom({ 通报: UNITS });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('通报');
      const chart = ws.charts.add('ColumnStacked', ws.getRange('B2:D3'), 'Columns');
      expect(() => chart.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const charts = ws.charts.load('items/name');
      const title = chart.title.load('text');
      expect(() => charts.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(charts.items.map((c) => c.name)).toEqual(['Chart 1']);
      expect(title.text).toBe('');
      expect(() => chart.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('fails the sync on a chart type spelled as the enum key, a series past the last, or a bad color', async () => {
    const fake = fakeWorkbookFrom({ 通报: UNITS });
    const attempt = (write: (ws: Excel.Worksheet) => void) =>
      codeOf(
        fake.run(async (context) => {
          write(context.workbook.worksheets.getItem('通报'));
          await context.sync();
        }),
      );
    // 'columnStacked' is Excel.ChartType's key; its value is 'ColumnStacked'.
    expect(await attempt((ws) => ws.charts.add('columnStacked' as Excel.ChartType, ws.getRange('B2:D3'), 'Columns'))).toBe('InvalidArgument');
    expect(await attempt((ws) => ws.charts.add('ColumnStacked', ws.getRange('B2:D3'), 'Columns').series.getItemAt(3).name = 'x')).toBe('InvalidArgument');
    expect(await attempt((ws) => ws.charts.add('ColumnStacked', ws.getRange('B2:D3'), 'Columns').series.getItemAt(0).format.fill.setSolidColor('FF0000'))).toBe(
      'InvalidArgument',
    );
    // An error stops the batch where it occurs: the charts added before it stay (as in Excel).
    expect(fake.charts('通报')).toHaveLength(2);
  });
});
