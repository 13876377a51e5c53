import type { NoticeDoubt } from '../core/notices/checkNoticePlausibility';
import { formatNoticeDoubt } from './formatNoticeDoubt';
import { dateOnly } from '../../test/support/dateOnly';

describe('formatNoticeDoubt', () => {
  it('says why the run stopped, what it would issue by color, unit and month, and how to go on', () => {
    const doubt: NoticeDoubt = {
      asOf: dateOnly('2020-07-01'),
      reasons: [
        { kind: 'too-many', count: 201, limit: 200 },
        { kind: 'too-old', count: 1, years: 1, before: dateOnly('2019-07-01'), oldest: dateOnly('2019-05-11') },
      ],
      total: 201,
      byColor: { red: 1, yellow: 0, blue: 200 },
      byUnit: [
        { unit: '县财政局', count: 200 },
        { unit: '县住建局', count: 1 },
      ],
      byMonth: [
        { month: '2019-05', count: 1 },
        { month: '2020-05', count: 200 },
      ],
    };
    expect(formatNoticeDoubt(doubt).split('\n')).toEqual([
      '本次将发出的督办单需要确认，已停止，未写出任何文件（「督办单登记」只能追加，登记错了无法撤回）：',
      '  - 本次将发出 201 份督办单，多于每次 200 份的上限（规则设置 notices.maxPerRun）：请核对截止日期和列映射',
      '  - 有 1 份督办单的发出日期早于 2019-07-01（截止日期 2020-07-01 的 1 年前），最早为 2019-05-11（规则设置 notices.maxAgeYears）：请核对台账中的日期',
      '将发出督办单 201 份：红 1、黄 0、蓝 200',
      '  按单位：县财政局 200、县住建局 1',
      '  按月份：2019-05 1、2020-05 200',
      '确认无误后加 --confirm 重新运行',
      '',
    ]);
  });
});
