import { onlyInputFile, parseOptions } from './parseOptions';
import { UsageError } from './usageError';

const USAGE = '用法 Usage: duban test 台账.xlsx';
const OPTIONS = { out: { type: 'string' }, json: { type: 'boolean', default: false }, map: { type: 'string', multiple: true } } as const;

describe('parseOptions', () => {
  it('gives the values, defaults filled in, and the positionals', () => {
    expect(parseOptions(['台账.xlsx', '--out', '输出.xlsx', '--map', '督办事项=B', '--map', '备注=无'], OPTIONS, USAGE)).toEqual({
      values: { out: '输出.xlsx', json: false, map: ['督办事项=B', '备注=无'] },
      positionals: ['台账.xlsx'],
    });
  });

  it('words an unknown option in Chinese, then the usage', () => {
    expect(() => parseOptions(['--colour'], OPTIONS, USAGE)).toThrow(new UsageError(`未知选项 --colour\n${USAGE}`));
    expect(() => parseOptions(['-x'], OPTIONS, USAGE)).toThrow(new UsageError(`未知选项 -x\n${USAGE}`));
  });

  it('words a missing value in Chinese, then the usage', () => {
    expect(() => parseOptions(['台账.xlsx', '--out'], OPTIONS, USAGE)).toThrow(new UsageError(`选项 --out 缺少取值\n${USAGE}`));
  });

  it('quotes any other mistake after 参数有误', () => {
    expect(() => parseOptions(['--json=yes'], OPTIONS, USAGE)).toThrow(new UsageError(`参数有误：Option '--json' does not take an argument\n${USAGE}`));
  });
});

describe('onlyInputFile', () => {
  it('is the one positional, and refuses none or two', () => {
    expect(onlyInputFile(['台账.xlsx'], USAGE)).toBe('台账.xlsx');
    expect(() => onlyInputFile([], USAGE)).toThrow(new UsageError(`需要且只需要一个台账文件\n${USAGE}`));
    expect(() => onlyInputFile(['a.xlsx', 'b.xlsx'], USAGE)).toThrow(new UsageError(`需要且只需要一个台账文件\n${USAGE}`));
  });
});
