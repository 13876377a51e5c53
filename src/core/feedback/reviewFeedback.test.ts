import { FEEDBACK_ITEMS, feedbackEscalations, replySheet, serialOf, type Answers } from '../../../test/support/feedbackLedger';
import { dateOnly } from '../../../test/support/dateOnly';
import type { FeedbackRecord } from './feedbackLog';
import { readUnitReply, type UnitReply } from './readUnitReply';
import { reviewFeedback, type ReplySource, type ReviewInput } from './reviewFeedback';

const DB01 = '背街小巷提质改造';
const DB03 = '推进县城污水管网改造';
const RECEIVED = dateOnly('2020-05-22');
const input: ReviewInput = { escalations: feedbackEscalations(RECEIVED), register: [], receivedOn: RECEIVED, completedColumn: 9 };

function reply(unit: string, rows: Array<[string, string, Answers?]>, options: { asOf?: string; fingerprint?: string } = {}): ReplySource {
  const read = readUnitReply(replySheet(unit, rows, options));
  if (!read.ok) throw new Error(read.message);
  return { source: `${unit}.xlsx`, place: `[${unit}.xlsx]${unit}-督办清单`, reply: read.reply as UnitReply };
}
const done = (date: string): Answers => ['已完成', serialOf(date), null, null];
const progress = (text: string): Answers => [text, null, null, null];

describe('reviewFeedback', () => {
  it('registers each answer and fills the empty 完成时间 of the unit’s own item', () => {
    const review = reviewFeedback([reply('县住建局', [['DB-01', DB01, done('2020-05-18')], ['DB-03', DB03, progress('管网已开挖 60%')]])], input);
    expect(review.answers).toEqual([
      {
        record: { receivedOn: '2020-05-22', unit: '县住建局', key: 'DB-01', title: DB01, progress: '已完成', completed: '2020-05-18', evidence: null, contact: null, listDate: '2020-05-20', source: '县住建局.xlsx', applied: '' },
        fill: { row: 2, col: 9, date: '2020-05-18' },
      },
      {
        record: { receivedOn: '2020-05-22', unit: '县住建局', key: 'DB-03', title: DB03, progress: '管网已开挖 60%', completed: null, evidence: null, contact: null, listDate: '2020-05-20', source: '县住建局.xlsx', applied: '' },
        fill: null,
      },
    ]);
    expect([review.refused, review.problems, review.duplicates, review.blank]).toEqual([[], [], 0, 0]);
  });

  it('registers a completion date of an item shared by two units without filling it', () => {
    const review = reviewFeedback([reply('县发改局', [['DB-03', DB03, done('2020-05-21')]])], input);
    expect(review.answers.map((a) => [a.record.key, a.fill])).toEqual([['DB-03', null]]);
    expect(review.problems.map((p) => [p.severity, p.code, p.sheet, p.cell])).toEqual([['warning', 'feedback.shared-item', '[县发改局.xlsx]县发改局-督办清单', 'I5']]);
  });

  it('leaves out an item the ledger lacks and another unit’s item', () => {
    const review = reviewFeedback([reply('县发改局', [['DB-09', '不存在的事项', progress('完成')], ['DB-01', DB01, progress('已协助')], ['DB-03', DB03]])], input);
    expect(review.answers).toEqual([]);
    expect(review.problems.map((p) => [p.code, p.cell, p.message])).toEqual([
      ['feedback.unknown-item', 'A5', '台账中没有编号为“DB-09”的事项，这一行未导入'],
      ['feedback.other-unit', 'A6', '事项“DB-01”的承办单位是县住建局，不是县发改局，这一行未导入'],
    ]);
  });

  it('leaves out a completion date after the day received, or before the item was assigned', () => {
    const review = reviewFeedback([reply('县住建局', [['DB-01', DB01, done('2020-05-25')], ['DB-03', DB03, done('2020-05-01')]])], input);
    expect(review.answers).toEqual([]);
    expect(review.problems.map((p) => [p.code, p.message])).toEqual([
      ['feedback.completed-future', '报告的完成时间 2020-05-25 晚于收到日期 2020-05-22，这一行未导入'],
      ['feedback.completed-before-assigned', '报告的完成时间 2020-05-01 早于交办时间 2020-05-06，这一行未导入'],
    ]);
  });

  it('adds nothing for a list returned twice, in one batch or after it was registered', () => {
    const twice = reviewFeedback([reply('县住建局', [['DB-01', DB01, done('2020-05-18')]]), reply('县住建局', [['DB-01', DB01, done('2020-05-18')]])], input);
    expect([twice.answers.length, twice.duplicates]).toEqual([1, 1]);
    const registered: FeedbackRecord = { ...twice.answers[0].record, receivedOn: dateOnly('2020-05-21'), source: '先前.xlsx', applied: '' };
    const again = reviewFeedback([reply('县住建局', [['DB-01', DB01, done('2020-05-18')]])], { ...input, register: [registered] });
    expect([again.answers, again.duplicates]).toEqual([[], 1]);
    // Registered before without --apply: the date can still go into the ledger.
    expect(again.earlierFills).toEqual([{ row: 2, col: 9, date: '2020-05-18' }]);
  });

  it('registers new progress on the same list as a new answer', () => {
    const registered: FeedbackRecord = { receivedOn: dateOnly('2020-05-21'), unit: '县住建局', key: 'DB-03', title: DB03, progress: '已开挖 30%', completed: null, evidence: null, contact: null, listDate: dateOnly('2020-05-20'), source: 'a.xlsx', applied: '' };
    const review = reviewFeedback([reply('县住建局', [['DB-03', DB03, progress('已开挖 60%')]])], { ...input, register: [registered] });
    expect([review.answers.map((a) => a.record.progress), review.duplicates]).toEqual([['已开挖 60%'], 0]);
  });

  it('refuses a list from another ledger whole', () => {
    const review = reviewFeedback([reply('县住建局', [['DB-01', '农村公路建设'], ['DB-03', '老旧小区改造', progress('完成')]])], input);
    expect(review.answers).toEqual([]);
    expect(review.refused).toEqual([{ source: '县住建局.xlsx', message: '「县住建局.xlsx」来自另一份台账：清单中的 2 项没有一项与本台账的编号和名称相符，未导入' }]);
  });

  it('takes a list one of whose titles was edited in the ledger since, with a warning', () => {
    const review = reviewFeedback([reply('县住建局', [['DB-01', '背街小巷改造', progress('推进中')], ['DB-03', DB03]])], input);
    expect(review.answers.map((a) => a.record.key)).toEqual(['DB-01']);
    expect(review.problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'feedback.title-changed']]);
  });

  it('refuses a list older than one the unit has already returned', () => {
    const newer = reply('县住建局', [['DB-01', DB01, progress('推进中')]], { asOf: '2020-05-21' });
    const older = reply('县住建局', [['DB-01', DB01, progress('刚开始')]], { asOf: '2020-05-20' });
    const review = reviewFeedback([older, newer], input);
    expect(review.answers.map((a) => [a.record.progress, a.record.listDate])).toEqual([['推进中', '2020-05-21']]);
    expect(review.refused.map((r) => r.message)).toEqual(['「县住建局.xlsx」是县住建局 2020-05-20 的旧清单，该单位已交回 2020-05-21 的清单，旧清单未导入（以免旧进展记在新进展之后）']);
    const later = reviewFeedback([older], { ...input, register: [{ ...review.answers[0].record }] });
    expect([later.answers, later.refused.length]).toEqual([[], 1]);
  });

  it('leaves a 完成时间 the ledger has alone, saying so when it differs', () => {
    const completed = FEEDBACK_ITEMS.map((i) => (i.id === 'DB-01' ? { ...i, completed: dateOnly('2020-05-19') } : i));
    const escalations = feedbackEscalations(RECEIVED, completed);
    const same = reviewFeedback([reply('县住建局', [['DB-01', DB01, done('2020-05-19')]])], { ...input, escalations });
    expect([same.answers[0].fill, same.problems]).toEqual([null, []]);
    const differs = reviewFeedback([reply('县住建局', [['DB-01', DB01, done('2020-05-18')]])], { ...input, escalations });
    expect(differs.answers[0].fill).toBeNull();
    expect(differs.problems.map((p) => p.message)).toEqual(['台账中事项“DB-01”的完成时间是 2020-05-19，单位报告的是 2020-05-18：台账未改动']);
  });

  it('registers a completion date only, once saying why, when the ledger has no 完成时间 column', () => {
    const review = reviewFeedback([reply('县住建局', [['DB-01', DB01, done('2020-05-18')]]), reply('县教育局', [['第6行', '优化营商环境', done('2020-05-20')]])], { ...input, completedColumn: null });
    expect(review.answers.map((a) => [a.record.key, a.fill])).toEqual([['DB-01', null], ['第6行', null]]);
    expect(review.problems.map((p) => p.code)).toEqual(['feedback.no-completed-column']);
  });

  it('leaves out an answer for a 事项编号 the ledger gives two rows', () => {
    const twice = [...FEEDBACK_ITEMS, { ...FEEDBACK_ITEMS[0], row: 9, title: '背街小巷提质改造（二期）' }];
    const review = reviewFeedback([reply('县住建局', [['DB-01', DB01, progress('推进中')]])], { ...input, escalations: feedbackEscalations(RECEIVED, twice) });
    expect(review.answers).toEqual([]);
    expect(review.problems.map((p) => [p.code, p.message])).toEqual([
      ['feedback.duplicate-key', '台账中有 2 行的编号都是“DB-01”（第2、9行），无法确定是哪一项，这一行未导入：请先改正台账中的编号'],
    ]);
  });

  it('matches an item without 事项编号 by its ledger row', () => {
    const review = reviewFeedback([reply('县教育局', [['第6行', '优化营商环境', done('2020-05-20')]])], input);
    expect(review.answers.map((a) => a.fill)).toEqual([{ row: 6, col: 9, date: '2020-05-20' }]);
  });

  it('leaves out an answer for an item without 编号 whose ledger row now holds another item', () => {
    // Row 8 held 路灯改造 when the list was made; a row inserted above has put 城区道路绿化 there.
    const items = [...FEEDBACK_ITEMS, { ...FEEDBACK_ITEMS[0], id: null, row: 8, title: '城区道路绿化' }];
    const review = reviewFeedback([reply('县住建局', [['DB-01', DB01, progress('推进中')], ['第8行', '路灯改造', done('2020-05-20')]])], { ...input, escalations: feedbackEscalations(RECEIVED, items) });
    expect(review.answers.map((a) => a.record.key)).toEqual(['DB-01']);
    expect(review.problems.map((p) => [p.code, p.message])).toEqual([
      ['feedback.row-moved', '没有编号的事项按台账行号对应：第8行现在是“城区道路绿化”，不是清单中的“路灯改造”（台账在分发后插入或删除过行），这一行未导入'],
    ]);
  });

  it('counts the rows left blank and passes on the cells that could not be read', () => {
    const review = reviewFeedback([reply('县住建局', [['DB-01', DB01, [null, '下周', null, null]], ['DB-03', DB03]])], input);
    expect(review.blank).toBe(1);
    expect(review.problems.map((p) => [p.code, p.sheet, p.cell])).toEqual([['feedback.bad-date', '[县住建局.xlsx]县住建局-督办清单', 'I5']]);
  });
});
