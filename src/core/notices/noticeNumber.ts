import { toHalfWidth } from '../dates/toHalfWidth';
import type { NoticeColor } from '../rules/ruleSet';

/** One color's character in numbers and the log's 颜色 column. */
export const COLOR_CHAR: Record<NoticeColor, string> = { blue: '蓝', yellow: '黄', red: '红' };
const COLOR_OF_CHAR: Record<string, NoticeColor> = { 蓝: 'blue', 黄: 'yellow', 红: 'red' };

export interface NoticeNumber {
  prefix: string;
  year: number;
  color: NoticeColor;
  n: number;
}

/**
 * `督〔2020〕蓝1号`: prefix (a setting) + 〔year〕 + color + sequence within year and color + 号.
 *
 * @example
 * formatNoticeNumber('督', 2020, 'red', 7) // → '督〔2020〕红7号'
 */
export function formatNoticeNumber(prefix: string, year: number, color: NoticeColor, n: number): string {
  return `${prefix}〔${year}〕${COLOR_CHAR[color]}${n}号`;
}

// Staff retyping a number by hand use whatever brackets their IME gives: 〔〕 [] ［］ () （） 【】 〈〉.
const NUMBER_SHAPE = /^(.*?)[〔[(【〈]\s*(\d{4})\s*[〕\])】〉]\s*(蓝|黄|红)色?\s*(\d+)\s*号?$/;

/**
 * Reads a number back from the log; null when the text does not have the shape of one. Lenient
 * about brackets, full-width digits and spaces, so a number retyped by hand still counts when the
 * next number is worked out (a number is never reused).
 *
 * @example
 * parseNoticeNumber('督［２０２０］红色 7 号') // → { prefix: '督', year: 2020, color: 'red', n: 7 }
 * parseNoticeNumber('红7号') // → null
 */
export function parseNoticeNumber(text: string): NoticeNumber | null {
  const m = NUMBER_SHAPE.exec(toHalfWidth(text).trim());
  if (m === null) return null;
  const n = Number(m[4]);
  if (!Number.isSafeInteger(n) || n < 1) return null;
  return { prefix: m[1].replace(/\s+/g, ''), year: Number(m[2]), color: COLOR_OF_CHAR[m[3]], n };
}
