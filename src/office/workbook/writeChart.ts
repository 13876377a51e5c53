import type { ChartModel } from '../../sheets/sheetModel';
import { rangeOf } from '../officeAddress';

// Excel's enums (ChartType, ChartLegendPosition …) by their string values: the adapter reads no
// Excel global at run time, so it runs against the fake in tests.
const CHART_TYPES = { columnStacked: 'ColumnStacked' } as const satisfies Record<ChartModel['type'], string>;
const LEGEND_POSITIONS = { top: 'Top', bottom: 'Bottom', left: 'Left', right: 'Right' } as const satisfies Record<ChartModel['legend'], string>;

/**
 * The model's charts, drawn natively (the xlsx adapter writes none: a chart part is a drawing, its
 * rels and a chart part of its own). The model's data bars are written as well and kept: they sit
 * in the table itself, so the numbers still read as bars where the chart is out of view or printed
 * on another page, and the sheet matches the CLI's.
 */
export function writeCharts(ws: Excel.Worksheet, charts: readonly ChartModel[]): void {
  for (const c of charts) {
    // Series by columns, as ChartModel.data says.
    const chart = ws.charts.add(CHART_TYPES[c.type], rangeOf(ws, c.data), 'Columns');
    chart.title.text = c.title;
    chart.legend.position = LEGEND_POSITIONS[c.legend];
    chart.axes.categoryAxis.setCategoryNames(rangeOf(ws, c.categories));
    c.series.forEach((s, i) => {
      const series = chart.series.getItemAt(i);
      series.name = s.name;
      series.format.fill.setSolidColor(`#${s.color}`);
    });
    const { top, left, bottom, right } = c.placement;
    chart.setPosition(rangeOf(ws, { top, left, bottom: top, right: left }), rangeOf(ws, { top: bottom, left: right, bottom, right }));
  }
}
