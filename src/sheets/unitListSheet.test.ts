import { cellAddress } from '../core/cells';
import { fingerprintItems, parseListMark, type UnitList, type UnitListItem } from '../core/feedback/unitList';
import { readUnitReply } from '../core/feedback/readUnitReply';
import type { CellValue } from '../core/cells';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { rowHeightFor } from './measureText';
import type { SheetModel } from './sheetModel';
import { buildUnitListSheet } from './unitListSheet';
import { dateOnly } from '../../test/support/dateOnly';

const items: UnitListItem[] = [
  {
    key: 'DB-01',
    row: 5,
    title: '背街小巷提质改造',
    source: '县长批示',
    deadline: dateOnly('2020-05-11'),
    status: '黄',
    notices: [
      { color: 'blue', number: '督〔2020〕蓝1号', issueDate: dateOnly('2020-05-11') },
      { color: 'yellow', number: '督〔2020〕黄1号', issueDate: dateOnly('2020-05-18') },
    ],
    daysOverdue: 9,
  },
  { key: 'DB-02', row: 6, title: '=HYPERLINK("http://evil","x")', source: null, deadline: null, status: '长期', notices: [], daysOverdue: 0 },
  { key: '第12行', row: 12, title: '城区停车场建设', source: '县政府常务会议', deadline: dateOnly('2020-06-30'), status: '—', notices: [], daysOverdue: 0 },
];
const list: UnitList = { unit: '县住建局', asOf: dateOnly('2020-05-20'), fingerprint: fingerprintItems(items), items };
const options = { office: '湘阴县人民政府督查室', earliestYear: 2019, latestYear: 2020 };
const values = (model: SheetModel) => model.rows.map((r) => r.map((c) => c.value));

/** The sheet as an adapter reads it back: its values (a typed date is a serial), its merges. */
function snapshot(model: SheetModel, typed: Record<string, CellValue> = {}, date1904 = false): SheetSnapshot {
  const rows: CellValue[][] = values(model);
  for (const [at, value] of Object.entries(typed)) {
    const m = /^([A-Z])(\d+)$/.exec(at) as RegExpExecArray;
    const r = Number(m[2]) - 1;
    rows[r] ??= [];
    rows[r][m[1].charCodeAt(0) - 65] = value;
  }
  return { name: model.name, values: rows.map((r) => Array.from(r, (v) => v ?? null)), origin: { row: 1, col: 1 }, merges: model.merges, date1904 };
}

describe('buildUnitListSheet', () => {
  it('is named after the unit', () => {
    expect(buildUnitListSheet(list, options).name).toBe('县住建局-督办清单');
  });

  it('opens with the title, the office, the as-of date and the count of open items', () => {
    const rows = values(buildUnitListSheet(list, options));
    expect(rows[0]).toEqual(['县住建局督办事项清单']);
    expect(rows[1]).toEqual(['湘阴县人民政府督查室 · 截至2020年5月20日 · 在办事项3项']);
  });

  it('says which cells to fill and how, with the list date as the example date', () => {
    expect(values(buildUnitListSheet(list, options))[2]).toEqual([
      '填报说明：只填写淡黄色的四列——进展情况；完成时间（日期，如 2020-05-20；未完成不填）；佐证材料；联系人（姓名、电话）。其他单元格已锁定。' +
        '请勿增删行、列或修改表头；填好后保存，将本文件原样发回（文件名可保留）。',
    ]);
  });

  it('merges the title, office and note lines across the table', () => {
    expect(buildUnitListSheet(list, options).merges?.slice(0, 3)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 11 },
      { top: 2, left: 1, bottom: 2, right: 11 },
      { top: 3, left: 1, bottom: 3, right: 11 },
    ]);
  });

  it('has the list columns in row 4, the four to answer in a deeper yellow', () => {
    const header = buildUnitListSheet(list, options).rows[3];
    expect(header.map((c) => c.value)).toEqual(['事项编号', '事项名称', '来源', '办理时限', '督办状态', '已收督办单', '逾期天数', '进展情况', '完成时间', '佐证材料', '联系人']);
    expect(header.map((c) => c.style?.fill)).toEqual(['D9D9D9', 'D9D9D9', 'D9D9D9', 'D9D9D9', 'D9D9D9', 'D9D9D9', 'D9D9D9', 'FFE699', 'FFE699', 'FFE699', 'FFE699']);
    expect(header.every((c) => c.style?.bold && c.style.border)).toBe(true);
  });

  it('writes an item as the ledger has it: deadline a date serial, one line per notice, days overdue', () => {
    // 2020-05-11 is serial 43962 (2020-01-01 is 43831, + 131 days).
    expect(values(buildUnitListSheet(list, options))[4]).toEqual([
      'DB-01', '背街小巷提质改造', '县长批示', 43962, '黄', '蓝 督〔2020〕蓝1号（2020-05-11）\n黄 督〔2020〕黄1号（2020-05-18）', 9, null, null, null, null,
    ]);
    expect(buildUnitListSheet(list, options).rows[4][3].style?.numberFormat).toBe('yyyy-mm-dd');
  });

  it('writes 长期 for a standing item, nothing for no notices and no days overdue, text as text', () => {
    expect(values(buildUnitListSheet(list, options))[5]).toEqual(['DB-02', '=HYPERLINK("http://evil","x")', null, '长期', '长期', null, null, null, null, null, null]);
  });

  it('writes — for an item without a deadline that is not standing', () => {
    const none = buildUnitListSheet({ ...list, items: [{ ...items[2], deadline: null }] }, options);
    expect(none.rows[4][3].value).toBe('—');
  });

  it('writes 1904-system serials for a 1904 workbook', () => {
    expect(buildUnitListSheet(list, { ...options, date1904: true }).rows[6][3].value).toBe(44012 - 1462);
  });

  it('names a notice without a number 未编号', () => {
    const unnumbered = buildUnitListSheet({ ...list, items: [{ ...items[0], notices: [{ color: 'red', number: null, issueDate: dateOnly('2020-05-19') }] }] }, options);
    expect(unnumbered.rows[4][5].value).toBe('红 未编号（2020-05-19）');
  });

  it('fills the status cell with the status color', () => {
    const rows = buildUnitListSheet(list, options).rows;
    expect([rows[4][4].style?.fill, rows[5][4].style?.fill]).toEqual(['FFEB9C', undefined]);
  });

  it('unlocks only the four answer cells of each item, pale yellow with borders', () => {
    const model = buildUnitListSheet(list, options);
    const unlocked = model.rows.flatMap((r, i) => r.flatMap((c, j) => (c.style?.locked === false ? [cellAddress(i + 1, j + 1)] : [])));
    expect(unlocked).toEqual(['H5', 'I5', 'J5', 'K5', 'H6', 'I6', 'J6', 'K6', 'H7', 'I7', 'J7', 'K7']);
    expect(model.rows[4].slice(7).map((c) => [c.style?.fill, c.style?.border, c.style?.wrap])).toEqual([
      ['FFF2CC', true, true],
      ['FFF2CC', true, undefined],
      ['FFF2CC', true, true],
      ['FFF2CC', true, true],
    ]);
    expect(model.rows[4][8].style?.numberFormat).toBe('yyyy-mm-dd');
    expect(model.protect).toBe(true);
  });

  it('takes only dates of the given years in 完成时间, item rows only', () => {
    expect(buildUnitListSheet(list, options).dateValidations).toEqual([
      {
        range: { top: 5, left: 9, bottom: 7, right: 9 },
        from: '2019-01-01',
        to: '2020-12-31',
        prompt: { title: '完成时间', message: '已完成的填写完成日期，如 2020-05-20；未完成不填' },
        error: { title: '不是日期', message: '请填写2019年至2020年的日期，如 2020-05-20；未完成不填' },
      },
    ]);
  });

  it('names one year once in the refusal', () => {
    const [validation] = buildUnitListSheet(list, { ...options, earliestYear: 2020 }).dateValidations ?? [];
    expect([validation.from, validation.to, validation.error.message]).toEqual(['2020-01-01', '2020-12-31', '请填写2020年的日期，如 2020-05-20；未完成不填']);
  });

  it("keeps the validation's texts within Excel's limits (title 32, message 255)", () => {
    for (const v of buildUnitListSheet(list, options).dateValidations ?? []) {
      for (const box of [v.prompt, v.error]) {
        expect(box?.title.length).toBeLessThanOrEqual(32);
        expect(box?.message.length).toBeLessThanOrEqual(255);
      }
    }
  });

  it('refuses a span of years that ends before it starts', () => {
    expect(() => buildUnitListSheet(list, { ...options, earliestYear: 2021 })).toThrow(RangeError);
  });

  it("ends with the list's own line, after an empty row, small and grey, merged across the table", () => {
    const model = buildUnitListSheet(list, options);
    expect(model.rows).toHaveLength(9);
    expect(model.rows[7]).toEqual([]);
    const [mark] = model.rows[8];
    expect(parseListMark(String(mark.value))).toEqual({ format: '督办清单1', unit: '县住建局', asOf: '2020-05-20', fingerprint: list.fingerprint });
    expect(mark.style).toEqual({ fontSize: 9, fontColor: '595959', vertical: 'middle' });
    expect(model.merges?.[3]).toEqual({ top: 9, left: 1, bottom: 9, right: 11 });
  });

  it("prints the list's line in a grey that keeps WCAG's 4.5:1 on white paper (595959: 7.0:1)", () => {
    const [mark] = buildUnitListSheet(list, options).rows[8];
    const channel = (hex: string) => {
      const c = parseInt(hex, 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const grey = String(mark.style?.fontColor);
    const luminance = 0.2126 * channel(grey.slice(0, 2)) + 0.7152 * channel(grey.slice(2, 4)) + 0.0722 * channel(grey.slice(4, 6));
    expect((1 + 0.05) / (luminance + 0.05)).toBeCloseTo(7.0, 1);
  });

  it("wraps the list's line under the table when the unit's name is longer than the table is wide", () => {
    const model = buildUnitListSheet({ ...list, unit: '湘阴县'.repeat(40) }, options);
    const [mark] = model.rows[8];
    expect([mark.style?.wrap, model.rowHeights?.[9]]).toEqual([true, rowHeightFor(2, { fontSize: 9 })]);
  });

  it('makes an item row as tall as its tallest cell, and two lines at least, room for an answer', () => {
    // DB-01: two notices on two lines; DB-02: a title of 29 Latin characters (34.8) wraps in 30; 第12行: one line.
    const heights = buildUnitListSheet(list, options).rowHeights ?? {};
    expect([heights[5], heights[6], heights[7]]).toEqual([rowHeightFor(2), rowHeightFor(2), rowHeightFor(2)]);
    const three = { ...list, items: [{ ...list.items[0], notices: [...list.items[0].notices, list.items[0].notices[0]] }] };
    expect(buildUnitListSheet(three, options).rowHeights?.[5]).toBe(rowHeightFor(3));
  });

  it('wraps a long title in a column 30 wide', () => {
    const long = { ...items[2], title: '关于白泥湖片区非法采砂问题的批示，请县自然资源局牵头会同县水利局、县公安局开展联合执法' };
    const model = buildUnitListSheet({ ...list, items: [long] }, options);
    expect(model.columnWidths?.[1]).toBe(30);
    expect(model.rowHeights?.[5]).toBeGreaterThan(rowHeightFor(1));
  });

  it('sizes each column to its content, never narrower than its heading', () => {
    // 事项编号, 督办状态, 逾期天数: their headings (10.5); 事项名称 at most 30; 来源 '县政府常务会议' (16.4);
    // 办理时限 a date (13.7); 已收督办单 its longest notice line (37.7); the answer columns fixed, 完成时间 a date.
    expect(buildUnitListSheet(list, options).columnWidths).toEqual([11, 30, 16.5, 14, 11, 38, 11, 28, 14, 18, 18]);
  });

  it('freezes the rows down to the header and prints the header on every page, landscape, numbered', () => {
    const model = buildUnitListSheet(list, options);
    expect(model.freezeRowsAbove).toBe(5);
    expect(model.font).toEqual({ name: '宋体', family: 3, charset: 134 });
    expect(model.page).toEqual({
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: true,
      margins: { top: 0.6, bottom: 0.7, left: 0.4, right: 0.4, header: 0.3, footer: 0.3 },
      printArea: { top: 1, left: 1, bottom: 9, right: 11 },
      printTitleRows: { first: 4, last: 4 },
      footer: { left: '县住建局督办事项清单', right: '第 &P 页 共 &N 页' },
    });
  });

  it("doubles an '&' in the footer, Excel's code mark", () => {
    expect(buildUnitListSheet({ ...list, unit: 'R&D中心' }, options).page?.footer?.left).toBe('R&&D中心督办事项清单');
  });

  it('builds a list of no items: the header and its own line, no validation', () => {
    const model = buildUnitListSheet({ ...list, items: [], fingerprint: fingerprintItems([]) }, options);
    expect(values(model)[1]).toEqual(['湘阴县人民政府督查室 · 截至2020年5月20日 · 在办事项0项']);
    expect(model.rows).toHaveLength(6);
    expect(model.rows[5][0].value).toMatch(/^清单标识：督办清单1｜县住建局｜2020-05-20｜/);
    expect(model.dateValidations).toEqual([]);
    const read = readUnitReply(snapshot(model));
    expect(read.ok && [read.reply.items, read.reply.rows, read.reply.blank]).toEqual([[], [], 0]);
  });
});

describe('a unit list sent back', () => {
  it("reads back as the list's unit, date, fingerprint and items, with the answers the unit typed", () => {
    const model = buildUnitListSheet(list, options);
    // DB-01 answered in full (the date typed into Excel is a serial: 2020-05-18 is 43969); DB-02 blank; 第12行 progress only.
    const sheet = snapshot(model, { H5: '已完成验收', I5: 43969, J5: '验收报告.pdf', K5: '张三 13800000000', H7: '正在招标' });
    const read = readUnitReply(sheet);
    if (!read.ok) throw new Error(read.message);
    const { reply } = read;
    expect([reply.format, reply.unit, reply.asOf, reply.fingerprint]).toEqual(['督办清单1', '县住建局', '2020-05-20', list.fingerprint]);
    expect(reply.items).toEqual([
      { key: 'DB-01', title: '背街小巷提质改造' },
      { key: 'DB-02', title: '=HYPERLINK("http://evil","x")' },
      { key: '第12行', title: '城区停车场建设' },
    ]);
    expect(fingerprintItems(reply.items)).toBe(list.fingerprint);
    expect(reply.rows).toEqual([
      { row: 5, key: 'DB-01', title: '背街小巷提质改造', progress: '已完成验收', completed: '2020-05-18', evidence: '验收报告.pdf', contact: '张三 13800000000', keyCell: 'A5', completedCell: 'I5' },
      { row: 7, key: '第12行', title: '城区停车场建设', progress: '正在招标', completed: null, evidence: null, contact: null, keyCell: 'A7', completedCell: 'I7' },
    ]);
    expect([reply.blank, reply.problems]).toEqual([1, []]);
  });

  it('reads back from a 1904 workbook', () => {
    const model = buildUnitListSheet(list, { ...options, date1904: true });
    const read = readUnitReply(snapshot(model, { I5: 43969 - 1462 }, true));
    expect(read.ok && read.reply.rows.map((r) => [r.key, r.completed])).toEqual([['DB-01', '2020-05-18']]);
  });

  it('reads back with every line of the long-content list', () => {
    const many = Array.from({ length: 40 }, (_, i): UnitListItem => ({ ...items[0], key: `DB2020-${String(i + 1).padStart(3, '0')}`, title: `${'关于城区背街小巷提质改造'.repeat(6)}${i}` }));
    const long: UnitList = { unit: '湘阴县住房和城乡建设局（县人民防空办公室）', asOf: list.asOf, fingerprint: fingerprintItems(many), items: many };
    const read = readUnitReply(snapshot(buildUnitListSheet(long, options)));
    expect(read.ok && [read.reply.unit, read.reply.fingerprint, read.reply.items.length, read.reply.blank]).toEqual([long.unit, long.fingerprint, 40, 40]);
  });
});
