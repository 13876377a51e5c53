import { compareIds } from './compareIds';

describe('compareIds', () => {
  it('orders digit runs as numbers', () => {
    expect(['A10', 'A2', 'B1', 'A1', '12', '9'].sort(compareIds)).toEqual(['9', '12', 'A1', 'A2', 'A10', 'B1']);
  });
  it('is a total order on distinct ids that differ only in leading zeros', () => {
    expect(compareIds('01', '1')).toBeGreaterThan(0);
    expect(compareIds('1', '01')).toBeLessThan(0);
    expect(compareIds('县1', '县1')).toBe(0);
    expect(compareIds('A', 'A1')).toBeLessThan(0);
  });
});
