import { gridSnapshot } from '../../../test/fixtures-support/gridSnapshot';
import type { CellValue } from '../cells';
import { XIANGYIN_2020, type RuleSet } from '../rules/ruleSet';
import { detectLedger } from './detectLedger';
import type { LedgerItem } from './ledgerItem';
import { parseLedger, type ParseLedgerOptions } from './parseLedger';
import type { SheetSnapshot } from './sheetSnapshot';
import { createUnitDirectory } from './unitDirectory';
import { dateOnly } from '../../../test/support/dateOnly';

const rules = XIANGYIN_2020;

/** Detects the header (which must be found) and parses. */
function read(sheet: SheetSnapshot, options: Partial<ParseLedgerOptions> = {}) {
  const { mapping } = detectLedger(sheet, options.rules ?? rules);
  if (mapping === null) throw new Error('test ledger has no header');
  return parseLedger(sheet, mapping, { rules, ...options });
}

const HEADER = ['编号', '督办事项', '责任单位', '交办时间', '办理时限', '完成时间', '办理状态'];
/** A ledger with the header on row 1 and these data rows from row 2. */
function ledger(rows: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return gridSnapshot([HEADER, ...rows], extra);
}

describe('parseLedger', () => {
  it('reads one row into an item', () => {
    const { items, problems } = read(
      ledger([['DB-01', ' 城区排涝 ', '县水利局', '2020-04-28', '5月10日前', '2020/5/9', '已办结']]),
    );
    expect(problems).toEqual([]);
    expect(items).toEqual<LedgerItem[]>([
      {
        row: 2,
        id: 'DB-01',
        title: '城区排涝',
        source: null,
        units: ['县水利局'],
        coUnits: [],
        leader: null,
        assigned: dateOnly('2020-04-28'),
        deadline: { kind: 'date', date: dateOnly('2020-05-10'), text: '5月10日前' },
        deadlineCell: 'E2',
        completed: dateOnly('2020-05-09'),
        status: '已办结',
        doneByStatus: true,
        rejected: false,
        extension: null,
        remark: null,
      },
    ]);
  });

  it('turns numeric ids into text without a decimal part', () => {
    const { items } = read(
      ledger([
        [1, '甲', '县水利局', '2020-04-28', null, null, null],
        [2.0, '乙', '县水利局', '2020-04-28', null, null, null],
      ]),
    );
    expect(items.map((i) => i.id)).toEqual(['1', '2']);
  });

  it('skips blank rows in between and after, and keeps hidden rows as items', () => {
    const { items, problems } = read(
      ledger(
        [
          ['1', '甲', '县水利局', '2020-04-28', null, null, null],
          [null, null, '  ', null, null, null, null],
          ['2', '乙', '县教育局', '2020-04-29', null, null, null],
          [null, null, null, null, null, null, null],
        ],
        { hiddenRows: [4] },
      ),
    );
    expect(items.map((i) => [i.row, i.title])).toEqual([
      [2, '甲'],
      [4, '乙'],
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a row without a title and does not read it', () => {
    const { items, problems } = read(
      ledger([
        ['1', '甲', '县水利局', '2020-04-28', null, null, null],
        ['2', '  ', '县教育局', '2020-04-29', null, null, null],
      ]),
    );
    expect(items.map((i) => i.row)).toEqual([2]);
    expect(problems).toEqual([
      { severity: 'error', code: 'title.blank', message: '督办事项为空，该行未读取', sheet: 'Sheet1', cell: 'B3', row: 3 },
    ]);
  });

  describe('units', () => {
    it('splits a cell naming several units (、 and full-width ，) and drops repeats', () => {
      const { items } = read(
        ledger([
          ['1', '甲', '县住建局、县财政局', '2020-04-28', null, null, null],
          ['2', '乙', '县自然资源局，县税务局；县住建局 县自然资源局', '2020-04-28', null, null, null],
        ]),
      );
      expect(items.map((i) => i.units)).toEqual([
        ['县住建局', '县财政局'],
        ['县自然资源局', '县税务局', '县住建局'],
      ]);
    });

    it('resolves an alias through the unit register', () => {
      const units = createUnitDirectory([{ name: '县政府办公室', aliases: ['县政府办'] }, { name: '县水利局' }]);
      const { items, problems } = read(ledger([['1', '甲', '县政府办、县水利局', '2020-04-28', null, null, null]]), {
        units,
      });
      expect(items[0].units).toEqual(['县政府办公室', '县水利局']);
      expect(problems).toEqual([]);
    });

    it('reports an unknown unit with its cell and keeps its normalised name', () => {
      const units = createUnitDirectory([{ name: '县水利局' }]);
      const { items, problems } = read(ledger([['1', '甲', '县水利局、县气象局 ', '2020-04-28', null, null, null]]), {
        units,
      });
      expect(items[0].units).toEqual(['县水利局', '县气象局']);
      expect(problems).toEqual([
        { severity: 'warning', code: 'unit.unknown', message: '责任单位"县气象局"不在单位名册中', sheet: 'Sheet1', cell: 'C2', row: 2 },
      ]);
    });

    it('normalises full-width letters in unit names', () => {
      const { items } = read(ledger([['1', '甲', 'ＸＹ公司 ', '2020-04-28', null, null, null]]));
      expect(items[0].units).toEqual(['XY公司']);
    });

    it('reports a blank units cell', () => {
      const { items, problems } = read(ledger([['1', '甲', null, '2020-04-28', null, null, null]]));
      expect(items[0].units).toEqual([]);
      expect(problems).toEqual([
        { severity: 'warning', code: 'unit.blank', message: '责任单位为空', sheet: 'Sheet1', cell: 'C2', row: 2 },
      ]);
    });

    const pairSheet = gridSnapshot([
      ['序号', '督办事项', '牵头单位', '责任单位', '配合单位', '交办时间'],
      [1, '背街小巷改造', '县住建局', '县城管局、县财政局', '县财政局、县住建局、县交警大队', '2020-03-10'],
    ]);

    it('with 牵头单位 and 责任单位, supervises 牵头单位 and counts 责任单位 as co-units', () => {
      const { items } = read(pairSheet);
      expect(items[0].units).toEqual(['县住建局']);
      // 配合单位 too; a unit named twice or already supervised is not repeated.
      expect(items[0].coUnits).toEqual(['县城管局', '县财政局', '县交警大队']);
    });

    it('supervises both columns when the rule set says 牵头单位 is not the only supervised unit', () => {
      const other: RuleSet = { ...rules, ledger: { ...rules.ledger, leadUnitIsSupervised: false } };
      const { items } = read(pairSheet, { rules: other });
      expect(items[0].units).toEqual(['县住建局', '县城管局', '县财政局']);
      expect(items[0].coUnits).toEqual(['县交警大队']);
    });

    it('supervises 牵头单位 when it is the only units column', () => {
      const { items } = read(
        gridSnapshot([
          ['督办事项', '牵头单位', '交办时间'],
          ['防汛', '县水利局', '2020-05-06'],
        ]),
      );
      expect(items[0].units).toEqual(['县水利局']);
      expect(items[0].coUnits).toEqual([]);
    });

    it('reports an unknown co-unit as a warning too', () => {
      const units = createUnitDirectory([{ name: '县住建局' }, { name: '县城管局' }, { name: '县财政局' }, { name: '县交警大队' }]);
      const { problems } = read(
        gridSnapshot([
          ['督办事项', '牵头单位', '配合单位', '交办时间'],
          ['防汛', '县住建局', '县城管局、县气象局', '2020-05-06'],
        ]),
        { units },
      );
      expect(problems).toEqual([
        { severity: 'warning', code: 'unit.unknown', message: '配合单位"县气象局"不在单位名册中', sheet: 'Sheet1', cell: 'C2', row: 2 },
        expect.objectContaining({ code: 'id.missing-column' }),
      ]);
    });

    describe('a cell naming more than 50 units (ledger.maxUnitsPerCell)', () => {
      const names = (n: number) => Array.from({ length: n }, (_, i) => `单位${i + 1}`).join('、');

      it('takes 50 units as a list', () => {
        const { items, problems } = read(ledger([['1', '甲', names(50), '2020-04-28', null, null, null]]));
        expect(items[0].units).toHaveLength(50);
        expect(problems).toEqual([]);
      });

      it('reports 51 or 10000 as an error naming the cell, keeps no unit and marks the column unread', () => {
        const units = createUnitDirectory([{ name: '县住建局' }]);
        const { items, problems } = read(
          ledger([
            ['1', '甲', names(51), '2020-04-28', null, null, null],
            ['2', '乙', '县住建局', '2020-04-28', null, null, null],
            ['3', '丙', names(10000), '2020-04-28', null, null, null],
          ]),
          { units },
        );
        // No unknown-unit warning for each of the names: the cell is one problem.
        expect(problems).toEqual([
          {
            severity: 'error',
            code: 'unit.too-many',
            message: '责任单位列出了 51 个单位，超过每格 50 个的上限（规则设置 ledger.maxUnitsPerCell），该行不参与督办：请核对该单元格',
            sheet: 'Sheet1',
            cell: 'C2',
            row: 2,
          },
          {
            severity: 'error',
            code: 'unit.too-many',
            message: '责任单位列出了 10000 个单位，超过每格 50 个的上限（规则设置 ledger.maxUnitsPerCell），该行不参与督办：请核对该单元格',
            sheet: 'Sheet1',
            cell: 'C4',
            row: 4,
          },
        ]);
        expect(items.map((i) => [i.title, i.units, i.unreadable])).toEqual([
          ['甲', [], ['units']],
          ['乙', ['县住建局'], undefined],
          ['丙', [], ['units']],
        ]);
      });

      it('leaves the whole row without supervised units when a co-unit cell names too many', () => {
        const { items, problems } = read(
          gridSnapshot([
            ['序号', '督办事项', '牵头单位', '配合单位', '交办时间'],
            [1, '防汛', '县水利局', names(60), '2020-05-06'],
          ]),
        );
        expect(problems.map((p) => [p.code, p.cell])).toEqual([['unit.too-many', 'D2']]);
        expect(problems[0].message).toBe('配合单位列出了 60 个单位，超过每格 50 个的上限（规则设置 ledger.maxUnitsPerCell），该行不参与督办：请核对该单元格');
        expect(items[0]).toMatchObject({ units: [], coUnits: [], unreadable: ['coUnits'] });
      });

      it('takes the limit from the rule set', () => {
        const other: RuleSet = { ...rules, ledger: { ...rules.ledger, maxUnitsPerCell: 2 } };
        const { items, problems } = read(ledger([['1', '甲', '县住建局、县财政局、县水利局', '2020-04-28', null, null, null]]), { rules: other });
        expect(items[0].units).toEqual([]);
        expect(problems[0].message).toBe('责任单位列出了 3 个单位，超过每格 2 个的上限（规则设置 ledger.maxUnitsPerCell），该行不参与督办：请核对该单元格');
      });
    });
  });

  describe('dates', () => {
    it('reports an unparseable assigned date with its cell and still returns the item', () => {
      const { items, problems } = read(
        ledger([
          ['1', '甲', '县水利局', '2020-04-28', null, null, null],
          ['2', '乙', '县水利局', '2020-13-45', '2020-06-30', null, null],
        ]),
      );
      expect(problems).toEqual([
        {
          severity: 'error',
          code: 'date.unparseable',
          message: '交办时间无法识别：2020-13-45',
          sheet: 'Sheet1',
          cell: 'D3',
          row: 3,
        },
      ]);
      expect(items[1]).toMatchObject({ row: 3, assigned: null, unreadable: ['assigned'] });
      expect(items[0].unreadable).toBeUndefined();
    });

    it('reports unparseable deadline and completion cells by their column labels', () => {
      const { items, problems } = read(ledger([['1', '甲', '县水利局', '2020-04-28', '尽快', '已经好了', null]]));
      expect(problems.map((p) => [p.cell, p.message])).toEqual([
        ['E2', '办理时限无法识别：尽快'],
        ['F2', '完成时间无法识别：已经好了'],
      ]);
      expect(items[0]).toMatchObject({ deadline: { kind: 'blank' }, completed: null, unreadable: ['deadline', 'completed'] });
    });

    it('gives year-less dates the ledger year or the assigned year', () => {
      const { items } = read(
        ledger([
          ['1', '甲', '县水利局', '3月7日', '3月底前', '3月30日', null],
          ['2', '乙', '县水利局', '2019年12月20日', '1月10日前', '1月5日', null],
        ]),
        { ledgerYear: 2020 },
      );
      expect(items.map((i) => [i.assigned, i.deadline, i.completed])).toEqual([
        ['2020-03-07', { kind: 'date', date: '2020-03-31', text: '3月底前' }, '2020-03-30'],
        // A day that would fall before the assigned date is in the next year.
        ['2019-12-20', { kind: 'date', date: '2020-01-10', text: '1月10日前' }, '2020-01-05'],
      ]);
    });

    it('reads serial numbers in the 1904 date system when the workbook uses it', () => {
      // 43897 is 2020-03-07 in the 1900 system; the 1904 system counts 1462 days fewer.
      const { items } = read(ledger([['1', '甲', '县水利局', 42435, null, null, null]], { date1904: true }));
      expect(items[0].assigned).toBe('2020-03-07');
    });

    it('reads a long-term deadline and a working-days deadline', () => {
      const { items } = read(
        ledger([
          ['1', '甲', '县水利局', '2020-04-28', '长期', null, null],
          ['2', '乙', '县水利局', '2020-04-28', '7个工作日', null, null],
          ['3', '丙', '县水利局', '2020-04-28', null, null, null],
        ]),
      );
      expect(items.map((i) => i.deadline)).toEqual([
        { kind: 'longTerm', text: '长期' },
        { kind: 'workingDays', days: 7, text: '7个工作日' },
        { kind: 'blank' },
      ]);
    });
  });

  describe('plausible dates (SPEC §9)', () => {
    const implausible = (cell: string, row: number, message: string) => ({ severity: 'error', code: 'date.implausible', message, sheet: 'Sheet1', cell, row });

    it('reports a 交办时间 or 完成时间 outside 2000–2099 as an error and leaves the value unread, the item still listed', () => {
      const { items, problems } = read(
        ledger([
          // Serial 1 is 1900-01-01: a date cell whose year was typed wrong.
          ['1', '甲', '县水利局', 1, null, null, null],
          ['2', '乙', '县水利局', '1900-01-01', null, null, null],
          ['3', '丙', '县水利局', '2020-04-28', null, '9999-12-31', null],
          ['4', '丁', '县水利局', '2000-01-01', null, '2099-12-31', null],
        ]),
      );
      expect(problems).toEqual([
        implausible('D2', 2, '交办时间不合理：1900-01-01（应在2000年至2099年之间）'),
        implausible('D3', 3, '交办时间不合理：1900-01-01（应在2000年至2099年之间）'),
        implausible('F4', 4, '完成时间不合理：9999-12-31（应在2000年至2099年之间）'),
      ]);
      expect(items.map((i) => [i.title, i.assigned, i.completed, i.unreadable])).toEqual([
        ['甲', null, null, ['assigned']],
        ['乙', null, null, ['assigned']],
        ['丙', '2020-04-28', null, ['completed']],
        // The bounds themselves are plausible.
        ['丁', '2000-01-01', '2099-12-31', undefined],
      ]);
    });

    it('takes the bounds from the rule set', () => {
      const wide: RuleSet = { ...rules, ledger: { ...rules.ledger, earliestYear: 1990, latestYear: 2030 } };
      const { items, problems } = read(ledger([['1', '甲', '县水利局', '1995-03-07', null, '2031-01-01', null]]), { rules: wide });
      expect(problems).toEqual([implausible('F2', 2, '完成时间不合理：2031-01-01（应在1990年至2030年之间）')]);
      expect(items[0]).toMatchObject({ assigned: '1995-03-07', completed: null, unreadable: ['completed'] });
    });

    it('reports an implausible 延期申请日期 and 延期至', () => {
      const { items, problems } = read(
        gridSnapshot([
          ['编号', '督办事项', '责任单位', '交办时间', '延期至', '延期申请日期'],
          ['1', '甲', '县水利局', '2020-04-28', '2020-05-31', '1920-05-08'],
          ['2', '乙', '县水利局', '2020-04-28', '2200-05-31', '2020-05-08'],
        ]),
      );
      expect(problems).toEqual([
        implausible('F2', 2, '延期申请日期不合理：1920-05-08（应在2000年至2099年之间）'),
        implausible('E3', 3, '延期至不合理：2200-05-31（应在2000年至2099年之间）'),
      ]);
      expect(items.map((i) => [i.extension?.appliedOn, i.extension?.until, i.unreadable])).toEqual([
        [null, '2020-05-31', ['extensionAppliedOn']],
        [undefined, undefined, ['extendedTo']],
      ]);
    });

    it('reports a deadline far outside the bounds as an error, so the source default does not stand in', () => {
      const { items, problems } = read(ledger([['1', '甲', '县水利局', '2020-04-28', '2200-01-01', null, null]]));
      expect(problems).toEqual([implausible('E2', 2, '办理时限不合理：2200-01-01（应在2000年至2099年之间）')]);
      expect(items[0]).toMatchObject({ deadline: { kind: 'blank' }, unreadable: ['deadline'] });
    });

    it.each([
      ['9999-12-31', '办理时限“9999-12-31”不是实际日期，按长期事项处理'],
      ['9999/12/31', '办理时限“9999/12/31”不是实际日期，按长期事项处理'],
      ['9999年12月31日前', '办理时限“9999年12月31日前”不是实际日期，按长期事项处理'],
      [2958465, '办理时限“9999-12-31”不是实际日期，按长期事项处理'],
    ])('reads the placeholder deadline %p as 长期, with a warning', (cell, message) => {
      const { items, problems } = read(ledger([['1', '甲', '县水利局', '2020-04-28', cell, null, null]]));
      expect(problems).toEqual([{ severity: 'warning', code: 'deadline.placeholder', message, sheet: 'Sheet1', cell: 'E2', row: 2 }]);
      expect(items[0].deadline).toMatchObject({ kind: 'longTerm', placeholder: true });
      expect(items[0].unreadable).toBeUndefined();
    });

    it('warns of a written deadline before the assigned date, naming both cells, and keeps it', () => {
      const { items, problems } = read(
        gridSnapshot([
          ['编号', '督办事项', '责任单位', '交办时间', '办理时限'],
          ['1', '甲', '县水利局', '2020-03-07', '2020-03-01'],
          ['2', '乙', '县水利局', '2020-03-07', '2020-03-07'],
        ]),
      );
      expect(problems).toEqual([
        {
          severity: 'warning',
          code: 'deadline.before-assigned',
          message: '办理时限 2020-03-01 早于交办时间（D2：2020-03-07）',
          sheet: 'Sheet1',
          cell: 'E2',
          row: 2,
        },
      ]);
      expect(items.map((i) => i.deadline)).toEqual([
        { kind: 'date', date: '2020-03-01', text: '2020-03-01' },
        { kind: 'date', date: '2020-03-07', text: '2020-03-07' },
      ]);
    });

    it('reads date-time cells as their day', () => {
      // 2020-05-18 17:30 is serial 43969.7291…; text forms with a time, too.
      const { items, problems } = read(
        ledger([
          ['1', '甲', '县水利局', 43949 + 0.5, '2020年5月11日17时', 43969 + 17.5 / 24, null],
          ['2', '乙', '县水利局', '2020/4/28 下午6:00', '2020-05-11 23:59', '2020年5月18日 17:30', null],
        ]),
      );
      expect(problems).toEqual([]);
      expect(items.map((i) => [i.assigned, i.deadline.kind === 'date' && i.deadline.date, i.completed])).toEqual([
        ['2020-04-28', '2020-05-11', '2020-05-18'],
        ['2020-04-28', '2020-05-11', '2020-05-18'],
      ]);
    });
  });

  describe('status', () => {
    it('counts 退回 as not done even with a completion date', () => {
      const { items } = read(ledger([['1', '甲', '县水利局', '2020-04-28', null, '2020-05-09', '退回']]));
      expect(items[0]).toMatchObject({ completed: '2020-05-09', status: '退回', doneByStatus: false, rejected: true });
    });

    it('does not read 未完成 as done', () => {
      const { items } = read(
        ledger([
          ['1', '甲', '县水利局', '2020-04-28', null, null, '未完成'],
          ['2', '乙', '县水利局', '2020-04-28', null, null, '完成'],
        ]),
      );
      expect(items.map((i) => [i.doneByStatus, i.rejected])).toEqual([
        [false, false],
        [true, false],
      ]);
    });
  });

  describe('extension', () => {
    const header = ['编号', '督办事项', '责任单位', '交办时间', '办理时限', '延期至', '延期申请日期', '延期批准人', '是否批准'];

    it('reads 延期至 with its application date, approver and approval', () => {
      const { items, problems } = read(
        gridSnapshot([
          header,
          ['1', '甲', '县水利局', '2020-04-28', '2020-05-11', '2020-05-31', '2020-05-08', '常务副县长', '是'],
          ['2', '乙', '县水利局', '2020-04-28', '2020-05-11', '6月底前', '5月9日', null, '不同意'],
          ['3', '丙', '县水利局', '2020-04-28', '2020-05-11', null, '2020-05-08', null, null],
        ]),
      );
      expect(problems).toEqual([]);
      expect(items.map((i) => i.extension)).toEqual([
        { until: '2020-05-31', appliedOn: '2020-05-08', appliedOnCell: 'G2', approver: '常务副县长', approved: true, cell: 'F2' },
        { until: '2020-06-30', appliedOn: '2020-05-09', appliedOnCell: 'G3', approver: null, approved: false, cell: 'F3' },
        null,
      ]);
    });

    it('counts a filled 延期至 as approved when the ledger has no approval column', () => {
      const { items } = read(
        gridSnapshot([
          ['督办事项', '责任单位', '交办时间', '批准延期至'],
          ['甲', '县水利局', '2020-04-28', '2020-05-31'],
        ]),
      );
      expect(items[0].extension).toEqual({ until: '2020-05-31', appliedOn: null, appliedOnCell: null, approver: null, approved: true, cell: 'D2' });
    });

    it('reports an unreadable 延期至', () => {
      const { items, problems } = read(
        gridSnapshot([
          ['督办事项', '责任单位', '交办时间', '延期至'],
          ['甲', '县水利局', '2020-04-28', '待定'],
        ]),
      );
      expect(items[0]).toMatchObject({ extension: null, unreadable: ['extendedTo'] });
      expect(problems[0]).toMatchObject({ code: 'date.unparseable', cell: 'D2', message: '延期至无法识别：待定' });
    });
  });

  describe('ids', () => {
    it('reports blank and duplicate ids row by row', () => {
      const { problems } = read(
        ledger([
          ['DB-1', '甲', '县水利局', '2020-04-28', null, null, null],
          [null, '乙', '县水利局', '2020-04-28', null, null, null],
          ['DB-1', '丙', '县水利局', '2020-04-28', null, null, null],
          ['DB-1', '丁', '县水利局', '2020-04-28', null, null, null],
        ]),
      );
      expect(problems).toEqual([
        { severity: 'warning', code: 'id.blank', message: '督办编号为空', sheet: 'Sheet1', cell: 'A3', row: 3 },
        { severity: 'error', code: 'id.duplicate', message: '督办编号重复：DB-1（与第2行相同）', sheet: 'Sheet1', cell: 'A4', row: 4 },
        { severity: 'error', code: 'id.duplicate', message: '督办编号重复：DB-1（与第2行相同）', sheet: 'Sheet1', cell: 'A5', row: 5 },
      ]);
    });

    it('offers a 督办编号 column at the right edge when the ledger has no id column', () => {
      const { items, problems } = read(
        gridSnapshot([
          ['2020年县长批示件督办台账', null, null, null],
          ['督办事项', '责任单位', '交办时间', '备注'],
          ['甲', '县水利局', '2020-04-28', null],
        ]),
      );
      expect(items[0].id).toBeNull();
      expect(problems).toEqual([
        {
          severity: 'warning',
          code: 'id.missing-column',
          message: '台账没有编号列，督办单和登记需要稳定的编号：可在表头右侧（E2）添加"督办编号"列',
          sheet: 'Sheet1',
          cell: 'E2',
          row: 2,
        },
      ]);
    });
  });

  describe('merged cells in the data', () => {
    it('gives a cell merged down several rows to each row, and skips a section row', () => {
      const sheet = gridSnapshot(
        [
          ['编号', '督办事项', '责任单位', '交办时间'],
          ['一、防汛抗旱', null, null, null],
          ['1', '堤防巡查', '县水利局', '2020-05-06'],
          ['2', '水库除险', null, null],
          ['3', '抗旱水源', '县农业农村局', '2020-05-07'],
        ],
        {
          merges: [
            { top: 2, left: 1, bottom: 2, right: 4 },
            { top: 3, left: 3, bottom: 4, right: 3 },
            { top: 3, left: 4, bottom: 4, right: 4 },
          ],
        },
      );
      const { items, problems } = read(sheet);
      expect(items.map((i) => [i.row, i.units, i.assigned])).toEqual([
        [3, ['县水利局'], '2020-05-06'],
        [4, ['县水利局'], '2020-05-06'],
        [5, ['县农业农村局'], '2020-05-07'],
      ]);
      expect(problems).toEqual([]);
    });

    it('names the merge top-left cell in a problem about a merged value', () => {
      const sheet = gridSnapshot(
        [
          ['督办事项', '责任单位', '交办时间'],
          ['甲', '县水利局', '2020-02-30'],
          ['乙', '县水利局', null],
        ],
        { merges: [{ top: 2, left: 3, bottom: 3, right: 3 }] },
      );
      const { problems } = read(sheet);
      expect(problems.filter((p) => p.code === 'date.unparseable').map((p) => [p.row, p.cell])).toEqual([
        [2, 'C2'],
        [3, 'C2'],
      ]);
    });
  });

  it('reads the other columns as trimmed text', () => {
    const { items } = read(
      gridSnapshot([
        ['督办事项', '事项来源', '责任单位', '责任领导', '交办时间', '备注'],
        ['甲', ' 县长批示 ', '县水利局', '副县长甲', '2020-04-28', ' 方案不完善 '],
      ]),
    );
    expect(items[0]).toMatchObject({ source: '县长批示', leader: '副县长甲', remark: '方案不完善', deadlineCell: null });
  });

});
