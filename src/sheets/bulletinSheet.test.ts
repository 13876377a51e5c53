import { parsePeriodArg, type BulletinData, type Period } from '../core/bulletin';
import { buildBulletinSheet } from './bulletinSheet';
import { dateOnly } from '../../test/support/dateOnly';

const p = (code: string) => parsePeriodArg(code) as Period;
const zero = { assigned: 0, done: 0, doneOnTime: 0, open: 0, overdue: 0, notices: { blue: 0, yellow: 0, red: 0 } };

const MAY: BulletinData = {
  title: '湘阴县人民政府督查室 2020年5月督办工作通报（第5期）',
  office: '湘阴县人民政府督查室',
  issue: 5,
  sheetName: '督办通报 2020年5月（第5期）',
  period: p('2020-05'),
  previous: p('2020-04'),
  next: p('2020-06'),
  asOf: dateOnly('2020-05-31'),
  partial: false,
  scoreYear: 2020,
  provisional: true,
  counts: { assigned: 4, done: 2, doneOnTime: 1, open: 5, overdue: 1, notices: { blue: 2, yellow: 1, red: 1 } },
  previousCounts: { assigned: 2, done: 0, doneOnTime: 0, open: 3, overdue: 0, notices: { blue: 1, yellow: 0, red: 1 } },
  change: { assigned: 2, done: 2, doneOnTime: 1, open: 2, overdue: 1, notices: { blue: 1, yellow: 1, red: 0 } },
  summary: '本期新交办督办事项4项，办结2项（其中按时办结1项），发出督办单4份（蓝色2份、黄色1份、红色1份）；期末在办5项，其中逾期未办结1项。',
  empty: false,
  units: [
    { unit: '东塘镇', category: '乡镇/街道', assigned: 0, notices: { blue: 0, yellow: 0, red: 0 }, yearItems: 1, score: 0, categoryRank: 1, overallRank: 1 },
    { unit: '县住建局', category: '县直部门', assigned: 1, notices: { blue: 1, yellow: 1, red: 1 }, yearItems: 2, score: -8, categoryRank: 1, overallRank: 2 },
    { unit: '县文旅广体局', category: '未分类', assigned: 1, notices: { blue: 0, yellow: 0, red: 0 }, yearItems: null, score: null, categoryRank: null, overallRank: null },
  ],
  redItems: [{ itemId: 'DB2020-025', title: '=关于白泥湖片区非法采砂问题的批示', unit: '县住建局', count: 2, dates: [dateOnly('2020-05-18'), dateOnly('2020-05-28')] }],
  criticism: [{ unit: '县住建局', category: '县直部门', reds: 2, admonition: false, reasons: ['同一事项（DB2020-025）2次红色督办单'] }],
  dueNext: [{ itemId: null, row: 16, title: '城区停车场建设', units: ['县住建局', '县财政局'], deadline: dateOnly('2020-06-01') }],
};

const values = (rows: ReturnType<typeof buildBulletinSheet>['rows']) => rows.map((r) => r.map((c) => c.value));
const find = (v: unknown[][], text: string) => v.findIndex((r) => r[0] === text) + 1;

describe('buildBulletinSheet', () => {
  const sheet = buildBulletinSheet(MAY);
  const v = values(sheet.rows);

  it('titles the sheet with the issue number and the period', () => {
    expect(sheet.name).toBe('督办通报 2020年5月（第5期）');
    expect(v[0][0]).toBe('湘阴县人民政府督查室 2020年5月督办工作通报（第5期）');
    expect(v[1][0]).toBe('统计期间：2020年5月1日至5月31日');
    expect(sheet.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 10 });
  });

  it('gives the headline and the counts against the previous period', () => {
    expect(v[3][0]).toBe('一、总体情况');
    expect(v[4][0]).toBe(MAY.summary);
    expect(v[5].filter((x) => x !== null)).toEqual(['项目', '本期', '上期（2020年4月）', '较上期增减']);
    const table = v.slice(6, 15).map((r) => [r[0], r[3], r[5], r[7]]);
    expect(table).toEqual([
      ['新交办事项', 4, 2, 2],
      ['办结事项', 2, 0, 2],
      ['　其中：按时办结', 1, 0, 1],
      ['期末在办事项', 5, 3, 2],
      ['　其中：逾期未办结', 1, 0, 1],
      ['蓝色督办单', 2, 1, 1],
      ['黄色督办单', 1, 0, 1],
      ['红色督办单', 1, 1, 0],
      ['督办单合计', 4, 2, 2],
    ]);
    expect(sheet.rows[7][7].style?.numberFormat).toBe('+0;-0;0');
  });

  it('lists the units, the notices of the period drawn as a bar in a column of its own', () => {
    const head = find(v, '单位');
    // Headings break between words, never inside one.
    expect(v[head - 1]).toEqual(['单位', '类别', '本期\n交办', '年度\n承办', '蓝色\n督办单', '黄色\n督办单', '红色\n督办单', '年度\n得分', '类内\n排名', '本期督办单\n（图示）']);
    expect(v.slice(head, head + 3)).toEqual([
      ['东塘镇', '乡镇/街道', 0, 1, 0, 0, 0, 0, 1, 0],
      ['县住建局', '县直部门', 1, 2, 1, 1, 1, -8, 1, 3],
      ['县文旅广体局', '未分类', 1, '—', 0, 0, 0, '—', '—', 0],
    ]);
    // The bar shows without its number, beside the counts rather than over them.
    expect(sheet.dataBars).toEqual([{ range: { top: head + 1, bottom: head + 3, left: 10, right: 10 }, color: '5B9BD5', showValue: false }]);
    expect(v[head - 2][0]).toBe('二、各单位督办情况（督办单按本期发出统计；得分为2020年度截至5月31日累计，“全年无黄/红色督办单”加分暂计）');
  });

  it('charts the notices by unit and color below the bulletin, as a stacked column chart', () => {
    // Rows: title 1 … counts 7–15, unit table header 18, the three units 19–21, … date line 38, signature 40.
    expect(v).toHaveLength(40);
    expect(v[18][0]).toBe('东塘镇');
    expect(v[20][0]).toBe('县文旅广体局');
    expect(sheet.charts).toEqual([
      {
        type: 'columnStacked',
        title: '2020年5月各单位督办单（按颜色）',
        data: { top: 19, left: 5, bottom: 21, right: 7 },
        categories: { top: 19, left: 1, bottom: 21, right: 1 },
        series: [
          { name: '蓝色督办单', color: '5B9BD5' },
          { name: '黄色督办单', color: 'FFC000' },
          { name: '红色督办单', color: 'FF0000' },
        ],
        legend: 'bottom',
        placement: { top: 42, left: 1, bottom: 59, right: 10 },
      },
    ]);
    // The print area is the text's; the Office adapter adds the chart's rows (the .xlsx has no chart).
    expect(sheet.page?.printArea).toEqual({ top: 1, left: 1, bottom: 40, right: 10 });
  });

  it('charts a single unit as one column of three stacked points', () => {
    const one = buildBulletinSheet({ ...MAY, units: [MAY.units[1]] });
    expect(one.charts?.map((c) => [c.data, c.categories, c.placement])).toEqual([
      [
        { top: 19, left: 5, bottom: 19, right: 7 },
        { top: 19, left: 1, bottom: 19, right: 1 },
        { top: 40, left: 1, bottom: 57, right: 10 },
      ],
    ]);
  });

  it('names the red items (text stays text), the units due for criticism, and what falls due next month', () => {
    const red = find(v, '三、红色督办单事项');
    expect(v[red].filter((x) => x !== null)).toEqual(['事项编号', '督办事项', '被督办单位', '本期红色\n督办单', '发出日期']);
    expect(v[red + 1].filter((x) => x !== null)).toEqual(['DB2020-025', '=关于白泥湖片区非法采砂问题的批示', '县住建局', 2, '5月18日、5月28日']);
    const crit = find(v, '四、应予通报批评的单位（附件第十条）');
    expect(v[crit + 1].filter((x) => x !== null)).toEqual(['县住建局', '全县通报批评、书面检讨', '同一事项（DB2020-025）2次红色督办单']);
    const due = find(v, '五、下期（2020年6月）到期事项');
    expect(v[due + 1].filter((x) => x !== null)).toEqual(['第16行', '城区停车场建设', '县住建局、县财政局', '6月1日']);
    expect(v[v.length - 4][0]).toBe('湘阴县人民政府督查室');
    expect(v[v.length - 3][0]).toBe('2020年5月31日');
    expect(v[v.length - 1][0]).toBe('制表人：____________　　　审核人：____________　　　日期：____________');
  });

  it('prints on A4 portrait, fitted to the width, the title repeated and the pages numbered', () => {
    expect(sheet.page).toMatchObject({
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
      printTitleRows: { first: 1, last: 2 },
      printArea: { top: 1, left: 1, bottom: v.length, right: 10 },
      footer: { center: '第 &P 页 共 &N 页' },
    });
    expect(sheet.columnWidths).toHaveLength(10);
  });

  it('starts a table continued on a new page with its headings again', () => {
    const units = Array.from({ length: 60 }, (_, i) => ({ ...MAY.units[1], unit: `单位${i + 1}` }));
    const long = buildBulletinSheet({ ...MAY, units });
    const rows = values(long.rows);
    const breaks = long.page?.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    // The row after the first break inside the unit table repeats its headings; units stay in order.
    const first = breaks[0];
    expect(rows[first][0]).toBe('单位');
    expect(rows[first - 1][0]).toMatch(/^单位\d+$/);
    const printed = rows.slice(0, long.page?.printArea?.bottom);
    expect(printed.filter((r) => typeof r[0] === 'string' && /^单位\d+$/.test(r[0])).map((r) => r[0])).toEqual(units.map((u) => u.unit));
    // The bars cover every unit row (a repeated heading is text, which bars skip).
    expect(long.dataBars?.[0].range).toMatchObject({ top: find(rows, '单位1'), bottom: find(rows, '单位60') });
    // The chart reads a copy of the counts under it, outside the print area: a block without headings in it.
    const chart = long.charts?.[0];
    const area = long.page?.printArea;
    expect(chart && area && chart.categories.top > chart.placement.bottom && chart.placement.top > area.bottom).toBe(true);
    const block = rows.slice((chart?.categories.top ?? 0) - 1, chart?.categories.bottom);
    expect(block).toHaveLength(60);
    expect(block[0]).toEqual(['单位1', 1, 1, 1]);
    expect(block.map((r) => r[0])).toEqual(units.map((u) => u.unit));
  });
});

describe('buildBulletinSheet: nothing to report', () => {
  const empty: BulletinData = {
    ...MAY,
    title: '湘阴县人民政府督查室 2019年12月督办工作通报（第1期）',
    sheetName: '督办通报 2019年12月（第1期）',
    period: p('2019-12'),
    previous: p('2019-11'),
    next: p('2020-01'),
    asOf: dateOnly('2019-12-31'),
    scoreYear: 2019,
    counts: zero,
    previousCounts: zero,
    change: zero,
    summary: '本期无新交办事项，无督办单发出；期末无在办事项。',
    empty: true,
    units: [],
    redItems: [],
    criticism: [],
    dueNext: [],
  };
  const sheet = buildBulletinSheet(empty);
  const v = values(sheet.rows).map((r) => r[0]);

  it('says so in every section instead of leaving it empty', () => {
    expect(v).toContain('本期无新交办事项，无督办单发出；期末无在办事项。');
    expect(v).toContain('本期及本年度均无单位的督办数据。');
    expect(v).toContain('本期无红色督办单。');
    expect(v).toContain('截至2019年12月31日，2019年度无应予通报批评的单位。');
    expect(v).toContain('下期（2020年1月）无到期的在办事项。');
    expect(sheet.dataBars).toEqual([]);
    expect(sheet.charts).toEqual([]);
  });

  it('marks a period not over yet', () => {
    const partial = buildBulletinSheet({ ...MAY, asOf: dateOnly('2020-05-20'), partial: true });
    expect(partial.rows[1][0].value).toBe('统计期间：2020年5月1日至5月31日（本期尚未结束，数据截至2020年5月20日）');
    expect(partial.rows[9][0].value).toBe('截至统计日在办事项');
  });
});
