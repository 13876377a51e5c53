/**
 * Text plumbing for readHolidayNotice: normalise a pasted notice and cut it into logical lines
 * (one 条目 or one paragraph each), whatever the web page did to its line breaks.
 */

/** The seven 法定节假日 as notices write them, short forms included (清明, 五一劳动节…). */
export const HOLIDAY_NAME_SOURCE = '(?:元旦|春节|清明节?|五一劳动节|五一国际劳动节|劳动节|端午节?|中秋节?|国庆节?)';

/** An item's numbering: 一、 (一) 1、 1. ——. */
export const ITEM_HEADER_SOURCE = '(?:[一二三四五六七八九十]{1,3}[、.]|\\([一二三四五六七八九十\\d]{1,3}\\)|\\d{1,2}[、.](?!\\d)|[—-]{1,2})';

/** A holiday item's start: optional numbering, then 元旦: or 中秋节、国庆节: and so on. */
const NAMED_ITEM_SOURCE = `(?:${ITEM_HEADER_SOURCE})?${HOLIDAY_NAME_SOURCE}(?:[、和及]${HOLIDAY_NAME_SOURCE})*:`;
const ITEM_START = new RegExp(`^(?:${NAMED_ITEM_SOURCE}|[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\))`);
// A new item after a full stop inside one pasted paragraph: "…上班。二、春节：…".
const ITEM_AFTER_STOP = new RegExp(`([。;])(?=${NAMED_ITEM_SOURCE}|[一二三四五六七八九十]{1,3}、)`, 'g');
// A line ends at a full stop, a colon, or a title's 通知 (the body never runs on into a title).
const LINE_END = /(?:[。;!?:]|通知)$/;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

const CANONICAL: Record<string, string> = {
  清明: '清明节',
  端午: '端午节',
  中秋: '中秋节',
  国庆: '国庆节',
  五一劳动节: '劳动节',
  五一国际劳动节: '劳动节',
};

/**
 * The name a report uses for a holiday as the notice wrote it.
 *
 * @example
 * canonicalHolidayName('中秋') // → '中秋节'
 * canonicalHolidayName('元旦') // → '元旦'
 */
export function canonicalHolidayName(name: string): string {
  return CANONICAL[name] ?? name;
}

/**
 * NFKC (full-width digits and punctuation → ASCII, so （ ） ， ： ； become ( ) , : ;), dashes and
 * tildes unified, every space dropped. 。 and 、 stay: they are not full-width ASCII.
 *
 * @example
 * normalizeNoticeText('１月１日（周四）至３日') // → '1月1日(周四)至3日'
 */
export function normalizeNoticeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2013\u2212\u2010\u2011\u2012~〜]/g, '-')
    .replace(/[〔［]/g, '[')
    .replace(/[〕］]/g, ']')
    .replace(/[^\S\r\n\u2028\u2029]+/g, '');
}

/**
 * Logical lines of a notice: physical lines without spaces, a line that stops mid-sentence (no 。
 * ; : at its end) joined to the next unless the next starts an item, and a paragraph holding
 * several items cut before each. Empty lines dropped.
 *
 * @example
 * noticeLines('二、春节：2月4日至10日\n放假调休，共7天。') // → ['二、春节:2月4日至10日放假调休,共7天。']
 * noticeLines('一、元旦：1月1日放假。二、春节：2月4日放假。') // → ['一、元旦:1月1日放假。', '二、春节:2月4日放假。']
 */
export function noticeLines(text: string): string[] {
  const joined: string[] = [];
  let buffer = '';
  for (const physical of normalizeNoticeText(text).split(LINE_BREAK)) {
    if (physical === '') continue;
    if (buffer !== '' && !LINE_END.test(buffer) && !ITEM_START.test(physical)) {
      buffer += physical;
    } else {
      if (buffer !== '') joined.push(buffer);
      buffer = physical;
    }
  }
  if (buffer !== '') joined.push(buffer);
  return joined.flatMap((line) => line.replace(ITEM_AFTER_STOP, '$1\n').split('\n'));
}
