import { truncate } from './truncate';

describe('truncate', () => {
  it('leaves text within the limit alone', () => {
    expect(truncate('督办事项', 4, '…')).toBe('督办事项');
    expect(truncate('', 0)).toBe('');
  });

  it('cuts to the limit, the marker included', () => {
    expect(truncate('背街小巷提质改造', 5, '…')).toBe('背街小巷…');
    expect(truncate('背街小巷提质改造', 5)).toBe('背街小巷提');
    expect(truncate('背街小巷提质改造', 6, '（略）')).toBe('背街小（略）');
  });

  it('counts UTF-16 units and never splits a surrogate pair', () => {
    // '😀' is two units: cutting after one would leave half of it.
    expect(truncate('ab😀cd', 3)).toBe('ab');
    expect(truncate('ab😀cd', 4)).toBe('ab😀');
    expect(truncate('ab😀cd', 4, '…')).toBe('ab…');
    expect(truncate('ab😀cd', 5, '…')).toBe('ab😀…');
  });

  it('gives just the marker when nothing else fits', () => {
    expect(truncate('督办事项', 1, '…')).toBe('…');
    expect(truncate('😀督办', 2, '…')).toBe('…');
  });
});
