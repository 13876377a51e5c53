import { pageCapacity, pageMargins, SheetFlow, SIGNATURE_LINE } from './sheetFlow';

const page = { orientation: 'portrait' as const, margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6 } };

describe('SheetFlow widths and heights', () => {
  it('makes each column as wide as its widest cell, within its spec', () => {
    const flow = new SheetFlow([{}, { max: 10 }, { min: 8 }]);
    flow.line([
      { value: '县行政审批服务局', from: 1 },
      { value: '并列超出第一等次名额，均未进第一等次', style: { wrap: true }, from: 2 },
      { value: 7, from: 3 },
    ]);
    const sheet = flow.build('t', page);
    // 8 CJK characters: 16.8 + 1.7 = 18.5; the wrapped note stops at its max; 8 is the minimum.
    expect(sheet.columnWidths).toEqual([18.5, 10, 8]);
    // 18 characters in 8.3 units of room: 3 a line, 6 lines of 11-point text.
    expect(sheet.rowHeights?.[1]).toBe(100);
  });

  it('widens the last column of a merged span so a number in it is never clipped', () => {
    const flow = new SheetFlow([{ min: 2 }, { min: 2 }]);
    flow.line([{ value: 1234567890, style: { numberFormat: '#,##0' }, from: 1, to: 2 }]);
    const sheet = flow.build('t', page);
    // '1,234,567,890' is 13 narrow characters: 15.6 + 1.7 = 17.3 across the two columns.
    expect(sheet.columnWidths).toEqual([2, 15.5]);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it('never lets a wrapped heading break inside a written line', () => {
    const flow = new SheetFlow([{ max: 3 }]);
    flow.line([{ value: '逾期\n未办结', style: { wrap: true, bold: true }, from: 1 }]);
    // '未办结' in bold: 6.615 + 1.7, rounded up to the half.
    expect(flow.build('t', page).columnWidths).toEqual([8.5]);
  });
});

describe('SheetFlow looks', () => {
  it('sets the sheets it builds in 宋体, the header and footer 0.3" from the paper\'s edge', () => {
    const flow = new SheetFlow([{}]);
    flow.text('标题', { bold: true });
    const sheet = flow.build('t', page);
    expect(sheet.font).toEqual({ name: '宋体', family: 3, charset: 134 });
    expect(sheet.page?.margins).toEqual({ top: 0.75, bottom: 0.75, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 });
  });

  it('gives a sheet\'s own four margins the header and footer every sheet has', () => {
    expect(pageMargins({ top: 0.6, bottom: 0.8, left: 0.4, right: 0.5 })).toEqual({ top: 0.6, bottom: 0.8, left: 0.4, right: 0.5, header: 0.3, footer: 0.3 });
  });
});

describe('SheetFlow pages', () => {
  const rowsOf = (n: number) => {
    const flow = new SheetFlow([{ min: 20 }, { min: 20 }]);
    flow.text('标题', { bold: true });
    flow.text('第二个表前的说明', {});
    flow.startTable([[{ value: '单位', from: 1 }, { value: '得分', from: 2 }]]);
    for (let i = 1; i <= n; i++) flow.line([{ value: `单位${i}`, from: 1 }, { value: i, from: 2 }]);
    flow.endTable();
    flow.signature();
    return flow.build('t', { ...page, titleLines: 1 });
  };

  it('fits a short sheet on one page: no manual break, the title rows repeated, pages numbered', () => {
    const sheet = rowsOf(5);
    expect(sheet.page).toEqual({
      orientation: 'portrait',
      paper: 'A4',
      margins: { top: 0.75, bottom: 0.75, left: 0.6, right: 0.6, header: 0.3, footer: 0.3 },
      fitToWidth: true,
      printArea: { top: 1, left: 1, bottom: 10, right: 2 },
      printTitleRows: { first: 1, last: 1 },
      footer: { center: '第 &P 页 共 &N 页' },
    });
    expect(sheet.rows[9][0].value).toBe(SIGNATURE_LINE);
  });

  it('cuts a long table between rows and repeats its headings on the next page', () => {
    // 20-point rows; a page holds 733.9 points at 100 % (two columns of 20 fit the width), of
    // which the layout fills 94 %, 689.9.
    const sheet = rowsOf(60);
    const first = sheet.rows.map((r) => r[0]?.value);
    // Page 1: title 20, note 20, headings 20, then 31 units (620) = 680; unit 32 would pass 689.9.
    expect(sheet.page?.rowBreaks).toEqual([34]);
    expect(first.slice(32, 36)).toEqual(['单位30', '单位31', '单位', '单位32']);
    // Every unit once, in order; the signature line ends the sheet.
    expect(first.filter((v) => typeof v === 'string' && /^单位\d+$/.test(v))).toHaveLength(60);
    expect(first[first.length - 1]).toBe(SIGNATURE_LINE);
  });

  it('keeps a group on one page and a heading with what follows it', () => {
    const flow = new SheetFlow([{ min: 20 }]);
    for (let i = 0; i < 34; i++) flow.line([{ value: `行${i + 1}`, from: 1 }]);
    flow.text('小标题', {}, { keepWithNext: true });
    flow.together(() => {
      flow.line([{ value: '甲', from: 1, down: 2 }]);
      flow.line([{ value: null, from: 1 }]);
      flow.line([{ value: null, from: 1 }]);
    });
    const sheet = flow.build('t', page);
    // 34 rows fill 680 points; heading + group (80) would pass 689.9: all four move on.
    expect(sheet.page?.rowBreaks).toEqual([34]);
    expect(sheet.rows[34][0].value).toBe('小标题');
    expect(sheet.merges).toEqual([{ top: 36, left: 1, bottom: 38, right: 1 }]);
  });

  it('reports where each line landed', () => {
    const flow = new SheetFlow([{}]);
    flow.text('a', {});
    const b = flow.text('b', {});
    flow.build('t', page);
    expect(b.row).toBe(2);
  });
});

describe('pageCapacity', () => {
  it('is the printable height, divided by the fit-to-width scale, with a margin for font differences', () => {
    // A4 portrait, 0.75 in top and bottom: 841.9 − 108 = 733.9 points; at 100 %.
    expect(pageCapacity([40, 40], page)).toBeCloseTo(733.9 * 0.94, 1);
    // 200 characters wide (1,405 px) on 678.5 px of paper: 48 %, so more rows fit a page.
    expect(pageCapacity([100, 100], page)).toBeCloseTo((733.9 / 0.48) * 0.94, 1);
    expect(pageCapacity([40], { orientation: 'landscape', margins: { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 } })).toBeCloseTo((595.3 - 72) * 0.94, 1);
  });
});
