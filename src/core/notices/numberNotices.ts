import type { NoticeColor } from '../rules/ruleSet';
import { formatNoticeNumber, parseNoticeNumber } from './noticeNumber';

export interface NoticeNumberer {
  /** The next number for a year and color: 1 + the highest ever used, so none is ever reused. */
  next(year: number, color: NoticeColor): string;
}

/**
 * Numbers per year and color continuing from every number already in the log — voided ones and
 * rows the log reader left out included: a voided 督〔2020〕红7号 is gone for good, and the next
 * red of 2020 is 红8号. Numbers with another prefix belong to another series and do not count.
 *
 * @example
 * const numberer = createNoticeNumberer('督', ['督〔2020〕红7号', '督〔2019〕红12号', '办〔2020〕红20号']);
 * numberer.next(2020, 'red') // → '督〔2020〕红8号'
 * numberer.next(2020, 'red') // → '督〔2020〕红9号'
 */
export function createNoticeNumberer(prefix: string, usedNumbers: Iterable<string>): NoticeNumberer {
  const wanted = prefix.replace(/\s+/g, '');
  const highest = new Map<string, number>();
  const key = (year: number, color: NoticeColor) => `${year}${color}`;
  for (const text of usedNumbers) {
    const parsed = parseNoticeNumber(text);
    if (parsed === null || parsed.prefix !== wanted) continue;
    const k = key(parsed.year, parsed.color);
    if ((highest.get(k) ?? 0) < parsed.n) highest.set(k, parsed.n);
  }
  return {
    next(year, color) {
      const k = key(year, color);
      const n = (highest.get(k) ?? 0) + 1;
      highest.set(k, n);
      return formatNoticeNumber(prefix, year, color, n);
    },
  };
}
