import { gridSnapshot } from '../../../test/fixtures-support/gridSnapshot';
import { checkIds } from './checkIds';
import type { ColumnMapping } from './detectLedger';
import type { LedgerItem } from './ledgerItem';
import { dateOnly } from '../../../test/support/dateOnly';

const sheet = gridSnapshot([], { name: '台账' });

function item(row: number, id: string | null): LedgerItem {
  return {
    row,
    id,
    title: `事项${row}`,
    source: null,
    units: ['县水利局'],
    coUnits: [],
    leader: null,
    assigned: dateOnly('2020-03-07'),
    deadline: { kind: 'blank' },
    deadlineCell: null,
    completed: null,
    status: null,
    doneByStatus: false,
    rejected: false,
    extension: null,
    remark: null,
  };
}

const withId: ColumnMapping = {
  headerRows: [2],
  firstDataRow: 3,
  lastDataRow: 9,
  columns: { title: 1, units: 2, assigned: 3, id: 4 },
  headers: [],
};

describe('checkIds', () => {
  it('reports nothing for distinct ids', () => {
    expect(checkIds(sheet, withId, [item(3, 'A'), item(4, 'B')])).toEqual([]);
  });

  it('reports each blank id and each repeat, naming the first row with that id', () => {
    expect(checkIds(sheet, withId, [item(3, 'A'), item(4, null), item(6, 'A'), item(7, 'B'), item(9, 'B')])).toEqual([
      { severity: 'warning', code: 'id.blank', message: '督办编号为空', sheet: '台账', cell: 'D4', row: 4 },
      { severity: 'error', code: 'id.duplicate', message: '督办编号重复：A（与第3行相同）', sheet: '台账', cell: 'D6', row: 6 },
      { severity: 'error', code: 'id.duplicate', message: '督办编号重复：B（与第7行相同）', sheet: '台账', cell: 'D9', row: 9 },
    ]);
  });

  it('offers one 督办编号 column right of the last header when there is no id column', () => {
    const noId: ColumnMapping = {
      headerRows: [2, 3],
      firstDataRow: 4,
      lastDataRow: 5,
      columns: { title: 1, units: 2, assigned: 3 },
      headers: [
        { col: 1, text: '督办事项' },
        { col: 2, text: '责任单位' },
        { col: 3, text: '交办时间' },
        { col: 26, text: '说明' },
      ],
    };
    expect(checkIds(sheet, noId, [item(4, null), item(5, null)])).toEqual([
      {
        severity: 'warning',
        code: 'id.missing-column',
        message: '台账没有编号列，督办单和登记需要稳定的编号：可在表头右侧（AA2）添加"督办编号"列',
        sheet: '台账',
        cell: 'AA2',
        row: 2,
      },
    ]);
  });
});
