import type { NoticeDoubt, NoticeDoubtReason } from './checkNoticePlausibility';
import { COLOR_NAMES } from './noticeLog';

/** Units named before the rest are only counted (as the CLI summary lists units). */
export const LISTED_DOUBT_UNITS = 10;
/** Months listed before the rest are only counted: a year's worth. */
export const LISTED_DOUBT_MONTHS = 12;

/** A doubtful run in the user's words: the same lines on the command line and in the task pane. */
export interface NoticeDoubtText {
  /** One sentence per reason, naming the setting. */
  reasons: string[];
  /** 红 8、黄 2、蓝 3 */
  colors: string;
  /** 县住建局 6、县发改局 6、县财政局 1 (the first ten, then 等 N 个单位) */
  units: string;
  /** 2020-05 7、2020-06 6 (the first twelve, then 等 N 个月) */
  months: string;
}

const list = (parts: string[], first: number, more: (n: number) => string): string =>
  parts.slice(0, first).join('、') + (parts.length > first ? ` ${more(parts.length)}` : '');

function describeReason(reason: NoticeDoubtReason, asOf: string): string {
  switch (reason.kind) {
    case 'too-many':
      return `本次将发出 ${reason.count} 份督办单，多于每次 ${reason.limit} 份的上限（规则设置 notices.maxPerRun）：请核对截止日期和列映射`;
    case 'too-old':
      return `有 ${reason.count} 份督办单的发出日期早于 ${reason.before}（截止日期 ${asOf} 的 ${reason.years} 年前），最早为 ${reason.oldest}（规则设置 notices.maxAgeYears）：请核对台账中的日期`;
  }
}

/**
 * The doubt as lines of text: its reasons, then what the run would issue by color, unit and month.
 *
 * @example
 * describeNoticeDoubt({ asOf: '2020-07-01', total: 2,
 *   reasons: [{ kind: 'too-old', count: 1, years: 1, before: '2019-07-01', oldest: '2019-06-30' }],
 *   byColor: { red: 1, yellow: 0, blue: 1 }, byUnit: [{ unit: '县住建局', count: 2 }],
 *   byMonth: [{ month: '2019-06', count: 1 }, { month: '2020-06', count: 1 }] })
 * // → { reasons: ['有 1 份督办单的发出日期早于 2019-07-01（截止日期 2020-07-01 的 1 年前），最早为 2019-06-30（规则设置 notices.maxAgeYears）：请核对台账中的日期'],
 * //     colors: '红 1、黄 0、蓝 1', units: '县住建局 2', months: '2019-06 1、2020-06 1' }
 */
export function describeNoticeDoubt(doubt: NoticeDoubt): NoticeDoubtText {
  const { byColor } = doubt;
  return {
    reasons: doubt.reasons.map((r) => describeReason(r, doubt.asOf)),
    colors: `${COLOR_NAMES.red} ${byColor.red}、${COLOR_NAMES.yellow} ${byColor.yellow}、${COLOR_NAMES.blue} ${byColor.blue}`,
    units: list(
      doubt.byUnit.map((u) => `${u.unit} ${u.count}`),
      LISTED_DOUBT_UNITS,
      (n) => `等 ${n} 个单位`,
    ),
    months: list(
      doubt.byMonth.map((m) => `${m.month} ${m.count}`),
      LISTED_DOUBT_MONTHS,
      (n) => `等 ${n} 个月`,
    ),
  };
}
