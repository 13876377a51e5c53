import { FEEDBACK_AS_OF, FEEDBACK_LOG, feedbackEscalations } from '../../../test/support/feedbackLedger';
import { dateOnly } from '../../../test/support/dateOnly';
import { fingerprintItems, formatListMark, itemKey, listUnitItems, parseListMark } from './unitList';

describe('itemKey', () => {
  it('is the 事项编号', () => expect(itemKey({ id: 'DB-01', row: 5 })).toBe('DB-01'));
  it('is the ledger row for an item without one', () => expect(itemKey({ id: null, row: 12 })).toBe('第12行'));
});

describe('fingerprintItems', () => {
  const items = [
    { key: 'DB-01', title: '背街小巷提质改造' },
    { key: 'DB-03', title: '推进县城污水管网改造' },
  ];
  it('does not depend on the order of the items', () => expect(fingerprintItems([...items].reverse())).toBe(fingerprintItems(items)));
  it('changes with a title', () => expect(fingerprintItems([items[0], { key: 'DB-03', title: '推进污水管网改造' }])).not.toBe(fingerprintItems(items)));
  it('changes with a key', () => expect(fingerprintItems([items[0], { key: 'DB-04', title: items[1].title }])).not.toBe(fingerprintItems(items)));
  it('is lowercase letters and digits', () => expect(fingerprintItems(items)).toMatch(/^[0-9a-z]+$/));
});

describe('listUnitItems', () => {
  const { lists, idle } = listUnitItems(feedbackEscalations(), FEEDBACK_LOG, FEEDBACK_AS_OF);

  it('gives each supervised unit with open items a list, in name order', () => {
    expect(lists.map((l) => [l.unit, l.items.map((i) => i.key)])).toEqual([
      ['县发改局', ['DB-03']],
      ['县教育局', ['第6行']],
      ['县住建局', ['DB-01', 'DB-03']],
    ]);
  });

  it('lists units with nothing open (done, or assigned after the date) apart', () => {
    expect(idle).toEqual(['县财政局', '县工信局']);
  });

  it('gives an overdue item its deadline in force, status, notices with numbers and days overdue', () => {
    const db01 = lists[2].items[0];
    expect(db01).toEqual({
      key: 'DB-01',
      row: 2,
      title: '背街小巷提质改造',
      source: '县长批示',
      deadline: '2020-05-11',
      status: '黄',
      notices: [
        { color: 'blue', number: '督〔2020〕蓝1号', issueDate: '2020-05-11' },
        { color: 'yellow', number: '督〔2020〕黄1号', issueDate: '2020-05-18' },
      ],
      daysOverdue: 9,
    });
  });

  it('gives an item not yet due 0 days overdue and no notices, and a 长期 item no deadline', () => {
    expect(lists[0].items[0]).toMatchObject({ key: 'DB-03', deadline: '2020-06-30', status: '—', notices: [], daysOverdue: 0 });
    expect(lists[1].items[0]).toMatchObject({ key: '第6行', deadline: null, status: '长期', daysOverdue: 0 });
  });

  it('carries the fingerprint of the list’s own items and the date', () => {
    expect(lists[2].asOf).toBe('2020-05-20');
    expect(lists[2].fingerprint).toBe(fingerprintItems([{ key: 'DB-01', title: '背街小巷提质改造' }, { key: 'DB-03', title: '推进县城污水管网改造' }]));
  });

  it('leaves out notices issued after the date and voided ones', () => {
    const later = listUnitItems(feedbackEscalations(), [{ ...FEEDBACK_LOG[0], voided: true }, FEEDBACK_LOG[1]], dateOnly('2020-05-17'));
    expect(later.lists.find((l) => l.unit === '县住建局')?.items[0].notices).toEqual([]);
  });
});

describe('formatListMark and parseListMark', () => {
  const mark = { unit: '县住建局', asOf: dateOnly('2020-05-20'), fingerprint: '1x2y3z' };
  it('writes the format, unit, date and fingerprint', () => expect(formatListMark(mark)).toBe('清单标识：督办清单1｜县住建局｜2020-05-20｜1x2y3z'));
  it('reads them back', () => expect(parseListMark(formatListMark(mark))).toEqual({ format: '督办清单1', ...mark }));
  it('reads a later format, for the reader to name', () => expect(parseListMark('清单标识：督办清单2｜县住建局｜2020-05-20｜1x2y3z')?.format).toBe('督办清单2'));
  it('refuses text that is not a mark or was edited', () => {
    expect(parseListMark('县住建局')).toBeNull();
    expect(parseListMark('清单标识：督办清单1｜县住建局｜2020-05-32｜1x2y3z')).toBeNull();
    expect(parseListMark('清单标识：督办清单1｜县住建局｜2020-05-20')).toBeNull();
    expect(parseListMark('清单标识：督办清单1｜｜2020-05-20｜1x2y3z')).toBeNull();
  });
});
