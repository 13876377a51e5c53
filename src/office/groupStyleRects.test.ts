import type { CellModel, CellStyle } from '../sheets/sheetModel';
import { groupStyleRects } from './groupStyleRects';

const head: CellStyle = { bold: true, fill: 'D9D9D9', horizontal: 'center', border: true };
const body: CellStyle = { border: true, wrap: true };
const c = (value: string | number | null, style?: CellStyle): CellModel => (style ? { value, style } : { value });

describe('groupStyleRects', () => {
  it('joins equal styles along a row and down the rows that repeat the run', () => {
    const rows: CellModel[][] = [
      [c('单位', head), c('蓝', head), c('黄', head)],
      [c('县水利局', body), c(1, body), c(0, body)],
      [c('县财政局', body), c(2, body), c(1, body)],
      [c('合计', head), c(3, body), c(1, body)],
    ];
    expect(groupStyleRects(rows, 0, 4)).toEqual([
      { rect: { top: 1, left: 1, bottom: 1, right: 3 }, style: head },
      { rect: { top: 2, left: 1, bottom: 3, right: 3 }, style: body },
      { rect: { top: 4, left: 1, bottom: 4, right: 1 }, style: head },
      { rect: { top: 4, left: 2, bottom: 4, right: 3 }, style: body },
    ]);
  });

  it('groups by the written formats only: number formats and values do not split a block', () => {
    const rows: CellModel[][] = [[c(1, { border: true, numberFormat: '0' }), c(0.5, { border: true, numberFormat: '0.0%' })]];
    expect(groupStyleRects(rows, 0, 1)).toEqual([{ rect: { top: 1, left: 1, bottom: 1, right: 2 }, style: { border: true, numberFormat: '0' } }]);
  });

  it('leaves out unstyled cells and styles with nothing to format', () => {
    const rows: CellModel[][] = [[c('a'), c('b', { numberFormat: '@' }), c('c', { bold: false }), c('d', { italic: true })]];
    expect(groupStyleRects(rows, 0, 1)).toEqual([{ rect: { top: 1, left: 4, bottom: 1, right: 4 }, style: { italic: true } }]);
  });

  it('counts an unlocked cell as formatted, and apart from a locked one of the same look', () => {
    const open: CellStyle = { border: true, locked: false };
    const rows: CellModel[][] = [[c('修路', { border: true }), c(null, open), c(null, { locked: false }), c('x', { locked: true })]];
    expect(groupStyleRects(rows, 0, 1)).toEqual([
      { rect: { top: 1, left: 1, bottom: 1, right: 1 }, style: { border: true } },
      { rect: { top: 1, left: 2, bottom: 1, right: 2 }, style: open },
      { rect: { top: 1, left: 3, bottom: 1, right: 3 }, style: { locked: false } },
    ]);
  });

  it('reads only rows [from, to), in sheet coordinates, and copes with ragged rows', () => {
    const rows: CellModel[][] = [[c('x', head)], [c('a', body), c('b', body)], [c('c', body)], [c('d', body), c('e', body)]];
    expect(groupStyleRects(rows, 1, 4)).toEqual([
      { rect: { top: 2, left: 1, bottom: 2, right: 2 }, style: body },
      { rect: { top: 3, left: 1, bottom: 3, right: 1 }, style: body },
      { rect: { top: 4, left: 1, bottom: 4, right: 2 }, style: body },
    ]);
  });

  it('makes one rect of 50,000 identically styled rows', () => {
    const rows: CellModel[][] = Array.from({ length: 50_000 }, (_, i) => [c(i, body), c(`事项${i}`, body)]);
    expect(groupStyleRects(rows, 0, 50_000)).toEqual([{ rect: { top: 1, left: 1, bottom: 50_000, right: 2 }, style: body }]);
  });
});
