import type { NoticeDoubt } from '../core/notices/checkNoticePlausibility';
import { describeNoticeDoubt } from '../core/notices/describeNoticeDoubt';
import { NOTICE_LOG_SHEET } from '../core/notices/noticeLog';

/** What `duban run` prints when its notices need confirming. */
export const CONFIRM_HINT = '确认无误后加 --confirm 重新运行';

/**
 * A doubtful run for stderr (after `duban: `): why it stopped, what it would have issued by
 * color, unit and month, and how to go on. The lines are those the task pane shows
 * (describeNoticeDoubt); this only lays them out for a terminal.
 *
 * @example
 * formatNoticeDoubt(doubt)
 * // → '本次将发出的督办单需要确认，已停止，未写出任何文件（「督办单登记」只能追加，登记错了无法撤回）：\n'
 * //   + '  - 本次将发出 201 份督办单，多于每次 200 份的上限（规则设置 notices.maxPerRun）：请核对截止日期和列映射\n'
 * //   + '将发出督办单 201 份：红 0、黄 0、蓝 201\n  按单位：县住建局 201\n  按月份：2020-05 201\n'
 * //   + '确认无误后加 --confirm 重新运行\n'
 */
export function formatNoticeDoubt(doubt: NoticeDoubt): string {
  const text = describeNoticeDoubt(doubt);
  const lines = [
    `本次将发出的督办单需要确认，已停止，未写出任何文件（「${NOTICE_LOG_SHEET}」只能追加，登记错了无法撤回）：`,
    ...text.reasons.map((r) => `  - ${r}`),
    `将发出督办单 ${doubt.total} 份：${text.colors}`,
    `  按单位：${text.units}`,
    `  按月份：${text.months}`,
    CONFIRM_HINT,
  ];
  return `${lines.join('\n')}\n`;
}
