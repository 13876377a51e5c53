import fc from 'fast-check';
import { createWorkCalendar } from '../../src/core/calendar';
import { columnNumber, type CellValue } from '../../src/core/cells';
import { escalate } from '../../src/core/escalation/escalate';
import { detectLedger } from '../../src/core/ledger/detectLedger';
import { parseLedger } from '../../src/core/ledger/parseLedger';
import type { CellRect, SheetSnapshot } from '../../src/core/ledger/sheetSnapshot';
import type { Problem } from '../../src/core/problems';
import { XIANGYIN_2020 } from '../../src/core/rules';
import { dateOnly } from '../support/dateOnly';

/**
 * Random grids through ledger detection, parsing and escalation: whatever the cells hold, the
 * core reports problems and never throws, and every problem names a cell of the grid (or, for the
 * offer of a 督办编号 column, the free cell right of the header). Deterministic: a fixed seed.
 */

const HEADER_WORDS = [
  '编号', '序号', '督办事项', '交办事项', '责任单位', '牵头单位', '配合单位', '交办时间', '批示时间', '办理时限',
  '完成时限', '完成时间', '办结时间', '办理状态', '事项来源', '延期至', '延期申请日期', '是否批准延期', '备注', '其他',
];

const dateText = fc.oneof(
  fc.tuple(fc.integer({ min: 1890, max: 10_010 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([m, d]) => `${m}月${d}日`),
  fc.integer({ min: 0, max: 13 }).map((m) => `${m}月底前`),
  fc.integer({ min: 0, max: 100_000 }).map((n) => `${n}个工作日`),
  fc.constantFrom('年底前', '年内', '上半年', '长期', '持续推进', '已办结', '退回', '整改中', '是', '否', '同意'),
);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\u200B', '\u0007') },
  { weight: 2, arbitrary: fc.integer({ min: -100_000, max: 100_000_000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3_000_000 }).map((n) => n / 7) },
  { weight: 3, arbitrary: dateText },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HEADER_WORDS, '县住建局、县财政局', '县水利局/县交通局') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40_000 }).map((n) => '长'.repeat(n)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.integer({ min: -3_000_000, max: 3_000_000 }).map((d) => new Date(d * 86_400_000)) },
  { weight: 1, arbitrary: fc.constant(new Date(Number.NaN)) },
);

interface Fixture {
  sheet: SheetSnapshot;
  bounds: CellRect;
}

const fixture: fc.Arbitrary<Fixture> = fc
  .record({
    height: fc.integer({ min: 0, max: 14 }),
    width: fc.integer({ min: 1, max: 9 }),
    origin: fc.record({ row: fc.integer({ min: 1, max: 4 }), col: fc.integer({ min: 1, max: 4 }) }),
    headerAt: fc.integer({ min: 0, max: 8 }),
    // Mostly a header naming the required columns among others, in random order; sometimes none.
    header: fc.oneof(
      { weight: 3, arbitrary: fc.shuffledSubarray(HEADER_WORDS, { maxLength: 6 }).chain((rest) => fc.shuffledSubarray(['督办事项', '责任单位', '交办时间', ...rest], { minLength: 2 + rest.length })) },
      { weight: 1, arbitrary: fc.array(fc.constantFrom(...HEADER_WORDS), { maxLength: 9 }) },
    ),
    cells: fc.array(cell, { minLength: 14 * 9, maxLength: 14 * 9 }),
    merges: fc.array(fc.record({ r: fc.nat(13), c: fc.nat(8), h: fc.nat(3), w: fc.nat(3) }), { maxLength: 4 }),
    formats: fc.array(fc.constantFrom(null, 'General', 'yyyy-mm-dd', '@'), { minLength: 9, maxLength: 9 }),
    date1904: fc.boolean(),
    hidden: fc.array(fc.nat(14), { maxLength: 3 }),
  })
  .map(({ height, width, origin, headerAt, header, cells, merges, formats, date1904, hidden }) => {
    const values: CellValue[][] = [];
    for (let r = 0; r < height; r++) values.push(cells.slice(r * 9, r * 9 + width));
    // The header row, where the grid has one: the words from a random column on.
    if (headerAt < height) header.slice(0, width).forEach((w, i) => (values[headerAt][(i + headerAt) % width] = w));
    const bounds = { top: origin.row, left: origin.col, bottom: origin.row + height - 1, right: origin.col + width - 1 };
    // Merges inside the grid that do not overlap (Excel allows no overlap).
    const taken: CellRect[] = [];
    for (const m of merges) {
      const rect = { top: bounds.top + m.r, left: bounds.left + m.c, bottom: bounds.top + m.r + m.h, right: bounds.left + m.c + m.w };
      if (rect.bottom > bounds.bottom || rect.right > bounds.right) continue;
      if (taken.some((t) => t.top <= rect.bottom && rect.top <= t.bottom && t.left <= rect.right && rect.left <= t.right)) continue;
      taken.push(rect);
    }
    const sheet: SheetSnapshot = {
      name: '台账',
      values,
      numberFormats: values.map((row) => row.map((_, c) => formats[c])),
      origin,
      merges: taken,
      date1904,
      hiddenRows: hidden.map((h) => origin.row + h),
    };
    return { sheet, bounds };
  });

/** Where a problem points, if outside the grid: a message for the failure report, else null. */
function misplaced(p: Problem, bounds: CellRect): string | null {
  if (p.sheet !== undefined && p.sheet !== '台账') return `sheet ${p.sheet}`;
  if (p.row !== undefined && (p.row < bounds.top || p.row > bounds.bottom)) return `row ${p.row}`;
  if (p.cell === undefined) return null;
  const m = /^([A-Z]{1,3})([1-9]\d*)$/.exec(p.cell);
  if (!m) return `cell ${p.cell}`;
  const row = +m[2];
  const col = columnNumber(m[1]);
  // The offer of a 督办编号 column names the free cell right of the header.
  const right = p.code === 'id.missing-column' ? bounds.right + 1 : bounds.right;
  if (row < bounds.top || row > bounds.bottom || col < bounds.left || col > right) return `cell ${p.cell}`;
  return null;
}

describe('ledger reading on random grids', () => {
  it('never throws, and every problem names a cell of the grid', () => {
    const calendar = createWorkCalendar();
    let ledgers = 0;
    fc.assert(
      fc.property(fixture, ({ sheet, bounds }) => {
        const detected = detectLedger(sheet, XIANGYIN_2020);
        const problems = [...detected.problems];
        if (detected.mapping !== null) {
          ledgers++;
          const parsed = parseLedger(sheet, detected.mapping, { rules: XIANGYIN_2020, ledgerYear: 2020 });
          problems.push(...parsed.problems);
          for (const item of parsed.items) expect(item.row >= bounds.top && item.row <= bounds.bottom).toBe(true);
          const escalated = escalate(parsed.items, { asOf: dateOnly('2020-07-01'), rules: XIANGYIN_2020, calendar, sheet: sheet.name });
          problems.push(...escalated.problems);
          expect(escalated.items).toHaveLength(parsed.items.length);
        }
        for (const p of problems) {
          expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
          expect({ code: p.code, cell: p.cell, row: p.row, misplaced: misplaced(p, bounds) }).toEqual({ code: p.code, cell: p.cell, row: p.row, misplaced: null });
        }
      }),
      { seed: 20_200_701, numRuns: 1000 },
    );
    // The generator must reach the parser often enough for the property to mean something.
    expect(ledgers).toBeGreaterThan(300);
  });
});
