import type { DateOnly } from '../dates/dateOnly';
import type { NoticeColor } from '../rules/ruleSet';
import { COLOR_CHAR } from './noticeNumber';
import { truncate } from '../text/truncate';
import { formatMonthDay } from './formatChineseDate';

/** An SMS/WeChat text is at most this many characters (one message, 附件第一条 "同步进行"). */
export const SMS_MAX_LENGTH = 70;

export interface SmsInput {
  /** The issuing office (rules.notices.office). */
  office: string;
  unit: string;
  title: string;
  color: NoticeColor;
  /** The deadline in force. */
  deadline: DateOnly;
  issueDate: DateOnly;
}

const ASK: Record<NoticeColor, string> = { blue: '请抓紧办结', yellow: '请限期整改', red: '请立即整改' };
const ELLIPSIS = '…';
// Shortened parts keep at least this many characters (the ellipsis included) before the next part gives way.
const MIN_TITLE = 6;
const MIN_UNIT = 4;

// Measured in UTF-16 units, as an SMS counts them (UCS-2: 70 per message); a character outside
// the BMP counts two and is never split.
const length = (s: string) => s.length;

/** Cut to at most `max` units, the last character being '…' when anything was cut. */
const shorten = (text: string, max: number) => truncate(text, max, ELLIPSIS);

/**
 * The message's signature: the office's short name (湘阴县人民政府督查室 → 县督查室), as county
 * offices sign their texts; an office name of another shape is used whole.
 *
 * @example
 * smsSignature('湘阴县人民政府督查室') // → '县督查室'
 * smsSignature('督查办') // → '督查办'
 */
export function smsSignature(office: string): string {
  const m = /(县|市|区|州|旗|盟)人民政府(\S+)$/.exec(office.trim());
  return m === null ? office.trim() : `${m[1]}${m[2]}`;
}

/**
 * One complete sentence of at most 70 characters naming unit, item, color and deadline:
 * `【县督查室】县住建局：“背街小巷提质改造”已超时限（5月11日），现发黄色督办单，请限期整改。`
 * The title gives way first, then the unit, then the signature, each cut with '…'; the sentence
 * itself is never cut.
 *
 * @example
 * composeSms({ office: '湘阴县人民政府督查室', unit: '县住建局', title: '背街小巷提质改造', color: 'yellow', deadline: '2020-05-11', issueDate: '2020-05-18' })
 * // → '【县督查室】县住建局：“背街小巷提质改造”已超时限（5月11日），现发黄色督办单，请限期整改。'
 */
export function composeSms(input: SmsInput): string {
  const when = formatMonthDay(input.deadline, Number(input.issueDate.slice(0, 4)));
  const state = input.color === 'blue' ? `已到办理时限（${when}）` : `已超时限（${when}）`;
  const tail = `${state}，现发${COLOR_CHAR[input.color]}色督办单，${ASK[input.color]}。`;
  return fitSms(input.office, input.unit, input.title, (tag, unit, title) => `【${tag}】${unit}：“${title}”${tail}`);
}

/** What a 临期 reminder names (SPEC §9): no color, no issue date, since no notice is issued. */
export interface DueSoonSmsInput {
  /** The issuing office (rules.notices.office). */
  office: string;
  /** The supervised unit, or the units joined with 、. */
  unit: string;
  title: string;
  /** The deadline in force. */
  deadline: DateOnly;
}

/**
 * The 临期 reminder (SPEC §9), one complete sentence of at most 70 characters:
 * `【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。`
 * Shortened as composeSms shortens: the title first, then the unit, then the signature. The
 * deadline is at most a few working days away, so its month and day say which day it is, even
 * across a new year.
 *
 * @example
 * composeDueSoonSms({ office: '湘阴县人民政府督查室', unit: '县住建局', title: '背街小巷提质改造', deadline: '2020-10-09' })
 * // → '【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。'
 */
export function composeDueSoonSms(input: DueSoonSmsInput): string {
  const when = formatMonthDay(input.deadline, Number(input.deadline.slice(0, 4)));
  return fitSms(input.office, input.unit, input.title, (tag, unit, title) => `【${tag}】提醒：${unit}承办的“${title}”将于${when}到期，请抓紧办理。`);
}

/**
 * `sentence` of the office's signature, the unit and the title (each appearing once), made to
 * fit SMS_MAX_LENGTH: the title gives way first, then the unit, then the signature, each cut
 * with '…'; the rest of the sentence is never cut.
 */
function fitSms(office: string, unitText: string, titleText: string, sentence: (tag: string, unit: string, title: string) => string): string {
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
  let tag = smsSignature(office);
  let unit = oneLine(unitText);
  let title = oneLine(titleText);
  const render = () => sentence(tag, unit, title);

  const room = () => SMS_MAX_LENGTH - length(render()) + length(unit) + length(title);
  if (length(unit) + length(title) > room()) {
    title = shorten(title, Math.max(MIN_TITLE, room() - length(unit)));
    if (length(unit) + length(title) > room()) unit = shorten(unit, Math.max(MIN_UNIT, room() - length(title)));
  }
  // Only an office name of absurd length gets here: the signature gives way too, then the parts to one character each.
  const over = length(render()) - SMS_MAX_LENGTH;
  if (over > 0) tag = shorten(tag, Math.max(1, length(tag) - over));
  if (length(render()) > SMS_MAX_LENGTH) {
    title = ELLIPSIS;
    unit = shorten(unit, Math.max(1, SMS_MAX_LENGTH - length(render()) + length(unit)));
  }
  return render();
}
