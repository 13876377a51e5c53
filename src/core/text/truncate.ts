/**
 * `text` cut to at most `max` UTF-16 code units — as Excel counts a cell's or a sheet name's
 * length and an SMS counts its characters (a character outside the BMP counts two) — ending with
 * `marker` when anything was cut. A surrogate pair is never split.
 *
 * @example
 * truncate('背街小巷提质改造', 6, '…') // → '背街小巷提…'
 * truncate('县住建局', 6, '…') // → '县住建局'
 */
export function truncate(text: string, max: number, marker = ''): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - marker.length);
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end))) end--;
  return text.slice(0, end) + marker;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
