import type { ColumnMapping } from '../core/ledger/detectLedger';
import type { SheetSnapshot } from '../core/ledger/sheetSnapshot';
import { buildLedgerDecoration, findStatusColumn, isOwnStatusRule, ownStatusColumn, statusHeaderAddress, STATUS_COLORS } from './ledgerDecoration';

describe('isOwnStatusRule', () => {
  it.each([
    ['=$L5="红"', 12, true],
    ['=$L3="蓝"', 12, true],
    ['$L5="黄"', 12, true], // as the xlsx file stores it, without '='
    ['=$L5="临期"', 12, true],
    ['=$AB10="黄"', 28, true],
    ['=$L5="红"', 11, false], // another column's rule (e.g. before a column was inserted)
    ['=$L5="绿"', 12, false],
    ['=$L5="红"+0', 12, false],
    ['=L5="红"', 12, false], // not anchored on the column: the user's
    ['=$L$5="红"', 12, false],
    ['=AND($L5="红",$A5<>"")', 12, false],
    ['=$L5="红" & "黄"', 12, false],
    ['', 12, false],
  ])('%s on column %i → %s', (formula, column, own) => {
    expect(isOwnStatusRule(formula, column)).toBe(own);
  });

  it('is false for a rule with no formula', () => {
    expect(isOwnStatusRule(null, 12)).toBe(false);
    expect(isOwnStatusRule(undefined, 12)).toBe(false);
  });

  it('recognises every rule buildLedgerDecoration writes, and only on its column', () => {
    const sheet: SheetSnapshot = {
      name: '台账',
      origin: { row: 3, col: 1 },
      values: [
        ['序号', '督办事项', '责任单位'],
        [1, '事项一', '县水利局'],
      ],
    };
    const mapping: ColumnMapping = {
      headerRows: [3],
      firstDataRow: 4,
      lastDataRow: 4,
      columns: { title: 2, units: 3 },
      headers: [
        { col: 1, text: '序号' },
        { col: 2, text: '督办事项' },
        { col: 3, text: '责任单位' },
      ],
    };
    const d = buildLedgerDecoration(sheet, mapping, []);
    expect(d.column).toBe(4);
    expect(statusHeaderAddress(d)).toBe('D3');
    expect(d.rules).toHaveLength(Object.keys(STATUS_COLORS).length);
    // One rule per colored status, 临期 in a fill of its own.
    expect(d.rules.map((r) => [r.formula, r.fill])).toEqual([
      ['$D4="蓝"', 'DDEBF7'],
      ['$D4="黄"', 'FFEB9C'],
      ['$D4="红"', 'FFC7CE'],
      ['$D4="临期"', 'DEF2EE'],
    ]);
    for (const rule of d.rules) {
      expect(isOwnStatusRule(rule.formula, d.column)).toBe(true);
      expect(isOwnStatusRule(`=${rule.formula}`, d.column)).toBe(true);
      expect(isOwnStatusRule(rule.formula, d.column + 1)).toBe(false);
    }
  });
});

describe('ownStatusColumn', () => {
  const mapping = (texts: string[]): ColumnMapping => ({
    headerRows: [1],
    firstDataRow: 2,
    lastDataRow: 2,
    columns: {},
    headers: texts.map((text, i) => ({ col: i + 1, text })),
  });
  const sheet: SheetSnapshot = { name: '台账', origin: { row: 1, col: 1 }, values: [['序号', '督办事项', '督办状态', '备注']] };

  it('is the column of an earlier 应用三色, which findStatusColumn reuses', () => {
    const m = mapping(['序号', '督办事项', '督办状态', '备注']);
    expect(ownStatusColumn(m)).toBe(3);
    expect(findStatusColumn(sheet, m)).toBe(3);
  });

  it('is null on a ledger without one, where findStatusColumn takes the first free column', () => {
    const m = mapping(['序号', '督办事项', '状态', '备注']);
    expect(ownStatusColumn(m)).toBeNull();
    expect(findStatusColumn(sheet, m)).toBe(5);
  });
});
