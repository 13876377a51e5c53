import type { CellRect } from '../core/ledger/sheetSnapshot';
import type { BulletinCounts, BulletinData } from '../core/bulletin';
import { formatChineseDate, formatMonthDay } from '../core/notices/formatChineseDate';
import { toCellText } from './cellText';
import type { CellStyle, ChartModel, DataBar, SheetModel } from './sheetModel';
import { SheetFlow, type ColumnSpec, type Span } from './sheetFlow';

/** 单位 | 类别 | 本期交办 | 年度承办 | 蓝 | 黄 | 红 | 年度得分 | 类内排名 | 本期督办单（图示）; the other tables span them. */
const COLUMNS: ColumnSpec[] = [{ min: 12, max: 18 }, { min: 8 }, {}, {}, {}, {}, {}, {}, {}, { min: 10 }];
const WIDTH = COLUMNS.length;
const COLORS = { blue: '5B9BD5', yellow: 'FFC000', red: 'FF0000' } as const;
const NOTICE_COLUMNS = { blue: 5, yellow: 6, red: 7 } as const;
const BAR_COLUMN = 10;

const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'middle', wrap: true, border: true };
const cell: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
const textCell: CellStyle = { ...cell, horizontal: 'left', wrap: true };
const section: CellStyle = { bold: true, fontSize: 12, vertical: 'bottom' };
const note: CellStyle = { wrap: true, vertical: 'top' };
// Black on a light fill: it still reads when printed in black and white.
const flagged: CellStyle = { ...textCell, fill: 'FFC7CE', bold: true };
const leftCell: CellStyle = { ...cell, horizontal: 'left' };
const boldCell: CellStyle = { ...cell, bold: true };
const boldText: CellStyle = { ...textCell, bold: true };
const signedCell: CellStyle = { ...cell, numberFormat: '+0;-0;0' };

/** Rows the chart of notices by unit and color covers, below the bulletin (about 9 cm at the default height). */
const CHART_ROWS = 18;
const COLOR_NAMES = { blue: '蓝色督办单', yellow: '黄色督办单', red: '红色督办单' } as const;

const headings = (cells: Array<[string, number, number?]>): Span[] => cells.map(([value, from, to]) => ({ value, style: header, from, to }));

/**
 * The bulletin as a printable sheet (SPEC §8): title with the issue number, the period, the
 * headline sentence, the counts against the previous period, the per-unit table with data bars on
 * the notices by color, the red-notice items, the units due for 通报批评 and the items falling due
 * next period; A4 portrait. An empty section says so. Below the text, a stacked column chart of
 * the period's notices by unit and color (SPEC §8 "a chart"): drawn inside Excel; the CLI's .xlsx
 * has no chart (the xlsx adapter writes none), and the data bars are its picture of the same numbers.
 */
export function buildBulletinSheet(data: BulletinData): SheetModel {
  const { period, counts } = data;
  const year = period.year;
  const flow = new SheetFlow(COLUMNS);
  flow.text(data.title, { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle', wrap: true });
  const span = `统计期间：${formatChineseDate(period.start)}至${formatMonthDay(period.end, +period.start.slice(0, 4))}`;
  const asOf = data.partial
    ? data.asOf < period.start
      ? `（本期尚未开始，数据截至${formatChineseDate(data.asOf)}）`
      : `（本期尚未结束，数据截至${formatChineseDate(data.asOf)}）`
    : '';
  flow.text(`${span}${asOf}`, { horizontal: 'center', vertical: 'middle', italic: data.partial, wrap: true });
  flow.blank();

  flow.text('一、总体情况', section, { keepWithNext: true });
  flow.text(data.summary, { ...note, fontSize: 11 }, { keepWithNext: true });
  flow.startTable([headings([['项目', 1, 3], ['本期', 4, 5], [`上期（${data.previous.shortLabel}）`, 6, 7], ['较上期增减', 8, WIDTH]])]);
  const end = data.partial ? '截至统计日' : '期末';
  const countRows: Array<[string, (c: BulletinCounts) => number]> = [
    ['新交办事项', (c) => c.assigned],
    ['办结事项', (c) => c.done],
    ['　其中：按时办结', (c) => c.doneOnTime],
    [`${end}在办事项`, (c) => c.open],
    ['　其中：逾期未办结', (c) => c.overdue],
    ['蓝色督办单', (c) => c.notices.blue],
    ['黄色督办单', (c) => c.notices.yellow],
    ['红色督办单', (c) => c.notices.red],
    ['督办单合计', (c) => c.notices.blue + c.notices.yellow + c.notices.red],
  ];
  for (const [label, get] of countRows) {
    flow.line([
      { value: label, style: leftCell, from: 1, to: 3 },
      { value: get(counts), style: cell, from: 4, to: 5 },
      { value: get(data.previousCounts), style: cell, from: 6, to: 7 },
      { value: get(counts) - get(data.previousCounts), style: signedCell, from: 8, to: WIDTH },
    ]);
  }
  flow.endTable();
  flow.blank();

  const scoreNote = `得分为${data.scoreYear}年度截至${formatMonthDay(data.asOf, data.scoreYear)}累计${data.provisional ? '，“全年无黄/红色督办单”加分暂计' : ''}`;
  flow.text(`二、各单位督办情况（督办单按本期发出统计；${scoreNote}）`, { ...section, wrap: true }, { keepWithNext: true });
  flow.startTable([
    headings([['单位', 1], ['类别', 2], ['本期\n交办', 3], ['年度\n承办', 4], ['蓝色\n督办单', 5], ['黄色\n督办单', 6], ['红色\n督办单', 7], ['年度\n得分', 8], ['类内\n排名', 9], ['本期督办单\n（图示）', BAR_COLUMN]]),
  ]);
  const dash = (v: number | null) => v ?? '—';
  const unitLines = data.units.map((u) =>
    flow.line([
      { value: toCellText(u.unit), style: leftCell, from: 1 },
      { value: toCellText(u.category), style: cell, from: 2 },
      { value: u.assigned, style: cell, from: 3 },
      { value: dash(u.yearItems), style: cell, from: 4 },
      { value: u.notices.blue, style: cell, from: 5 },
      { value: u.notices.yellow, style: cell, from: 6 },
      { value: u.notices.red, style: cell, from: 7 },
      { value: dash(u.score), style: boldCell, from: 8 },
      { value: dash(u.categoryRank), style: cell, from: 9 },
      { value: u.notices.blue + u.notices.yellow + u.notices.red, style: cell, from: BAR_COLUMN },
    ]),
  );
  flow.endTable();
  const hasUnits = data.units.length > 0;
  if (!hasUnits) flow.text('本期及本年度均无单位的督办数据。', { italic: true });
  flow.blank();

  flow.text('三、红色督办单事项', section, { keepWithNext: true });
  if (data.redItems.length === 0) {
    flow.text('本期无红色督办单。', {});
  } else {
    flow.startTable([headings([['事项编号', 1], ['督办事项', 2, 5], ['被督办单位', 6, 7], ['本期红色\n督办单', 8], ['发出日期', 9, WIDTH]])]);
    for (const r of data.redItems) {
      const dates = r.dates.map((d) => formatMonthDay(d, year)).join('、');
      flow.line([
        { value: toCellText(r.itemId), style: textCell, from: 1 },
        { value: toCellText(r.title), style: textCell, from: 2, to: 5 },
        { value: toCellText(r.unit), style: textCell, from: 6, to: 7 },
        { value: r.count, style: cell, from: 8 },
        { value: dates, style: textCell, from: 9, to: WIDTH },
      ]);
    }
    flow.endTable();
  }
  flow.blank();

  flow.text('四、应予通报批评的单位（附件第十条）', section, { keepWithNext: true });
  if (data.criticism.length === 0) {
    flow.text(`截至${formatChineseDate(data.asOf)}，${data.scoreYear}年度无应予通报批评的单位。`, {});
  } else {
    flow.startTable([headings([['单位', 1], ['处理', 2, 4], ['原因', 5, WIDTH]])]);
    for (const c of data.criticism) {
      const action = c.admonition ? '全县通报批评、书面检讨；主要负责人诫勉谈话' : '全县通报批评、书面检讨';
      flow.line([
        { value: toCellText(c.unit), style: boldText, from: 1 },
        { value: action, style: flagged, from: 2, to: 4 },
        { value: toCellText(c.reasons.join('；')), style: textCell, from: 5, to: WIDTH },
      ]);
    }
    flow.endTable();
  }
  flow.blank();

  flow.text(`五、下期（${data.next.shortLabel}）到期事项`, section, { keepWithNext: true });
  if (data.dueNext.length === 0) {
    flow.text(`下期（${data.next.shortLabel}）无到期的在办事项。`, {});
  } else {
    flow.startTable([headings([['事项编号', 1], ['督办事项', 2, 6], ['责任单位', 7, 8], ['办理时限', 9, WIDTH]])]);
    for (const d of data.dueNext) {
      flow.line([
        { value: d.itemId === null ? `第${d.row}行` : toCellText(d.itemId), style: textCell, from: 1 },
        { value: toCellText(d.title), style: textCell, from: 2, to: 6 },
        { value: toCellText(d.units.join('、')), style: textCell, from: 7, to: 8 },
        { value: formatMonthDay(d.deadline, year), style: cell, from: 9, to: WIDTH },
      ]);
    }
    flow.endTable();
  }
  flow.blank();

  flow.text(
    '说明：督办单以「督办单登记」为准，作废的不计；在办事项含长期事项；按时办结指在办理时限（含批准的延期）当天或之前办结；计分规则见附件第九条，红色督办单累计2次通报批评、3次诫勉谈话见附件第十条。',
    { ...note, fontSize: 9, italic: true },
  );
  flow.blank();
  flow.text(data.office, { horizontal: 'right' }, { keepWithNext: true });
  flow.text(formatChineseDate(data.asOf), { horizontal: 'right' });
  flow.signature();
  const sheet = flow.build(data.sheetName, { orientation: 'portrait', margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6 }, titleLines: 2 });
  const last = sheet.rows.length;
  const firstUnit = unitLines[0]?.row ?? 0;
  const lastUnit = unitLines[unitLines.length - 1]?.row ?? 0;

  // Headings repeated on a new page sit among the unit rows: the bars skip text.
  const units = (left: number, right = left): CellRect => ({ top: firstUnit, left, bottom: lastUnit, right });
  const colors = ['blue', 'yellow', 'red'] as const;
  // The bar stands beside the numbers in its own column, never over a number.
  const dataBars: DataBar[] = hasUnits ? [{ range: units(BAR_COLUMN), color: '5B9BD5', showValue: false }] : [];
  // One blank row under the signature line, across the printed width.
  const placement = { top: last + 2, left: 1, bottom: last + 1 + CHART_ROWS, right: WIDTH };
  let source = { data: units(NOTICE_COLUMNS.blue, NOTICE_COLUMNS.red), categories: units(1) };
  const rows = [...sheet.rows];
  if (hasUnits && (sheet.page?.rowBreaks ?? []).some((b) => b >= firstUnit && b < lastUnit)) {
    // A chart reads one block of cells, and repeated headings would be plotted as a unit: when the
    // table runs over a page the chart reads a copy of its numbers under the chart, outside the
    // print area.
    const top = placement.bottom + 2;
    rows[top - 2] = [{ value: '图表数据（上方图表引用，不打印）', style: { italic: true, fontSize: 9 } }];
    data.units.forEach((u, i) => {
      rows[top - 1 + i] = [{ value: toCellText(u.unit) }, { value: u.notices.blue }, { value: u.notices.yellow }, { value: u.notices.red }];
    });
    const bottom = top + data.units.length - 1;
    source = { data: { top, left: 2, bottom, right: 4 }, categories: { top, left: 1, bottom, right: 1 } };
  }
  // Nothing to draw without units: no empty chart.
  const charts: ChartModel[] = hasUnits
    ? [{ type: 'columnStacked', title: `${period.shortLabel}各单位督办单（按颜色）`, ...source, series: colors.map((color) => ({ name: COLOR_NAMES[color], color: COLORS[color] })), legend: 'bottom', placement }]
    : [];
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return { ...sheet, rows, dataBars, charts, tabColor: '2F5597' };
}
