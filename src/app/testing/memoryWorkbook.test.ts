import type { SheetSnapshot } from '../../core/ledger/sheetSnapshot';
import { dateOnly } from '../../../test/support/dateOnly';
import type { SheetModel } from '../../sheets/sheetModel';
import { MemoryWorkbook } from './memoryWorkbook';

const model = (name: string, ...rows: string[][]): SheetModel => ({ name, rows: rows.map((r) => r.map((value) => ({ value }))) });

describe('MemoryWorkbook', () => {
  it('lists sheets in tab order with their visibility, and reads their used range from A1', async () => {
    const port = new MemoryWorkbook({ 说明: [['说明文字', null, '']], 台账: [['a'], [null], []] }, ['说明']);
    expect(await port.listSheets()).toEqual([
      { name: '说明', visible: false },
      { name: '台账', visible: true },
    ]);
    const [note, ledger] = await port.readSheets(['说明', '台账']);
    expect([note.values, ledger.values, ledger.origin]).toEqual([[['说明文字']], [['a']], { row: 1, col: 1 }]);
    await expect(port.readSheets(['无此表'])).rejects.toThrow('工作表「无此表」不存在');
  });

  it('adds sheets under unique names and keeps their model', async () => {
    const port = new MemoryWorkbook({ 单位得分: [] });
    expect(await port.addSheet(model('单位得分', ['单位']))).toBe('单位得分 (2)');
    expect(port.values('单位得分 (2)')).toEqual([['单位']]);
    expect(port.model('单位得分 (2)')?.name).toBe('单位得分');
  });

  it('appends rows made from the sheet as it stands, creating it first when absent; a function giving no rows writes nothing', async () => {
    const port = new MemoryWorkbook({});
    const seen: Array<SheetSnapshot | null> = [];
    const create = model('登记', ['编号']);
    await port.appendRows('登记', (current) => (seen.push(current), []), create);
    expect(await port.listSheets()).toEqual([]);
    await port.appendRows('登记', () => [[{ value: '1号' }]], create);
    await port.appendRows('登记', (current) => (seen.push(current), [[{ value: `${current?.values.length ?? 0}号` }]]), create);
    expect(seen.map((s) => s?.values ?? null)).toEqual([null, [['编号'], ['1号']]]);
    expect(port.values('登记')).toEqual([['编号'], ['1号'], ['2号']]);
  });

  it('fills empty cells with the dates\' serials, marked, and leaves the others alone', async () => {
    const port = new MemoryWorkbook({ 台账: [['事项', '完成时间'], ['修路', null], ['修桥', 43900], ['清淤', '  ']] });
    const written = await port.fillEmptyCells(
      '台账',
      [
        { row: 2, col: 2, date: dateOnly('2020-06-01') },
        { row: 3, col: 2, date: dateOnly('2020-06-02') },
        { row: 4, col: 2, date: dateOnly('2020-06-03') },
        { row: 5, col: 2, date: dateOnly('2020-06-04') },
        { row: 2, col: 2, date: dateOnly('2020-07-01') },
      ],
      'E2EFDA',
    );
    expect(written).toEqual([
      { row: 2, col: 2 },
      { row: 4, col: 2 },
      { row: 5, col: 2 },
    ]);
    expect(port.values('台账')).toEqual([['事项', '完成时间'], ['修路', 43983], ['修桥', 43900], ['清淤', 43985], [null, 43986]]);
    expect(port.marked('台账')).toEqual([
      { row: 2, col: 2, mark: 'E2EFDA' },
      { row: 4, col: 2, mark: 'E2EFDA' },
      { row: 5, col: 2, mark: 'E2EFDA' },
    ]);
    await expect(port.fillEmptyCells('台账', [], 'green')).rejects.toThrow('颜色值无效：「green」（应为 6 位十六进制 RRGGBB）');
    expect(port.calls).toEqual(['fillEmptyCells', 'fillEmptyCells']);
  });

  it('sets single cells and records every call', async () => {
    const port = new MemoryWorkbook({ 登记: [['编号', '状态'], ['1号', '有效']] });
    await port.setCells('登记', [{ row: 2, col: 2, value: '作废' }]);
    expect(port.values('登记')).toEqual([['编号', '状态'], ['1号', '作废']]);
    expect(port.calls).toEqual(['setCells']);
  });
});
