import { readFileSync } from 'fs';
import { join } from 'path';
import chineseDays from 'chinese-days/dist/chinese-days.json';
import { type NoticeDay, readHolidayNotice } from './readHolidayNotice';

const FIXTURES = join(__dirname, '../../../test/fixtures/holiday-notices');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
}

/** `YYYY-MM-DD H|W name` lines: one readable string per day. */
function lines(days: NoticeDay[]): string[] {
  return days.map((d) => `${d.date} ${d.kind === 'holiday' ? 'H' : 'W'} ${d.name}`);
}

const TITLE = (year: number) => `国务院办公厅关于${year}年部分节假日安排的通知\n`;

describe('readHolidayNotice: the notices 2015–2026 against the chinese-days package', () => {
  // The notices each year's days come from: the annual notice, then any notice that changed it.
  const NOTICES: Record<number, string[]> = {
    2015: ['2015', '2015-victory-day'],
    2016: ['2016'],
    2017: ['2017'],
    2018: ['2018'],
    2019: ['2019', '2019-labour-day'],
    2020: ['2020', '2020-extension'],
    2021: ['2021'],
    2022: ['2022'],
    2023: ['2023'],
    2024: ['2024'],
    2025: ['2025'],
    2026: ['2026'],
  };

  // Where the package and the notice legitimately differ (`+` only in what the notice says, `-`
  // only in the package). Everything else must agree day by day.
  const KNOWN_DIFFERENCES: Record<number, string[]> = {
    // 《…胜利70周年纪念日调休放假的通知》: "9月3日至5日调休放假，共3天". The package stores only the
    // weekdays 9-03 (放假) and 9-04 (调休) and leaves out Saturday 9-05, which the notice's range
    // (and its 共3天) includes.
    2015: ['+ 2015-09-05 H'],
    // 清明节/端午节/中秋节 2019: "4月5日放假，与周末连休" names one day; the package's 2019 entries
    // (.r(4,5).to(4,7) …) add the weekend that follows as holidays, unlike every other year it
    // encodes 与周末连休 (2016 清明, 2018 端午/中秋, 2024 元旦/端午 list only the named day).
    2019: [
      '- 2019-04-06 H',
      '- 2019-04-07 H',
      '- 2019-06-08 H',
      '- 2019-06-09 H',
      '- 2019-09-14 H',
      '- 2019-09-15 H',
    ],
  };

  const PACKAGE_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

  /** The package's days of the notice for `year`: a December 元旦 day belongs to the next year's notice. */
  function packageDays(year: number): Map<string, { kind: 'H' | 'W'; name: string }> {
    const days = new Map<string, { kind: 'H' | 'W'; name: string }>();
    const tables: [Record<string, string>, 'H' | 'W'][] = [
      [chineseDays.holidays, 'H'],
      [chineseDays.workdays, 'W'],
    ];
    for (const [table, kind] of tables) {
      for (const [date, label] of Object.entries(table)) {
        const name = label.split(',')[1];
        const noticeYear = Number(date.slice(0, 4)) + (date.slice(5, 7) === '12' && name === '元旦' ? 1 : 0);
        if (noticeYear === year) days.set(date, { kind, name: PACKAGE_NAMES[name] ?? name });
      }
    }
    return days;
  }

  it.each(Object.keys(NOTICES).map(Number))('%i matches the package day by day', (year) => {
    const notice = readHolidayNotice(NOTICES[year].map(fixture).join('\n'));
    expect(notice.year).toBe(year);
    expect(notice.unread).toEqual([]);

    const expected = packageDays(year);
    const differences: string[] = [];
    for (const day of notice.days) {
      const kind = day.kind === 'holiday' ? 'H' : 'W';
      const listed = expected.get(day.date);
      if (!listed || listed.kind !== kind) differences.push(`+ ${day.date} ${kind}`);
      // Same holiday: the notice's '中秋节、国庆节' covers the package's 中秋 and 国庆节 alike.
      else expect(`${day.date} ${day.name.split('、').includes(listed.name) ? listed.name : day.name}`).toBe(`${day.date} ${listed.name}`);
    }
    const read = new Map<string, string>(notice.days.map((d) => [d.date, d.kind === 'holiday' ? 'H' : 'W']));
    for (const [date, { kind }] of expected) if (read.get(date) !== kind) differences.push(`- ${date} ${kind}`);
    expect(differences.sort()).toEqual(KNOWN_DIFFERENCES[year] ?? []);
  });

  it('reads a full-width copy broken mid-sentence like the half-width notice (2025)', () => {
    const fullWidth = readHolidayNotice(fixture('2025-fullwidth'));
    expect(fullWidth.unread).toEqual([]);
    expect(fullWidth.days).toEqual(readHolidayNotice(fixture('2025')).days);
  });

  it('reads a notice pasted as one paragraph like the notice with its line breaks (2020)', () => {
    const oneParagraph = readHolidayNotice(fixture('2020-one-paragraph'));
    expect(oneParagraph.unread).toEqual([]);
    expect(oneParagraph.days).toEqual(readHolidayNotice(fixture('2020')).days);
  });

  it('ignores the web-page clutter around a notice (2019, 2026)', () => {
    const bare = (name: string) =>
      fixture(name)
        .split('\n')
        .filter((line) => !/首页|字体|来源|上一条|下一条|分享到|责任编辑|相关稿件|扫一扫|纠错|网站|当前位置|国务院文件库/.test(line))
        .join('\n');
    for (const name of ['2019', '2026']) {
      expect(bare(name)).not.toEqual(fixture(name));
      const cluttered = readHolidayNotice(fixture(name));
      expect(cluttered.unread).toEqual([]);
      expect(cluttered.days).toEqual(readHolidayNotice(bare(name)).days);
    }
  });
});

describe('readHolidayNotice: wordings', () => {
  it('reads 至 ranges, 周X and a 上班 day (2026 元旦)', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。`);
    expect(notice).toEqual({
      year: 2026,
      unread: [],
      days: [
        { date: '2026-01-01', kind: 'holiday', name: '元旦' },
        { date: '2026-01-02', kind: 'holiday', name: '元旦' },
        { date: '2026-01-03', kind: 'holiday', name: '元旦' },
        { date: '2026-01-04', kind: 'workday', name: '元旦' },
      ],
    });
  });

  it('counts a 补休 day as a day off (2017 元旦)', () => {
    expect(lines(readHolidayNotice(`${TITLE(2017)}一、元旦：1月1日放假，1月2日（星期一）补休。`).days)).toEqual([
      '2017-01-01 H 元旦',
      '2017-01-02 H 元旦',
    ]);
  });

  it('lists only the named day for 与周末连休 (2017 劳动节)', () => {
    const notice = readHolidayNotice(`${TITLE(2017)}四、劳动节：5月1日放假，与周末连休。`);
    expect(notice.unread).toEqual([]);
    expect(lines(notice.days)).toEqual(['2017-05-01 H 劳动节']);
  });

  it.each([
    ['四、劳动节：4月30日至5月4日放假调休，共5天。', 2022, ['2022-04-30', '2022-05-01', '2022-05-02', '2022-05-03', '2022-05-04']],
    [
      '六、中秋节、国庆节：9月29日至10月6日放假调休，共8天。',
      2023,
      ['2023-09-29', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-03', '2023-10-04', '2023-10-05', '2023-10-06'],
    ],
    ['二、春节：1月31日至2月6日放假调休，共7天。', 2022, ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04', '2022-02-05', '2022-02-06']],
  ])('reads a range across a month boundary: %s', (item, year, dates) => {
    const notice = readHolidayNotice(TITLE(year) + item);
    expect(notice.unread).toEqual([]);
    expect(notice.days.map((d) => d.date)).toEqual(dates);
  });

  it('names the days of a joint item 中秋节、国庆节 and reads a 、 list of 上班 days (星期X)', () => {
    const notice = readHolidayNotice(`${TITLE(2020)}中秋节、国庆节：10月1日至8日放假调休，共8天。9月27日（星期日）、10月10日（星期六）上班。`);
    expect(notice.unread).toEqual([]);
    expect(lines(notice.days)).toEqual([
      '2020-09-27 W 中秋节、国庆节',
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((d) => `2020-10-0${d} H 中秋节、国庆节`),
      '2020-10-10 W 中秋节、国庆节',
    ]);
  });

  it('reads lunar notes inside the parentheses (2026 春节)', () => {
    const notice = readHolidayNotice(
      `${TITLE(2026)}二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。`,
    );
    expect(notice.unread).toEqual([]);
    expect(lines(notice.days)).toEqual([
      '2026-02-14 W 春节',
      ...[15, 16, 17, 18, 19, 20, 21, 22, 23].map((d) => `2026-02-${d} H 春节`),
      '2026-02-28 W 春节',
    ]);
  });

  it('reads full-width digits and punctuation, and half-width ones', () => {
    const full = readHolidayNotice(`${TITLE(2026)}一、元旦：１月１日（周四）至３日（周六）放假调休，共３天。１月４日（周日）上班。`);
    const half = readHolidayNotice(`${TITLE(2026)}1.元旦:1月1日(周四)至3日(周六)放假调休,共3天。1月4日(周日)上班。`);
    expect(full.unread).toEqual([]);
    expect(lines(full.days)).toEqual(['2026-01-01 H 元旦', '2026-01-02 H 元旦', '2026-01-03 H 元旦', '2026-01-04 W 元旦']);
    expect(half).toEqual(full);
  });

  it('reads spaces and line breaks inside an item', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}  一、 元旦： 1 月 1 日（周四）\n至 3 日（周六）放假调休，\n共 3 天。\n1月4日（周日）上班。`);
    expect(notice.unread).toEqual([]);
    expect(lines(notice.days)).toEqual(['2026-01-01 H 元旦', '2026-01-02 H 元旦', '2026-01-03 H 元旦', '2026-01-04 W 元旦']);
  });

  it.each(['一、清明节：', '（三）清明节：', '3.清明节:', '——清明节：', '清明节：', '清明：'])('reads the item header %s', (header) => {
    const notice = readHolidayNotice(`${TITLE(2026)}${header}4月4日（周六）至6日（周一）放假，共3天。`);
    expect(notice.unread).toEqual([]);
    expect(lines(notice.days)).toEqual(['2026-04-04 H 清明节', '2026-04-05 H 清明节', '2026-04-06 H 清明节']);
  });

  it('takes the year before for a December 元旦 day without a year (2019 notice)', () => {
    const notice = readHolidayNotice(`${TITLE(2019)}一、元旦：12月30日至1月1日放假，共3天。12月29日（星期六）上班。`);
    expect(notice.unread).toEqual([]);
    expect(lines(notice.days)).toEqual(['2018-12-29 W 元旦', '2018-12-30 H 元旦', '2018-12-31 H 元旦', '2019-01-01 H 元旦']);
  });

  it('reads explicit years across the turn of the year (2023 元旦)', () => {
    const notice = readHolidayNotice(`${TITLE(2023)}一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。`);
    expect(lines(notice.days)).toEqual(['2022-12-31 H 元旦', '2023-01-01 H 元旦', '2023-01-02 H 元旦']);
  });

  it('takes the year from the body when there is no title', () => {
    const notice = readHolidayNotice('经国务院批准，现将2026年元旦、春节放假调休日期的具体安排通知如下。\n一、元旦：1月1日至3日放假调休，共3天。');
    expect(notice.year).toBe(2026);
    expect(notice.days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });

  it('extends the 春节 holiday with an extension notice pasted after the annual one (2020)', () => {
    const notice = readHolidayNotice(`${fixture('2020')}\n${fixture('2020-extension')}`);
    const spring = lines(notice.days.filter((d) => d.name === '春节'));
    // 2月1日 was a 上班 Saturday; the extension made it a day off. 2月3日 is an ordinary Monday.
    expect(spring).toEqual([
      '2020-01-19 W 春节',
      ...[24, 25, 26, 27, 28, 29, 30, 31].map((d) => `2020-01-${d} H 春节`),
      '2020-02-01 H 春节',
      '2020-02-02 H 春节',
    ]);
  });

  it('reads an extension notice alone as far as it goes, and says what it could not know', () => {
    const notice = readHolidayNotice(fixture('2020-extension'));
    expect(notice.year).toBe(2020);
    expect(lines(notice.days)).toEqual(['2020-02-02 H 春节']);
    expect(notice.unread).toHaveLength(1);
    expect(notice.unread[0].text).toContain('延长2020年春节假期至2月2日');
    expect(notice.unread[0].reason).toContain('不知道从哪天起延长');
  });

  it('replaces a holiday with an adjustment notice pasted after the annual one (2019 劳动节)', () => {
    expect(lines(readHolidayNotice(fixture('2019')).days.filter((d) => d.name === '劳动节'))).toEqual(['2019-05-01 H 劳动节']);
    const adjusted = readHolidayNotice(`${fixture('2019')}\n${fixture('2019-labour-day')}`);
    expect(lines(adjusted.days.filter((d) => d.name === '劳动节'))).toEqual([
      '2019-04-28 W 劳动节',
      '2019-05-01 H 劳动节',
      '2019-05-02 H 劳动节',
      '2019-05-03 H 劳动节',
      '2019-05-04 H 劳动节',
      '2019-05-05 W 劳动节',
    ]);
  });

  it('names the days of a one-off notice after its title, without duplicates (2015 纪念日)', () => {
    const notice = readHolidayNotice(fixture('2015-victory-day'));
    expect(notice.year).toBe(2015); // the title has none: from 2015年9月3日全国放假1天
    expect(notice.days.map((d) => `${d.date} ${d.kind}`)).toEqual([
      '2015-09-03 holiday',
      '2015-09-04 holiday',
      '2015-09-05 holiday',
      '2015-09-06 workday',
    ]);
    expect(new Set(notice.days.map((d) => d.name))).toEqual(new Set(['中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日']));
    expect(notice.unread).toEqual([]);
  });

  it('ignores the preamble, the closing and advice that name holidays and dates (2024, 2025)', () => {
    const notice = readHolidayNotice(fixture('2024'));
    expect(notice.unread).toEqual([]);
    // 鼓励…安排职工在除夕（2月9日）休息 is advice, not a day off.
    expect(notice.days.some((d) => d.date === '2024-02-09')).toBe(false);
    expect(readHolidayNotice(fixture('2025')).unread).toEqual([]);
  });
});

describe('readHolidayNotice: what it cannot read', () => {
  it('reports an item that yields no dates', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}三、清明节：清明当天放假，与周末连休。\n四、劳动节：5月1日放假。`);
    expect(lines(notice.days)).toEqual(['2026-05-01 H 劳动节']);
    expect(notice.unread).toEqual([{ text: '三、清明节:清明当天放假,与周末连休。', reason: expect.stringContaining('没有读出任何日期') }]);
  });

  it('reports dates that say neither 放假 nor 上班', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}一、元旦：1月1日至3日。`);
    expect(notice.days).toEqual([]);
    expect(notice.unread).toEqual([{ text: '1月1日至3日。', reason: expect.stringContaining('看不出是放假还是上班') }]);
  });

  it('reports a day that does not exist', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}二、春节：2月30日放假。`);
    expect(notice.days).toEqual([]);
    expect(notice.unread).toEqual([{ text: '2月30日放假。', reason: '2026年2月30日不存在' }]);
  });

  it('reports a weekday that does not match the date', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周六）上班。`);
    expect(notice.days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(notice.unread).toEqual([{ text: '1月4日(周六)上班。', reason: expect.stringContaining('2026-01-04是星期日') }]);
  });

  it('reports a 共N天 that does not match the range, keeping the listed days', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}七、国庆节：10月1日至7日放假调休，共8天。`);
    expect(notice.days).toHaveLength(7);
    expect(notice.unread).toEqual([{ text: '10月1日至7日放假调休,共8天。', reason: expect.stringContaining('共8天') }]);
  });

  it('reports a day that is both off and a workday, and keeps neither', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}一、元旦：1月1日至3日放假调休，共3天。1月3日（周六）上班。`);
    expect(notice.days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02']);
    expect(notice.unread).toEqual([{ text: '1月3日(周六)上班。', reason: expect.stringContaining('2026-01-03既被列为放假日又被列为上班日') }]);
  });

  it('reports a missing year and the dates that need it', () => {
    const notice = readHolidayNotice('一、元旦：1月1日放假。');
    expect(notice.year).toBeNull();
    expect(notice.days).toEqual([]);
    expect(notice.unread.map((u) => u.reason)).toEqual([
      expect.stringContaining('找不到通知的年份'),
      expect.stringContaining('没有写年份'),
    ]);
  });

  it('reports an arrangement outside any holiday item', () => {
    const notice = readHolidayNotice(`${TITLE(2026)}2月16日至20日放假调休，共5天。`);
    expect(notice.days).toEqual([]);
    expect(notice.unread).toEqual([{ text: '2月16日至20日放假调休,共5天。', reason: expect.stringContaining('不知道属于哪个节日') }]);
  });

  it('ignores clutter lines: no days, nothing unread', () => {
    const clutter = [
      '首页 > 政策 > 国务院政策文件库',
      '【字体：大 中 小】 打印本页 关闭窗口',
      '来源：新华社  2025-11-04 10:00',
      '分享到：微信 微博',
      '相关阅读：2026年放假安排来了',
    ].join('\n');
    const notice = readHolidayNotice(`${clutter}\n${TITLE(2026)}一、元旦：1月1日至3日放假调休，共3天。\n${clutter}`);
    expect(notice.unread).toEqual([]);
    expect(notice.days.map((d) => d.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
  });
});
