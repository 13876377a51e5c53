import { noticeTitle } from './noticeTitle';

describe('noticeTitle', () => {
  it('names the office and the color', () => {
    expect(noticeTitle('湘阴县人民政府督查室', 'blue')).toBe('湘阴县人民政府督查室 蓝色督办单');
    expect(noticeTitle('湘阴县人民政府督查室', 'red')).toBe('湘阴县人民政府督查室 红色督办单');
  });
});
