/**
 * Reads the State Council's annual holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知)
 * as pasted from a web page, and the one-off notices that change it (调整…劳动节假期安排, 延长…春节
 * 假期, a 纪念日调休放假 notice), into the days off and the 上班 days of each holiday. Whatever it
 * cannot read is handed back sentence by sentence, never dropped.
 */
import { addDays, type DateOnly, dayOfWeek, diffDays, makeDate } from '../dates/dateOnly';
import { canonicalHolidayName, HOLIDAY_NAME_SOURCE, ITEM_HEADER_SOURCE, noticeLines, normalizeNoticeText } from './noticeLines';

export interface NoticeDay {
  date: DateOnly;
  kind: 'holiday' | 'workday';
  /** The holiday as the notice names it: '春节', '中秋节、国庆节'… */
  name: string;
}

export interface UnreadSentence {
  /** The sentence, normalised (half-width punctuation, no spaces). */
  text: string;
  /** Why it was not read, in Chinese, for the user. */
  reason: string;
}

export interface HolidayNotice {
  /** The year the notice is for, from its title or else its body; null when neither says. */
  year: number | null;
  /** Days off and 上班 days, sorted by date, one entry a day. */
  days: NoticeDay[];
  unread: UnreadSentence[];
}

interface DateToken {
  year: number | null;
  month: number | null;
  day: number;
  note: string;
  start: number;
  end: number;
}

type Resolved = { date: DateOnly; year: number; month: number } | { reason: string };

interface Segment {
  year: number | null;
  /** The holiday a one-off notice is about (from its title), or null for the annual notice. */
  subject: string | null;
}

const NAME = HOLIDAY_NAME_SOURCE;
const NAMED_ITEM = new RegExp(`^((?:${NAME})(?:[、和及](?:${NAME}))*)(?::|(?=自|\\d))`);
const HEADER = new RegExp(`^${ITEM_HEADER_SOURCE}`);
const KEYWORD = /放假|上班|补休|调休/;
const TITLE = /国务院(?:办公厅)?关于(.+?)的?通知/;
const TITLE_YEAR = /(\d{4})年/;
const BODY_YEAR = new RegExp(`(\\d{4})年(?:部分节假日|${NAME})`);
const EXTEND_TITLE = new RegExp(`延长(?:\\d{4}年)?(${NAME})假期`);
const ADJUST_TITLE = new RegExp(`调整(?:\\d{4}年)?(${NAME})(?:假期|放假)`);
const SPECIAL_TITLE = /^(?:\d{4}年)?(.+?)(?:调休)?放假$/;
// Failing a title or "2026年元旦…", a full date that something happens on: "2015年9月3日全国放假1天".
const FULL_DATE_ARRANGED = /(\d{4})年\d{1,2}月\d{1,2}日[^。\n]{0,12}?(?:放假|上班|调休|补休)/;
const EXTEND = new RegExp(`延长(?:\\d{4}年)?(${NAME})?假期至`);
// Sentences around the items: the preamble (经国务院批准…现将…通知如下), the closing (节假日期间，各地区、
// 各部门要…), advice (鼓励…). They may mention holidays and dates but arrange nothing.
const PREAMBLE = /^(?:经|根据|按照|现将|鼓励|节假日期间|各省|国务院办公厅|国务院$)|各地区|各部门|期间,|推迟开学/;
const DATE_TOKEN = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\(([^()]*)\))?|\([^()]*\)/g;
const RANGE_JOIN = /^(?:至|到|-|—{1,2})$/;
const WEEKDAY = /(?:星期|周|礼拜)([日天一二三四五六])/;
const WEEKDAY_INDEX: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEKDAY_NAME = ['日', '一', '二', '三', '四', '五', '六'];
const COUNT = /(?:共|放假)([\d一二三四五六七八九十]{1,3})天/;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

class DayBook {
  private readonly days = new Map<DateOnly, NoticeDay>();
  private readonly contradicted = new Set<DateOnly>();

  constructor(private readonly unread: UnreadSentence[]) {}

  /** Records a day; `supersede` (a later notice extending a holiday) replaces a 上班 day it covers. */
  add(day: NoticeDay, text: string, supersede = false): void {
    if (this.contradicted.has(day.date)) return;
    const known = this.days.get(day.date);
    if (!known || (supersede && known.kind !== day.kind)) {
      this.days.set(day.date, day);
    } else if (known.kind !== day.kind) {
      this.days.delete(day.date);
      this.contradicted.add(day.date);
      this.unread.push({ text, reason: `${day.date}既被列为放假日又被列为上班日，自相矛盾，两者都未采用` });
    } else if (!known.name.split('、').includes(day.name)) {
      const names = [...known.name.split('、'), ...day.name.split('、')];
      known.name = [...new Set(names)].join('、');
    }
  }

  /** A 调整 notice replaces what an earlier notice in the same text said about its holiday. */
  dropHoliday(name: string): void {
    for (const [date, day] of this.days) if (day.name.split('、').includes(name)) this.days.delete(date);
  }

  lastHoliday(name: string): DateOnly | null {
    let last: DateOnly | null = null;
    for (const day of this.days.values()) {
      if (day.kind === 'holiday' && day.name.split('、').includes(name) && (last === null || day.date > last)) last = day.date;
    }
    return last;
  }

  sorted(): NoticeDay[] {
    return [...this.days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
}

function smallNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const ten = text.indexOf('十');
  if (ten < 0) return CHINESE_DIGITS[text] ?? Number.NaN;
  const tens = ten === 0 ? 1 : (CHINESE_DIGITS[text.slice(0, ten)] ?? Number.NaN);
  const ones = ten === text.length - 1 ? 0 : (CHINESE_DIGITS[text.slice(ten + 1)] ?? Number.NaN);
  return tens * 10 + ones;
}

/** Date tokens of a clause; parenthesised notes that follow no date are skipped. */
function dateTokens(clause: string): DateToken[] {
  const tokens: DateToken[] = [];
  for (const m of clause.matchAll(DATE_TOKEN)) {
    if (m[3] === undefined) continue;
    tokens.push({
      year: m[1] ? Number(m[1]) : null,
      month: m[2] ? Number(m[2]) : null,
      day: Number(m[3]),
      note: m[4] ?? '',
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    });
  }
  return tokens;
}

function withoutNotes(text: string): string {
  return text.replace(/\([^()]*\)/g, '');
}

/** Commas and colons end a clause; those inside (农历正月初九，星期日) do not. */
function clauses(sentence: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of sentence) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ':')) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.filter((c) => c !== '');
}

function sentences(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of body) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth = Math.max(0, depth - 1);
    current += ch;
    if (depth === 0 && (ch === '。' || ch === ';')) {
      out.push(current);
      current = '';
    }
  }
  out.push(current);
  return out.filter((s) => s !== '' && s !== '。' && s !== ';');
}

/** What a holiday item reads from one line: its days, or why not. */
class ItemReader {
  private lastYear: number | null = null;
  private lastMonth: number | null = null;
  found = 0;

  constructor(
    private readonly name: string,
    private readonly segment: Segment,
    private readonly book: DayBook,
    private readonly unread: UnreadSentence[],
  ) {}

  /** The day a token names, or a reason. `rangeStart` is set for the end of a range. */
  private resolve(token: DateToken, rangeStart: { year: number; month: number } | null): Resolved {
    let year = token.year;
    let month = token.month;
    if (month === null) {
      const from = rangeStart ?? (this.lastMonth !== null && this.lastYear !== null ? { year: this.lastYear, month: this.lastMonth } : null);
      if (!from) return { reason: `“${token.day}日”没有写月份` };
      month = from.month;
      year = year ?? from.year;
    }
    if (year === null) {
      if (rangeStart) {
        year = rangeStart.year + (month < rangeStart.month ? 1 : 0);
      } else if (this.segment.year !== null) {
        // 元旦 is arranged with the year it opens: its December days belong to the year before.
        year = this.segment.year - (month === 12 && this.name.split('、').includes('元旦') ? 1 : 0);
      } else if (this.lastYear !== null) {
        year = this.lastYear;
      } else {
        return { reason: `“${month}月${token.day}日”没有写年份，通知里也找不到年份` };
      }
    }
    const date = makeDate(year, month, token.day);
    if (date === null) return { reason: `${year}年${month}月${token.day}日不存在` };
    const weekday = WEEKDAY.exec(token.note);
    if (weekday && WEEKDAY_INDEX[weekday[1]] !== dayOfWeek(date)) {
      return { reason: `写的是${month}月${token.day}日（${weekday[0]}），但${date}是星期${WEEKDAY_NAME[dayOfWeek(date)]}` };
    }
    this.lastYear = year;
    this.lastMonth = month;
    return { date, year, month };
  }

  /** Days a clause lists: single days, 、 lists and 至 ranges; or a reason. */
  private clauseDays(clause: string, tokens: DateToken[]): DateOnly[] | { reason: string } {
    const dates: DateOnly[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      const first = this.resolve(tokens[i], null);
      if (!('date' in first)) return first;
      const next = tokens[i + 1];
      if (next && RANGE_JOIN.test(withoutNotes(clause.slice(tokens[i].end, next.start)))) {
        const last = this.resolve(next, first);
        if (!('date' in last)) return last;
        const length = diffDays(last.date, first.date) + 1;
        if (length < 1 || length > 31) return { reason: `${first.date}至${last.date}不是一段合理的日期范围` };
        for (let k = 0; k < length; k += 1) dates.push(addDays(first.date, k));
        i += 1;
      } else {
        dates.push(first.date);
      }
    }
    return dates;
  }

  /**
   * Reads one sentence of the item. After the first, a sentence that neither arranges anything
   * (no 放假, 上班, 补休, 调休…) nor extends is the closing or a signature of a notice pasted as one
   * paragraph, and is passed over.
   */
  sentence(text: string, first: boolean): void {
    if (/^(?:鼓励|其他|特殊说明)/.test(text)) return;
    if (!first && !/放假|上班|补休|调休|休息|休假|延长/.test(withoutNotes(text))) return;
    const parts = clauses(text);
    let holidayCount = 0;
    const pending: { kind: NoticeDay['kind']; dates: DateOnly[] }[] = [];
    for (let c = 0; c < parts.length; c += 1) {
      const clause = parts[c];
      const plain = withoutNotes(clause);
      const extend = EXTEND.exec(plain);
      const tokens = dateTokens(clause);
      if (extend) {
        this.extend(text, clause, tokens, extend[1] ? canonicalHolidayName(extend[1]) : this.name);
        continue;
      }
      if (tokens.length === 0) continue;
      // "2月3日（星期一）起正常上班": the ordinary return to work, not a 调休 workday.
      if (/起(?:正常)?上班|正常上班/.test(plain)) continue;
      let work = /上班/.test(plain);
      let off = /放假|补休|调休|休息|休假/.test(plain);
      if (!work && !off) {
        // "1月1日至3日，放假调休": the keyword in the next clause, which names no day itself.
        const following = parts[c + 1] !== undefined ? withoutNotes(parts[c + 1]) : '';
        if (following !== '' && dateTokens(parts[c + 1]).length === 0) {
          work = /上班/.test(following);
          off = /放假|补休|调休/.test(following);
        }
      }
      if (work && off) {
        this.unread.push({ text, reason: `“${clause}”既说放假又说上班，分不清哪天是哪种` });
        return;
      }
      if (!work && !off) {
        this.unread.push({ text, reason: `“${clause}”列了日期，但看不出是放假还是上班` });
        return;
      }
      const days = this.clauseDays(clause, tokens);
      if (!Array.isArray(days)) {
        this.unread.push({ text, reason: days.reason });
        return;
      }
      if (off) holidayCount += days.length;
      pending.push({ kind: off ? 'holiday' : 'workday', dates: days });
    }
    for (const { kind, dates } of pending) {
      for (const date of dates) this.book.add({ date, kind, name: this.name }, text);
      this.found += dates.length;
    }
    const count = COUNT.exec(withoutNotes(text));
    if (count && holidayCount > 0 && smallNumber(count[1]) !== holidayCount) {
      this.unread.push({ text, reason: `写着共${count[1]}天，但列出的放假日期是${holidayCount}天，请核对` });
    }
  }

  /** 延长…假期至2月2日: the days after the holiday's last day up to that day. */
  private extend(text: string, clause: string, tokens: DateToken[], name: string): void {
    const at = clause.indexOf('至');
    const token = tokens.find((t) => t.start > at);
    if (!token) {
      this.unread.push({ text, reason: '说延长假期，但没有读出延长到哪一天' });
      return;
    }
    const resolved = this.resolve(token, null);
    if (!('date' in resolved)) {
      this.unread.push({ text, reason: resolved.reason });
      return;
    }
    const end = resolved.date;
    const last = this.book.lastHoliday(name);
    if (last === null) {
      this.book.add({ date: end, kind: 'holiday', name }, text, true);
      this.found += 1;
      this.unread.push({ text, reason: `只知道${name}假期延长到${end}，文中没有原来的${name}放假日期，不知道从哪天起延长；请把原通知一并粘贴` });
      return;
    }
    if (last >= end) {
      this.unread.push({ text, reason: `${name}假期原本已放到${last}，延长到${end}说不通` });
      return;
    }
    for (let k = 1; k <= diffDays(end, last); k += 1) {
      this.book.add({ date: addDays(last, k), kind: 'holiday', name }, text, true);
      this.found += 1;
    }
  }
}

/** A title line opens a notice: its year, and the holiday a one-off notice is about. */
function readTitle(line: string, book: DayBook): Segment | null {
  const title = TITLE.exec(line);
  if (!title) return null;
  const about = title[1];
  const year = TITLE_YEAR.exec(about);
  const segment: Segment = { year: year ? Number(year[1]) : null, subject: null };
  if (/部分节假日/.test(about)) return segment;
  const extend = EXTEND_TITLE.exec(about);
  const adjust = ADJUST_TITLE.exec(about);
  const special = SPECIAL_TITLE.exec(about);
  if (extend) segment.subject = canonicalHolidayName(extend[1]);
  else if (adjust) {
    segment.subject = canonicalHolidayName(adjust[1]);
    book.dropHoliday(segment.subject);
  } else if (special) segment.subject = special[1];
  return segment;
}

/**
 * Reads a State Council holiday notice: every day off and every 上班 (调休 working) day, with the
 * holiday it belongs to. Takes the text as pasted from a web page — full-width or half-width,
 * 星期X or 周X, navigation clutter around it — and the one-off notices that change an annual one
 * (调整2019年劳动节假期安排, 延长2020年春节假期, a 纪念日调休放假 notice), pasted alone or after the
 * annual notice they change. Dates without a year take the notice's year; December days of a 元旦
 * item take the year before. A stated 共N天 and a stated weekday are checked against the dates.
 * Every item sentence that cannot be read, fully or at all, is in `unread` with the reason.
 *
 * @example
 * readHolidayNotice('国务院办公厅关于2026年部分节假日安排的通知\n一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。')
 * // → { year: 2026, unread: [], days: [
 * //   { date: '2026-01-01', kind: 'holiday', name: '元旦' }, { date: '2026-01-02', kind: 'holiday', name: '元旦' },
 * //   { date: '2026-01-03', kind: 'holiday', name: '元旦' }, { date: '2026-01-04', kind: 'workday', name: '元旦' } ] }
 * readHolidayNotice('元旦：1月1日放假。')
 * // → { year: null, days: [], unread: [
 * //   { text: '', reason: '找不到通知的年份…' }, { text: '1月1日放假。', reason: '“1月1日”没有写年份，通知里也找不到年份' } ] }
 */
export function readHolidayNotice(text: string): HolidayNotice {
  const unread: UnreadSentence[] = [];
  const book = new DayBook(unread);
  const lines = noticeLines(text);
  let year: number | null = null;
  for (const line of lines) {
    const title = TITLE.exec(line);
    const found = title ? TITLE_YEAR.exec(title[1]) : null;
    if (found) {
      year = Number(found[1]);
      break;
    }
  }
  if (year === null) {
    const normalized = normalizeNoticeText(text);
    const body = BODY_YEAR.exec(normalized) ?? FULL_DATE_ARRANGED.exec(normalized);
    if (body) year = Number(body[1]);
  }
  if (year === null) {
    unread.push({ text: '', reason: '找不到通知的年份（标题应为“国务院办公厅关于YYYY年部分节假日安排的通知”），没写年份的日期无法确定' });
  }

  let segment: Segment = { year, subject: null };
  // The item the previous line belonged to: "1月4日（周日）上班。" on a line of its own continues it.
  let current: ItemReader | null = null;
  for (const line of lines) {
    const opened = readTitle(line, book);
    if (opened) {
      segment = { year: opened.year ?? segment.year, subject: opened.subject };
      current = null;
      continue;
    }
    const header = HEADER.exec(line);
    const rest = header ? line.slice(header[0].length) : line;
    const named = NAMED_ITEM.exec(rest);
    let name: string;
    let body: string;
    if (named) {
      name = named[1].split(/[、和及]/).map(canonicalHolidayName).join('、');
      body = rest.slice(named[0].length);
    } else {
      const hasDate = dateTokens(withoutNotes(rest)).length > 0;
      const extend = EXTEND.exec(rest);
      const extended = extend ? (extend[1] ? canonicalHolidayName(extend[1]) : segment.subject) : null;
      if (extended !== null) {
        name = extended;
      } else if (segment.subject !== null && hasDate && KEYWORD.test(rest)) {
        name = segment.subject;
      } else if (current !== null && header === null && hasDate && KEYWORD.test(rest) && !PREAMBLE.test(rest)) {
        const item = current;
        const before = unread.length;
        const found = item.found;
        sentences(rest).forEach((s, i) => item.sentence(s, i === 0));
        if (item.found === found && unread.length === before) unread.push({ text: line, reason: '这一行没有读出任何日期' });
        continue;
      } else {
        current = null;
        if (hasDate && KEYWORD.test(rest) && !PREAMBLE.test(rest) && !/^\d{4}年\d{1,2}月\d{1,2}日$/.test(rest)) {
          unread.push({ text: line, reason: '这句像是放假安排，但不在“元旦：”“春节：”这样的条目里，不知道属于哪个节日' });
        }
        continue;
      }
      body = rest;
    }
    const reader = new ItemReader(name, segment, book, unread);
    current = reader;
    const before = unread.length;
    sentences(body).forEach((s, i) => reader.sentence(s, i === 0));
    if (reader.found === 0 && unread.length === before) {
      unread.push({ text: line, reason: `这一条（${name}）没有读出任何日期` });
    }
  }
  return { year, days: book.sorted(), unread };
}
