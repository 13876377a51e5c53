import { XIANGYIN_2020 } from '../rules/ruleSet';
import { classifyStatus } from './classifyStatus';

const vocabulary = XIANGYIN_2020.ledger;

describe('classifyStatus', () => {
  it.each([
    ['已办结', true],
    ['办结', true],
    ['已完成', true],
    ['完成', true],
    ['已销号', true],
    ['销号', true],
    [' 已 办结 ', true],
    ['已完成（3月30日）', true],
    ['已办结，待验收', true],
    ['逾期办结', true],
    ['已按时完成', true],
    ['未完成', false],
    ['没完成', false],
    ['不能按期完成', false],
    ['尚未办结', false],
    ['完成50%', false],
    ['完成进度过半', false],
    ['办理中', false],
    ['正在推进', false],
  ])('%s → done %s', (status, done) => {
    expect(classifyStatus(status, vocabulary)).toEqual({ done, rejected: false });
  });

  it.each(['退回', '已退回', '不合格', '未达标', '整改中', '已完成，退回整改'])('%s → rejected, never done', (status) => {
    expect(classifyStatus(status, vocabulary)).toEqual({ done: false, rejected: true });
  });

  it('does not read a negated rejection word as a rejection', () => {
    expect(classifyStatus('未退回', vocabulary)).toEqual({ done: false, rejected: false });
  });

  it('reads a blank status as neither', () => {
    expect(classifyStatus(null, vocabulary)).toEqual({ done: false, rejected: false });
  });

  it('uses the rule set words', () => {
    expect(classifyStatus('已结案', { doneStatuses: ['已结案'], rejectedStatuses: [] })).toEqual({ done: true, rejected: false });
    expect(classifyStatus('退回', { doneStatuses: [], rejectedStatuses: [] })).toEqual({ done: false, rejected: false });
  });
});
