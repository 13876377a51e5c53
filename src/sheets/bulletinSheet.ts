import type { CellRect } from '../core/ledger/sheetSnapshot';
import type { BulletinCounts, BulletinData } from '../core/bulletin';
import { formatChineseDate, formatMonthDay } from '../core/notices/formatChineseDate';
import { toCellText } from './cellText';
import type { CellModel, CellStyle, ChartModel, DataBar, ModelValue, SheetModel } from './sheetModel';
import { EXCEL_MAX_ROW_HEIGHT } from './sheetModel';

/** Nine columns fit A4 portrait: 单位 | 类别 | 本期交办 | 年度承办 | 蓝 | 黄 | 红 | 年度得分 | 类内排名. */
const WIDTHS = [18, 10, 8, 8, 8, 8, 8, 9, 9];
const WIDTH = WIDTHS.length;
const COLORS = { blue: '5B9BD5', yellow: 'FFC000', red: 'FF0000' } as const;
const NOTICE_COLUMNS = { blue: 5, yellow: 6, red: 7 } as const;

const header: CellStyle = { bold: true, fill: 'D9E1F2', horizontal: 'center', vertical: 'middle', wrap: true, border: true };
const cell: CellStyle = { border: true, vertical: 'middle', horizontal: 'center' };
const textCell: CellStyle = { ...cell, horizontal: 'left', wrap: true };
const section: CellStyle = { bold: true, fontSize: 12 };
const note: CellStyle = { wrap: true, vertical: 'top' };
const flagged: CellStyle = { ...textCell, fill: 'FFC7CE', fontColor: '9C0006' };
const leftCell: CellStyle = { ...cell, horizontal: 'left' };
const boldCell: CellStyle = { ...cell, bold: true };
const boldText: CellStyle = { ...textCell, bold: true };
const signedCell: CellStyle = { ...cell, numberFormat: '+0;-0;0' };

/** Rows the chart of notices by unit and color covers, below the bulletin (about 9 cm at the default height). */
const CHART_ROWS = 18;
const COLOR_NAMES = { blue: '蓝色督办单', yellow: '黄色督办单', red: '红色督办单' } as const;


/** Display width of text in column units: a CJK character takes about two. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0xff ? 2 : 1.1;
  return w;
}

/**
 * Excel does not fit the height of a merged wrapped cell: such rows get one, from the longest
 * text; undefined (the default height) when every text fits on one line.
 */
function heightFor(texts: Array<[string, number]>, line = 15): number | undefined {
  let lines = 1;
  for (const [text, width] of texts) {
    // Even all-CJK text this short fits: skip measuring it.
    if (text.length * 2 <= width - 1) continue;
    lines = Math.max(lines, Math.ceil(textWidth(text) / Math.max(1, width - 1)));
  }
  // A text longer than the tallest row shows its start; the cell still holds all of it.
  return lines === 1 ? undefined : Math.min(EXCEL_MAX_ROW_HEIGHT, lines * line + 3);
}

const spanWidth = (from: number, to: number) => WIDTHS.slice(from - 1, to).reduce((s, w) => s + w, 0);

class Layout {
  readonly rows: CellModel[][] = [];
  readonly merges: CellRect[] = [];
  readonly heights: Record<number, number> = {};

  /** The next row's 1-based number. */
  get next(): number {
    return this.rows.length + 1;
  }

  /** A row of cells given as [value, style, first column, last column] spans. */
  row(spans: Array<[ModelValue, CellStyle, number, number?]>, height?: number): number {
    const r = this.next;
    const cells: CellModel[] = [];
    for (const [value, style, from, to = from] of spans) {
      for (let c = from; c <= to; c++) cells[c - 1] = c === from ? { value, style } : { value: null, style };
      if (to > from) this.merges.push({ top: r, left: from, bottom: r, right: to });
    }
    for (let c = 0; c < cells.length; c++) cells[c] ??= { value: null };
    this.rows.push(cells);
    if (height !== undefined) this.heights[r] = height;
    return r;
  }

  /** A line of text across the whole width. */
  line(text: string, style: CellStyle, height?: number): number {
    return this.row([[text, style, 1, WIDTH]], height ?? (style.wrap ? heightFor([[text, spanWidth(1, WIDTH)]]) : undefined));
  }

  blank(): void {
    this.rows.push([]);
  }
}

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
  const L = new Layout();
  L.line(data.title, { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle', wrap: true }, heightFor([[data.title, spanWidth(1, WIDTH) / 1.45]], 22) ?? 28);
  const span = `统计期间：${formatChineseDate(period.start)}至${formatMonthDay(period.end, +period.start.slice(0, 4))}`;
  const asOf = data.partial
    ? data.asOf < period.start
      ? `（本期尚未开始，数据截至${formatChineseDate(data.asOf)}）`
      : `（本期尚未结束，数据截至${formatChineseDate(data.asOf)}）`
    : '';
  L.line(`${span}${asOf}`, { horizontal: 'center', italic: data.partial, wrap: true });
  L.blank();

  L.line('一、总体情况', section);
  L.line(data.summary, { ...note, fontSize: 11 });
  L.row([['项目', header, 1, 3], ['本期', header, 4, 5], [`上期（${data.previous.shortLabel}）`, header, 6, 7], ['较上期增减', header, 8, 9]], 30);
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
    L.row([
      [label, leftCell, 1, 3],
      [get(counts), cell, 4, 5],
      [get(data.previousCounts), cell, 6, 7],
      [get(counts) - get(data.previousCounts), signedCell, 8, 9],
    ]);
  }
  L.blank();

  const scoreNote = `得分为${data.scoreYear}年度截至${formatMonthDay(data.asOf, data.scoreYear)}累计${data.provisional ? '，“全年无黄/红色督办单”加分暂计' : ''}`;
  L.line(`二、各单位督办情况（督办单按本期发出统计；${scoreNote}）`, { ...section, wrap: true });
  L.row(['单位', '类别', '本期交办', '年度承办', COLOR_NAMES.blue, COLOR_NAMES.yellow, COLOR_NAMES.red, '年度得分', '类内排名'].map((h, i): [ModelValue, CellStyle, number] => [h, header, i + 1]), 30);
  const firstUnit = L.next;
  const dash = (v: number | null) => v ?? '—';
  for (const u of data.units) {
    L.row([
      [toCellText(u.unit), leftCell, 1],
      [toCellText(u.category), cell, 2],
      [u.assigned, cell, 3],
      [dash(u.yearItems), cell, 4],
      [u.notices.blue, cell, 5],
      [u.notices.yellow, cell, 6],
      [u.notices.red, cell, 7],
      [dash(u.score), boldCell, 8],
      [dash(u.categoryRank), cell, 9],
    ]);
  }
  const lastUnit = L.next - 1;
  const hasUnits = data.units.length > 0;
  if (!hasUnits) L.line('本期及本年度均无单位的督办数据。', { italic: true });
  L.blank();

  L.line('三、红色督办单事项', section);
  if (data.redItems.length === 0) {
    L.line('本期无红色督办单。', {});
  } else {
    L.row([['事项编号', header, 1], ['督办事项', header, 2, 5], ['被督办单位', header, 6, 7], ['本期红色督办单', header, 8], ['发出日期', header, 9]], 30);
    for (const r of data.redItems) {
      const dates = r.dates.map((d) => formatMonthDay(d, year)).join('、');
      L.row(
        [[toCellText(r.itemId), textCell, 1], [toCellText(r.title), textCell, 2, 5], [toCellText(r.unit), textCell, 6, 7], [r.count, cell, 8], [dates, textCell, 9]],
        heightFor([[r.title, spanWidth(2, 5)], [r.unit, spanWidth(6, 7)], [dates, WIDTHS[8]], [r.itemId, WIDTHS[0]]]),
      );
    }
  }
  L.blank();

  L.line('四、应予通报批评的单位（附件第十条）', section);
  if (data.criticism.length === 0) {
    L.line(`截至${formatChineseDate(data.asOf)}，${data.scoreYear}年度无应予通报批评的单位。`, {});
  } else {
    L.row([['单位', header, 1], ['处理', header, 2, 4], ['原因', header, 5, 9]], 22);
    for (const c of data.criticism) {
      const action = c.admonition ? '全县通报批评、书面检讨；主要负责人诫勉谈话' : '全县通报批评、书面检讨';
      const reasons = toCellText(c.reasons.join('；'));
      L.row([[toCellText(c.unit), boldText, 1], [action, flagged, 2, 4], [reasons, textCell, 5, 9]], heightFor([[action, spanWidth(2, 4)], [reasons, spanWidth(5, 9)]]));
    }
  }
  L.blank();

  L.line(`五、下期（${data.next.shortLabel}）到期事项`, section);
  if (data.dueNext.length === 0) {
    L.line(`下期（${data.next.shortLabel}）无到期的在办事项。`, {});
  } else {
    L.row([['事项编号', header, 1], ['督办事项', header, 2, 6], ['责任单位', header, 7, 8], ['办理时限', header, 9]], 22);
    for (const d of data.dueNext) {
      const units = toCellText(d.units.join('、'));
      L.row(
        [[d.itemId === null ? `第${d.row}行` : toCellText(d.itemId), textCell, 1], [toCellText(d.title), textCell, 2, 6], [units, textCell, 7, 8], [formatMonthDay(d.deadline, year), cell, 9]],
        heightFor([[d.title, spanWidth(2, 6)], [units, spanWidth(7, 8)]]),
      );
    }
  }
  L.blank();

  L.line(
    '说明：督办单以「督办单登记」为准，作废的不计；在办事项含长期事项；按时办结指在办理时限（含批准的延期）当天或之前办结；计分规则见附件第九条，红色督办单累计2次通报批评、3次诫勉谈话见附件第十条。',
    { ...note, fontSize: 9, italic: true },
  );
  L.blank();
  L.row([[data.office, { horizontal: 'right' }, 1, WIDTH]]);
  const last = L.row([[formatChineseDate(data.asOf), { horizontal: 'right' }, 1, WIDTH]]);

  const units = (left: number, right = left): CellRect => ({ top: firstUnit, left, bottom: lastUnit, right });
  const colors = ['blue', 'yellow', 'red'] as const;
  const dataBars: DataBar[] = hasUnits ? colors.map((color) => ({ range: units(NOTICE_COLUMNS[color]), color: COLORS[color] })) : [];
  // Nothing to draw without units: no empty chart.
  const charts: ChartModel[] = hasUnits
    ? [
        {
          type: 'columnStacked',
          title: `${period.shortLabel}各单位督办单（按颜色）`,
          data: units(NOTICE_COLUMNS.blue, NOTICE_COLUMNS.red),
          categories: units(1),
          series: colors.map((color) => ({ name: COLOR_NAMES[color], color: COLORS[color] })),
          // One blank row under the date line, across the printed width.
          placement: { top: last + 2, left: 1, bottom: last + 1 + CHART_ROWS, right: WIDTH },
        },
      ]
    : [];
  return {
    name: data.sheetName,
    rows: L.rows,
    merges: L.merges,
    columnWidths: WIDTHS,
    rowHeights: L.heights,
    dataBars,
    charts,
    tabColor: '2F5597',
    page: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6 },
      printTitleRows: { first: 1, last: 2 },
      printArea: { top: 1, left: 1, bottom: last, right: WIDTH },
    },
  };
}
