import { fail, ok, type Parsed } from '../core/dates';
import { errorCellValueInput, errorInput } from '../../test/functions/excelInputs';
import { mapCells, type CellArgs } from './mapCells';

/** Sum of numeric cells; a text cell fails with its text. */
const sum = (cells: CellArgs): Parsed<number> => {
  let total = 0;
  for (const c of cells) {
    if (typeof c !== 'number') return fail(`不是数字：${String(c)}`);
    total += c;
  }
  return ok(total);
};
const err = (reason: string) => ({ error: reason });

describe('mapCells', () => {
  it('gives a 1×1 result for single values, as Excel passes them ([[x]]) or plain', () => {
    expect(mapCells([[[1]], [[2]]], sum, err)).toEqual([[3]]);
    expect(mapCells([1, 2], sum, err)).toEqual([[3]]);
  });

  it('combines ranges of the same shape cell by cell', () => {
    expect(mapCells([[[1], [2], [3]], [[10], [20], [30]]], sum, err)).toEqual([[11], [22], [33]]);
    expect(mapCells([[[1, 2], [3, 4]], [[10, 20], [30, 40]]], sum, err)).toEqual([
      [11, 22],
      [33, 44],
    ]);
  });

  it('repeats a single value, a row or a column along the other arguments', () => {
    expect(mapCells([[[1], [2], [3]], [[100]]], sum, err)).toEqual([[101], [102], [103]]);
    // A 2×1 column and a 1×3 row make a 2×3 table, as in Excel's array arithmetic.
    expect(mapCells([[[1], [2]], [[10, 20, 30]]], sum, err)).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });

  it('puts a failing cell’s error in that cell only', () => {
    expect(mapCells([[[1], ['x'], [3]], [[1]]], sum, err)).toEqual([[2], [{ error: '不是数字：x' }], [4]]);
  });

  it('reads an omitted optional argument (null) as one empty cell', () => {
    const count = (cells: CellArgs) => ok(cells.filter((c) => c === null).length);
    expect(mapCells([[[1], [2]], null, undefined], count, err)).toEqual([[2], [2]]);
  });

  it('refuses ranges whose sizes do not match, naming them', () => {
    expect(mapCells([[[1], [2], [3]], [[1], [2]]], sum, err)).toEqual([
      [{ error: '参数区域的大小不一致（3行1列、2行1列），请使用相同大小的区域或单个值' }],
    ]);
    expect(mapCells([[[1, 2, 3]], [[1, 2]]], sum, err)).toEqual([
      [{ error: '参数区域的大小不一致（1行3列、1行2列），请使用相同大小的区域或单个值' }],
    ]);
  });

  it('refuses a ragged or empty matrix', () => {
    expect(mapCells([[[1, 2], [3]]], sum, err)).toEqual([[{ error: '第1个参数不是规整的区域' }]]);
    expect(mapCells([[1], []], sum, err)).toEqual([[{ error: '第2个参数不是规整的区域' }]]);
  });

  it('turns an exception inside one cell into that cell’s error', () => {
    const boom = (cells: CellArgs): Parsed<number> => {
      if (cells[0] === 2) throw new Error('boom');
      return ok(0);
    };
    expect(mapCells([[[1], [2]]], boom, err)).toEqual([[0], [{ error: '计算出错：boom' }]]);
  });

  it('gives a cell whose argument holds an error value that reason, without evaluating it', () => {
    const seen: unknown[] = [];
    const record = (cells: CellArgs) => {
      seen.push(cells[0]);
      return sum(cells);
    };
    const a = [[1], [errorInput('#N/A')], [3]];
    expect(mapCells([a, [[10]]], record, err, ['甲', '乙'])).toEqual([[11], [{ error: '甲为错误值 #N/A' }], [13]]);
    expect(seen).toEqual([1, 3]);
    // The first argument in order with an error names the cell; unnamed arguments go by position.
    const b = [[errorInput('#DIV/0!')], [2], [errorCellValueInput('#NUM!', 'Num')]];
    expect(mapCells([a, b], sum, err, ['甲'])).toEqual([
      [{ error: '第2个参数为错误值 #DIV/0!' }],
      [{ error: '甲为错误值 #N/A' }],
      [{ error: '第2个参数为错误值 #NUM!' }],
    ]);
  });

  it('passes on the reason an error value carries', () => {
    const ours = { code: '#VALUE!', message: '办理时限：缺少年份' };
    expect(mapCells([[[1], [ours]]], sum, err, ['时限'])).toEqual([[1], [{ error: '时限有误：办理时限：缺少年份' }]]);
  });

  it('gives one error when a single-value argument is an error value', () => {
    expect(mapCells([[[1], [2], [3]], [[errorInput('#N/A')]]], sum, err, ['甲', '乙'])).toEqual([[{ error: '乙为错误值 #N/A' }]]);
    expect(mapCells([[[1, 2]], errorInput('#REF!')], sum, err, ['甲', '乙'])).toEqual([[{ error: '乙为错误值 #REF!' }]]);
  });

  it('reads a text cell that looks like an error code as text', () => {
    expect(mapCells([[[1], ['#N/A']]], sum, err, ['甲'])).toEqual([[1], [{ error: '不是数字：#N/A' }]]);
  });

  it('evaluates each distinct tuple of cell values once', () => {
    const seen: unknown[] = [];
    const record = (cells: CellArgs) => {
      seen.push(cells.join('|'));
      return ok(1);
    };
    // 7 and '7' are different cells (a number and a text).
    mapCells([[[1], [1], [2], [1], [7], ['7']], [[5]]], record, err);
    expect(seen).toEqual(['1|5', '2|5', '7|5', '7|5']);
  });
});
