import type { SheetSnapshot } from './sheetSnapshot';
import { createHasher, snapshotFingerprint } from './snapshotFingerprint';

/** The SPEC example's first rows as a fresh object each time (as every re-read gives). */
function ledger(): SheetSnapshot {
  return {
    name: '督办台账',
    origin: { row: 1, col: 1 },
    values: [
      ['2020年县长批示件督办台账', null, null, null, null],
      ['序号', '督办事项', '事项来源', '责任单位', '交办时间'],
      [1, '推进县城污水管网改造', '县长批示', '县住建局、县发改局', 43949],
      [2, '落实春耕生产资金', '县长批示', '县财政局', 43949],
    ],
    numberFormats: [
      [null, null, null, null, null],
      [null, null, null, null, null],
      ['General', 'General', 'General', 'General', 'yyyy-mm-dd'],
      ['General', 'General', 'General', 'General', 'yyyy-mm-dd'],
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 5 }],
  };
}

const edited = (change: (s: SheetSnapshot) => void) => {
  const s = ledger();
  change(s);
  return snapshotFingerprint(s);
};

describe('snapshotFingerprint', () => {
  it('is the same for two reads of an unchanged sheet', () => {
    expect(snapshotFingerprint(ledger())).toBe(snapshotFingerprint(ledger()));
  });

  it('changes when one cell is edited', () => {
    const before = snapshotFingerprint(ledger());
    expect(edited((s) => (s.values[3][3] = '县农业农村局'))).not.toBe(before);
    // A completion date typed into an empty cell at the right edge of the read.
    expect(edited((s) => s.values[3].push(43965))).not.toBe(before);
  });

  it('changes when a row is added below the ledger', () => {
    const before = snapshotFingerprint(ledger());
    expect(edited((s) => s.values.push([3, '优化营商环境', '会议交办', '县政务服务中心', 43949]))).not.toBe(before);
  });

  it('tells the text "1" from the number 1, and a value moved to the next cell or row', () => {
    const before = snapshotFingerprint(ledger());
    expect(edited((s) => (s.values[2][0] = '1'))).not.toBe(before);
    expect(edited((s) => (s.values[1] = ['序号督办事项', '', '事项来源', '责任单位', '交办时间']))).not.toBe(before);
    // The same cells wrapped into other rows.
    expect(edited((s) => (s.values = [s.values.flat()]))).not.toBe(before);
  });

  it('takes an emptied cell ("" as Excel reads it) for an empty one', () => {
    expect(edited((s) => (s.values[0][1] = ''))).toBe(snapshotFingerprint(ledger()));
  });

  it('changes with a number format (a serial that starts reading as a date), a merge, the origin or the sheet name', () => {
    const before = snapshotFingerprint(ledger());
    expect(edited((s) => (s.numberFormats![3][4] = 'General'))).not.toBe(before);
    expect(edited((s) => (s.merges = []))).not.toBe(before);
    expect(edited((s) => (s.origin = { row: 2, col: 1 }))).not.toBe(before);
    expect(edited((s) => (s.name = '督办台账(2)'))).not.toBe(before);
    expect(edited((s) => (s.hiddenRows = [4]))).not.toBe(before);
  });

  it('tells dates apart by their instant', () => {
    const at = (d: Date) => edited((s) => (s.values[2][4] = d));
    expect(at(new Date(Date.UTC(2020, 3, 28)))).toBe(at(new Date(Date.UTC(2020, 3, 28))));
    expect(at(new Date(Date.UTC(2020, 3, 28)))).not.toBe(at(new Date(Date.UTC(2020, 3, 29))));
  });

  it('does not change the snapshot it reads', () => {
    const s = ledger();
    snapshotFingerprint(s);
    expect(s).toEqual(ledger());
  });
});

describe('createHasher', () => {
  it('keeps the pieces apart: ["ab", "c"] is not ["a", "bc"]', () => {
    expect(createHasher().add('ab').add('c').digest()).not.toBe(createHasher().add('a').add('bc').digest());
    expect(createHasher().add('督办').digest()).toBe(createHasher().add('督办').digest());
  });
});
