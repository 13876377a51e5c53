import { readMapOptions } from './mapOption';
import { UsageError } from './usageError';

describe('readMapOptions', () => {
  it('keeps each concept\'s column and the option as written', () => {
    expect(readMapOptions(undefined)).toEqual({ choices: {}, given: {} });
    expect(readMapOptions(['督办事项=B', 'remark＝无'])).toEqual({
      choices: { title: 'B', remark: '无' },
      given: { title: '督办事项=B', remark: 'remark＝无' },
    });
  });

  it('a value without =, or a concept given twice, is a UsageError', () => {
    expect(() => readMapOptions(['督办事项'])).toThrow(new UsageError('--map 应写成 概念=列（如 --map 督办事项=B）：--map 督办事项'));
    expect(() => readMapOptions(['督办事项=B', 'title=C'])).toThrow(
      new UsageError('督办事项指定了两次：--map 督办事项=B 和 --map title=C，每个概念只能指定一次'),
    );
  });
});
