import { toSheetSnapshot } from './toSheetSnapshot';

describe('toSheetSnapshot', () => {
  it('drops values under a merge but its top-left, and lists hidden rows that hold values', () => {
    const snapshot = toSheetSnapshot({
      name: '台账',
      // the used range B2:C5; C3 is inside the merge B3:C3, row 4 is empty, rows 4 and 5 hidden
      used: [{
        values: [
          ['督办事项', '责任单位'],
          ['修路', '残留'],
          ['', ''],
          ['清淤', '县水利局'],
        ],
        numberFormat: [
          ['@', 'General'],
          ['General', 'General'],
          ['General', 'General'],
          ['General', '0.0'],
        ],
        rowIndex: 1,
        columnIndex: 1,
      }],
      merges: [{ top: 3, left: 2, bottom: 3, right: 3 }],
      tables: [],
      visible: [
        { top: 1, left: 1, bottom: 3, right: 16_384 },
        { top: 6, left: 1, bottom: 1_048_576, right: 16_384 },
      ],
      date1904: false,
    });
    expect(snapshot).toEqual({
      name: '台账',
      values: [
        ['督办事项', '责任单位'],
        ['修路', null],
        [null, null],
        ['清淤', '县水利局'],
      ],
      numberFormats: [
        ['@', null],
        [null, null],
        [null, null],
        [null, '0.0'],
      ],
      origin: { row: 2, col: 2 },
      merges: [{ top: 3, left: 2, bottom: 3, right: 3 }],
      tables: [],
      date1904: false,
      hiddenRows: [5],
    });
  });

  it('widens the box to a table reaching past the values', () => {
    const snapshot = toSheetSnapshot({
      name: '表',
      used: [{ values: [['序号']], numberFormat: [['General']], rowIndex: 0, columnIndex: 0 }],
      merges: [],
      tables: [{ name: '表1', headerRow: true, top: 1, left: 1, bottom: 3, right: 2 }],
      visible: null,
      date1904: true,
    });
    expect(snapshot.values).toEqual([
      ['序号', null],
      [null, null],
      [null, null],
    ]);
    expect(snapshot.origin).toEqual({ row: 1, col: 1 });
    expect(snapshot.date1904).toBe(true);
  });
});
