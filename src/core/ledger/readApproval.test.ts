import { readApproval } from './readApproval';

describe('readApproval', () => {
  it.each(['否', '不同意', '未批准', '不予批准', '没有批准', '驳回', 'N', 'no', '×'])('%s → not approved', (text) => {
    expect(readApproval(text)).toBe(false);
  });

  it.each(['是', '同意', '已批准', '批准', ' ', 'Yes'])('%s → approved', (text) => {
    expect(readApproval(text)).toBe(true);
  });

  it('reads a blank cell and TRUE as approved, FALSE as not', () => {
    expect(readApproval(null)).toBe(true);
    expect(readApproval(true)).toBe(true);
    expect(readApproval(false)).toBe(false);
  });
});
