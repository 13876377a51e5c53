import fc from 'fast-check';
import { composeDueSoonSms, composeSms, smsSignature, SMS_MAX_LENGTH, type DueSoonSmsInput, type SmsInput } from './composeSms';
import { dateOnly } from '../../../test/support/dateOnly';

const OFFICE = '湘阴县人民政府督查室';
const base: SmsInput = { office: OFFICE, unit: '县住建局', title: '背街小巷提质改造', color: 'yellow', deadline: dateOnly('2020-05-11'), issueDate: dateOnly('2020-05-18') };
const LONG_TITLE = '关于全面推进城区老旧小区改造、背街小巷提质改造和城市管网改造的若干重点工作任务落实情况';
// Chinese, ASCII, spaces and line breaks, a character outside the BMP, quotes, formula starts.
const CHARS = fc.constantFrom('县', '住', '建', '局', 'A', '1', ' ', '\n', '\t', '𠀀', '“', '”', '=', '+', '…');
const LONG_UNIT = '湘阴县住房和城乡建设局城市管理和综合执法局联合工作专班办公室';

describe('smsSignature', () => {
  it('shortens the county office to its level and name', () => {
    expect(smsSignature('湘阴县人民政府督查室')).toBe('县督查室');
    expect(smsSignature('岳阳市人民政府督查室')).toBe('市督查室');
    expect(smsSignature('督查办')).toBe('督查办');
  });
});

describe('composeSms', () => {
  it('is the one sentence of the example for a yellow notice', () => {
    expect(composeSms(base)).toBe('【县督查室】县住建局：“背街小巷提质改造”已超时限（5月11日），现发黄色督办单，请限期整改。');
  });

  it('words blue as a reminder and red as an order', () => {
    expect(composeSms({ ...base, color: 'blue', issueDate: dateOnly('2020-05-11') })).toBe(
      '【县督查室】县住建局：“背街小巷提质改造”已到办理时限（5月11日），现发蓝色督办单，请抓紧办结。',
    );
    expect(composeSms({ ...base, color: 'red', issueDate: dateOnly('2020-05-28') })).toBe(
      '【县督查室】县住建局：“背街小巷提质改造”已超时限（5月11日），现发红色督办单，请立即整改。',
    );
  });

  it('writes the year of a deadline in another year than the notice', () => {
    expect(composeSms({ ...base, color: 'red', deadline: dateOnly('2020-12-31'), issueDate: dateOnly('2021-01-04') })).toBe(
      '【县督查室】县住建局：“背街小巷提质改造”已超时限（2020年12月31日），现发红色督办单，请立即整改。',
    );
  });

  it('shortens a long title with … to exactly 70 characters', () => {
    const sms = composeSms({ ...base, title: LONG_TITLE });
    expect(sms).toBe('【县督查室】县住建局：“关于全面推进城区老旧小区改造、背街小巷提质改造和城市管网改造…”已超时限（5月11日），现发黄色督办单，请限期整改。');
    expect(sms).toHaveLength(70);
  });

  it('shortens the unit too when the title alone cannot make room', () => {
    const sms = composeSms({ ...base, unit: LONG_UNIT, title: LONG_TITLE });
    expect(sms).toBe('【县督查室】湘阴县住房和城乡建设局城市管理和综合执法局联合工作专班办…：“关于全面推…”已超时限（5月11日），现发黄色督办单，请限期整改。');
    expect(sms).toHaveLength(70);
  });

  it('puts a title on one line', () => {
    expect(composeSms({ ...base, title: '背街小巷\n提质改造' })).toBe('【县督查室】县住建局：“背街小巷 提质改造”已超时限（5月11日），现发黄色督办单，请限期整改。');
  });

  it('never splits a character outside the BMP and counts it as two', () => {
    const sms = composeSms({ ...base, title: '𠀀'.repeat(40) });
    expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
    expect(sms).toContain('𠀀…”');
    expect(sms).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('stays one complete sentence of at most 70 characters whatever the names', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: CHARS, maxLength: 120 }),
        fc.string({ unit: CHARS, maxLength: 120 }),
        fc.constantFrom('blue', 'yellow', 'red' as const),
        fc.constantFrom(OFFICE, '某某县人民政府督查室', '督查'.repeat(60)),
        (unit, title, color, office) => {
          const sms = composeSms({ ...base, unit, title, color, office });
          expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
          expect(sms.startsWith('【')).toBe(true);
          expect(sms).toContain(`现发${{ blue: '蓝', yellow: '黄', red: '红' }[color]}色督办单`);
          expect(sms).toContain('（5月11日）');
          expect(sms.endsWith('。')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('composeDueSoonSms', () => {
  const soon: DueSoonSmsInput = { office: OFFICE, unit: '县住建局', title: '背街小巷提质改造', deadline: dateOnly('2020-10-09') };

  it('reminds the unit of the deadline, naming no notice', () => {
    expect(composeDueSoonSms(soon)).toBe('【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于10月9日到期，请抓紧办理。');
  });

  it('writes a deadline in the new year as month and day', () => {
    expect(composeDueSoonSms({ ...soon, deadline: dateOnly('2021-01-04') })).toBe('【县督查室】提醒：县住建局承办的“背街小巷提质改造”将于1月4日到期，请抓紧办理。');
  });

  it('shortens a long title with … to exactly 70 characters', () => {
    // 34 characters besides the title leave it 36, the … included.
    const sms = composeDueSoonSms({ ...soon, title: LONG_TITLE });
    expect(sms).toBe('【县督查室】提醒：县住建局承办的“关于全面推进城区老旧小区改造、背街小巷提质改造和城市管网改造的若干重点…”将于10月9日到期，请抓紧办理。');
    expect(sms).toHaveLength(70);
  });

  it('keeps a long unit whole when a title of 10 characters makes room for it', () => {
    // 30 characters besides unit and title leave 40: the 30-character unit and 10 of the title.
    const sms = composeDueSoonSms({ ...soon, unit: LONG_UNIT, title: LONG_TITLE });
    expect(sms).toBe('【县督查室】提醒：湘阴县住房和城乡建设局城市管理和综合执法局联合工作专班办公室承办的“关于全面推进城区老…”将于10月9日到期，请抓紧办理。');
    expect(sms).toHaveLength(70);
  });

  it('stays one complete sentence of at most 70 characters whatever the names', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: CHARS, maxLength: 120 }),
        fc.string({ unit: CHARS, maxLength: 120 }),
        fc.constantFrom(OFFICE, '某某县人民政府督查室', '督查'.repeat(60)),
        (unit, title, office) => {
          const sms = composeDueSoonSms({ ...soon, unit, title, office });
          expect(sms.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
          expect(sms.startsWith('【')).toBe(true);
          expect(sms).toContain('将于10月9日到期，请抓紧办理。');
          expect(sms).not.toContain('督办单');
        },
      ),
      { numRuns: 300 },
    );
  });
});
