import type { NoticeDoubt } from './checkNoticePlausibility';
import { describeNoticeDoubt } from './describeNoticeDoubt';
import { dateOnly } from '../../../test/support/dateOnly';

const doubt: NoticeDoubt = {
  asOf: dateOnly('2020-07-01'),
  reasons: [
    { kind: 'too-many', count: 204, limit: 200 },
    { kind: 'too-old', count: 1, years: 1, before: dateOnly('2019-07-01'), oldest: dateOnly('2019-03-08') },
  ],
  total: 204,
  byColor: { red: 4, yellow: 50, blue: 150 },
  byUnit: [
    { unit: '县财政局', count: 150 },
    { unit: '县发改局', count: 50 },
    { unit: '县住建局', count: 4 },
  ],
  byMonth: [
    { month: '2019-03', count: 1 },
    { month: '2020-05', count: 200 },
    { month: '2020-06', count: 3 },
  ],
};

describe('describeNoticeDoubt', () => {
  it('says each reason with its setting, and the counts by color, unit and month', () => {
    expect(describeNoticeDoubt(doubt)).toEqual({
      reasons: [
        '本次将发出 204 份督办单，多于每次 200 份的上限（规则设置 notices.maxPerRun）：请核对截止日期和列映射',
        '有 1 份督办单的发出日期早于 2019-07-01（截止日期 2020-07-01 的 1 年前），最早为 2019-03-08（规则设置 notices.maxAgeYears）：请核对台账中的日期',
      ],
      colors: '红 4、黄 50、蓝 150',
      units: '县财政局 150、县发改局 50、县住建局 4',
      months: '2019-03 1、2020-05 200、2020-06 3',
    });
  });

  it('names the first ten units and twelve months, and counts the rest', () => {
    const many: NoticeDoubt = {
      ...doubt,
      byUnit: Array.from({ length: 12 }, (_, i) => ({ unit: `乡镇${String(i + 1).padStart(2, '0')}`, count: 20 - i })),
      byMonth: Array.from({ length: 14 }, (_, i) => ({ month: `20${19 + Math.floor((i + 6) / 12)}-${String(((i + 6) % 12) + 1).padStart(2, '0')}`, count: 1 })),
    };
    const text = describeNoticeDoubt(many);
    expect(text.units).toBe('乡镇01 20、乡镇02 19、乡镇03 18、乡镇04 17、乡镇05 16、乡镇06 15、乡镇07 14、乡镇08 13、乡镇09 12、乡镇10 11 等 12 个单位');
    expect(text.months).toBe(
      '2019-07 1、2019-08 1、2019-09 1、2019-10 1、2019-11 1、2019-12 1、2020-01 1、2020-02 1、2020-03 1、2020-04 1、2020-05 1、2020-06 1 等 14 个月',
    );
  });
});
