import { formatNoticeNumber, parseNoticeNumber } from './noticeNumber';

describe('formatNoticeNumber', () => {
  it('writes prefix, year in 〔〕, color, sequence and 号', () => {
    expect(formatNoticeNumber('督', 2020, 'blue', 1)).toBe('督〔2020〕蓝1号');
    expect(formatNoticeNumber('督', 2020, 'yellow', 3)).toBe('督〔2020〕黄3号');
    expect(formatNoticeNumber('湘督', 2021, 'red', 12)).toBe('湘督〔2021〕红12号');
  });
});

describe('parseNoticeNumber', () => {
  it('reads a number the add-in wrote', () => {
    expect(parseNoticeNumber('督〔2020〕黄3号')).toEqual({ prefix: '督', year: 2020, color: 'yellow', n: 3 });
  });
  it('reads numbers retyped by hand: other brackets, full-width digits, spaces, 红色, no 号', () => {
    expect(parseNoticeNumber('督[2020]红7号')).toEqual({ prefix: '督', year: 2020, color: 'red', n: 7 });
    expect(parseNoticeNumber('督（２０２０）蓝１２号')).toEqual({ prefix: '督', year: 2020, color: 'blue', n: 12 });
    expect(parseNoticeNumber(' 督 【2021】 红色 2 ')).toEqual({ prefix: '督', year: 2021, color: 'red', n: 2 });
  });
  it('rejects what is not a number', () => {
    expect(parseNoticeNumber('')).toBeNull();
    expect(parseNoticeNumber('督2020红3号')).toBeNull();
    expect(parseNoticeNumber('督〔2020〕紫3号')).toBeNull();
    expect(parseNoticeNumber('督〔2020〕红0号')).toBeNull();
    expect(parseNoticeNumber('督〔20〕红3号')).toBeNull();
  });
});
