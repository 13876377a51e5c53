import { readTable, cellText } from './readTable';
import type { SheetSnapshot } from '../ledger/sheetSnapshot';

const sheet = (values: SheetSnapshot['values'], origin = { row: 1, col: 1 }): SheetSnapshot => ({ name: '单位名册', values, origin });

describe('readTable', () => {
  const spec = { name: ['单位名称', '单位'], head: ['主要负责人'], phone: ['联系电话', '电话'] };

  it('finds the header under a title row and reads rows by column key, skipping blank rows', () => {
    const t = readTable(
      sheet(
        [
          ['2020年单位名册', null, null],
          ['单位 名称', '主要\n负责人', '电话'],
          ['县住建局', '张三', 13800000000],
          [null, null, null],
          ['县财政局', '李四', null],
        ],
        { row: 2, col: 2 },
      ),
      spec,
    );
    expect(t?.headerRow).toBe(3);
    expect(t?.columns).toEqual({ name: 2, head: 3, phone: 4 });
    expect(t?.rows.map((r) => [r.row, r.get('name'), r.get('head'), r.cell('phone')])).toEqual([
      [4, '县住建局', '张三', 'D4'],
      [6, '县财政局', '李四', 'D6'],
    ]);
  });

  it('returns null when no row names enough columns', () => {
    expect(readTable(sheet([['名单'], ['县住建局']]), spec)).toBeNull();
  });

  it('gives null for a column the sheet lacks', () => {
    const t = readTable(sheet([['单位', '主要负责人'], ['县教育局', '王五']]), spec);
    expect(t?.rows[0].get('phone')).toBeNull();
    expect(t?.rows[0].cell('phone')).toBe('A2');
  });
});

describe('cellText', () => {
  it('trims text and prints numbers plainly', () => {
    expect(cellText('  县住建局 ')).toBe('县住建局');
    expect(cellText(12)).toBe('12');
    expect(cellText(null)).toBe('');
  });
});
