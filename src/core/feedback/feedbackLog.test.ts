import { serialOf } from '../../../test/support/feedbackLedger';
import { answerKey, FEEDBACK_COLUMNS, parseFeedbackLog } from './feedbackLog';
import { dateOnly } from '../../../test/support/dateOnly';

const header = Object.values(FEEDBACK_COLUMNS);

describe('answerKey', () => {
  const answer = { unit: '县住建局', key: 'DB-01', progress: '已完成', completed: dateOnly('2020-05-18'), evidence: null, contact: null, listDate: dateOnly('2020-05-20') };
  it('is the same for the same answer', () => expect(answerKey({ ...answer })).toBe(answerKey(answer)));
  it('takes an empty text as blank', () => expect(answerKey({ ...answer, evidence: '' })).toBe(answerKey(answer)));
  it('differs with the list’s date', () => expect(answerKey({ ...answer, listDate: dateOnly('2020-05-21') })).not.toBe(answerKey(answer)));
  it('differs with the progress', () => expect(answerKey({ ...answer, progress: '基本完成' })).not.toBe(answerKey(answer)));
});

describe('parseFeedbackLog', () => {
  it('reads the rows as written, dates as serials or text', () => {
    const sheet = {
      name: '反馈登记',
      origin: { row: 1, col: 1 },
      values: [
        header,
        [serialOf('2020-05-22'), '县住建局', 'DB-01', '背街小巷提质改造', '已完成', serialOf('2020-05-18'), '验收报告.pdf', '张三', serialOf('2020-05-20'), '回复.xlsx', '督办台账!I2'],
        ['2020-05-23', '县教育局', '第6行', '优化营商环境', '推进中', null, null, null, '2020/5/20', '县教育局-督办清单', ''],
      ],
    };
    expect(parseFeedbackLog(sheet)).toEqual([
      { receivedOn: '2020-05-22', unit: '县住建局', key: 'DB-01', title: '背街小巷提质改造', progress: '已完成', completed: '2020-05-18', evidence: '验收报告.pdf', contact: '张三', listDate: '2020-05-20', source: '回复.xlsx', applied: '督办台账!I2' },
      { receivedOn: '2020-05-23', unit: '县教育局', key: '第6行', title: '优化营商环境', progress: '推进中', completed: null, evidence: null, contact: null, listDate: '2020-05-20', source: '县教育局-督办清单', applied: '' },
    ]);
  });

  it('leaves out a row edited so that its dates no longer read', () => {
    const sheet = { name: '反馈登记', origin: { row: 1, col: 1 }, values: [header, ['上周', '县住建局', 'DB-01', '', '', null, null, null, serialOf('2020-05-20'), '', '']] };
    expect(parseFeedbackLog(sheet)).toEqual([]);
  });

  it('is empty for a sheet without the header', () => {
    expect(parseFeedbackLog({ name: '反馈登记', origin: { row: 1, col: 1 }, values: [['备注']] })).toEqual([]);
  });
});
