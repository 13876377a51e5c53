const DIGITS = /^\d{1,3}$/;
const CHINESE_DIGIT: Record<string, number> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
// 一…九, 十, 十一…十九, 二十…九十九 (两 only on its own: "两个工作日", never "两十").
const CHINESE = /^(?:([一二两三四五六七八九])|([二三四五六七八九])?十([一二三四五六七八九])?)$/;

/**
 * A count or a month/day number written in Arabic digits (0–999) or Chinese numerals (1–99),
 * as in "7个工作日", "十五个工作日", "十二月底前". Null when the text is anything else.
 *
 * @example
 * parseSmallNumber('十五') // → 15
 * parseSmallNumber('两') // → 2
 * parseSmallNumber('两十') // → null
 */
export function parseSmallNumber(text: string): number | null {
  if (DIGITS.test(text)) return +text;
  const m = CHINESE.exec(text);
  if (!m) return null;
  if (m[1] !== undefined) return CHINESE_DIGIT[m[1]];
  const tens = m[2] !== undefined ? CHINESE_DIGIT[m[2]] : 1;
  const units = m[3] !== undefined ? CHINESE_DIGIT[m[3]] : 0;
  return tens * 10 + units;
}
