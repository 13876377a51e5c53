import { createNoticeNumberer } from './numberNotices';

describe('createNoticeNumberer', () => {
  it('starts each year and color at 1', () => {
    const next = createNoticeNumberer('督', []);
    expect(next.next(2020, 'blue')).toBe('督〔2020〕蓝1号');
    expect(next.next(2020, 'blue')).toBe('督〔2020〕蓝2号');
    expect(next.next(2020, 'yellow')).toBe('督〔2020〕黄1号');
    expect(next.next(2021, 'blue')).toBe('督〔2021〕蓝1号');
  });

  it('continues after the highest number used in the log, per year and color', () => {
    const next = createNoticeNumberer('督', ['督〔2020〕红7号', '督〔2020〕红3号', '督〔2020〕黄2号', '督〔2019〕蓝40号']);
    expect(next.next(2020, 'red')).toBe('督〔2020〕红8号');
    expect(next.next(2021, 'red')).toBe('督〔2021〕红1号');
    expect(next.next(2020, 'yellow')).toBe('督〔2020〕黄3号');
    expect(next.next(2020, 'blue')).toBe('督〔2020〕蓝1号');
  });

  it('counts numbers retyped by hand with other brackets, and skips other series and non-numbers', () => {
    const next = createNoticeNumberer('督', ['督[2020]蓝5号', '湘督〔2020〕蓝9号', '第3号', '']);
    expect(next.next(2020, 'blue')).toBe('督〔2020〕蓝6号');
  });
});
