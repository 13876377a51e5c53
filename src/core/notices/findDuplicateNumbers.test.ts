import { findDuplicateNumbers, type NumberedRow } from './findDuplicateNumbers';

const at = (row: number, number: string, voided = false): NumberedRow => ({ row, number, cell: `A${row}`, voided });
const messages = (rows: NumberedRow[], used = rows.map((r) => r.number)) => findDuplicateNumbers('督办单登记', rows, used).map((p) => [p.cell, p.message]);

describe('findDuplicateNumbers', () => {
  it('names both rows and the next number: 1 + the highest of the year and color', () => {
    expect(messages([at(5, '督〔2020〕红7号'), at(6, '督〔2020〕红3号'), at(9, '督〔2020〕红7号')])).toEqual([
      ['A9', '第5行与第9行编号相同（督〔2020〕红7号），请核对后将其中一张作废；新编号从红8号接着编'],
    ]);
  });

  it('counts voided numbers and rows left out when saying where numbering goes on', () => {
    // 红12 is voided, 红15 is on a row left out of the entries: both stay used.
    const rows = [at(2, '督〔2020〕红12号', true), at(3, '督〔2020〕红7号'), at(4, '督〔2020〕红7号')];
    expect(messages(rows, [...rows.map((r) => r.number), '督〔2020〕红15号', '督〔2021〕红30号', '督〔2020〕黄40号'])).toEqual([
      ['A4', '第3行与第4行编号相同（督〔2020〕红7号），请核对后将其中一张作废；新编号从红16号接着编'],
    ]);
  });

  it('reports each later row against the first, and reads retyped brackets and full-width digits as the same number', () => {
    expect(messages([at(2, '督〔2020〕蓝1号'), at(3, '督[2020]蓝1号'), at(4, '督〔２０２０〕蓝１号')])).toEqual([
      ['A3', '第2行与第3行编号相同（督〔2020〕蓝1号），请核对后将其中一张作废；新编号从蓝2号接着编'],
      ['A4', '第2行与第4行编号相同（督〔2020〕蓝1号），请核对后将其中一张作废；新编号从蓝2号接着编'],
    ]);
  });

  it('ignores voided rows, other series and numbers that differ', () => {
    expect(messages([at(2, '督〔2020〕红7号', true), at(3, '督〔2020〕红7号'), at(4, '湘督〔2020〕红7号'), at(5, '督〔2019〕红7号'), at(6, '督〔2020〕黄7号')])).toEqual([]);
  });

  it('compares numbers of another shape as text, without saying where numbering goes on', () => {
    const problems = findDuplicateNumbers('督办单登记', [at(7, '第9号'), at(8, '第9号')], ['第9号', '第9号']);
    expect(problems).toEqual([
      { severity: 'warning', code: 'notice.log-duplicate-number', sheet: '督办单登记', cell: 'A8', row: 8, message: '第7行与第8行编号相同（第9号），请核对后将其中一张作废' },
    ]);
  });
});
