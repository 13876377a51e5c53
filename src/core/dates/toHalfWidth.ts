// Full-width ASCII forms (！ … ～) and the ideographic space; ledgers typed with a Chinese IME mix them in.
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/g;
const HAS_FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

function toHalf(ch: string): string {
  const code = ch.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

/**
 * Full-width digits, letters, punctuation and spaces → their ASCII forms; other text unchanged.
 *
 * @example
 * toHalfWidth('２０２０／３／７') // → '2020/3/7'
 * toHalfWidth('县住建局') // → '县住建局'
 */
export function toHalfWidth(text: string): string {
  // Most cells have nothing to convert: test first so they cost no replace().
  return HAS_FULL_WIDTH.test(text) ? text.replace(FULL_WIDTH, toHalf) : text;
}
