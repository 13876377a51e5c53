import { WorkbookOpenError } from '../../xlsx/xlsxWorkbook';
import { UsageError, catchUsageErrors } from './usageError';

const capture = () => {
  const io = { err: '', stderr: (t: string) => void (io.err += t) };
  return io;
};

describe('catchUsageErrors', () => {
  it('passes the command\'s exit code through', async () => {
    const io = capture();
    expect(await catchUsageErrors(io, async () => 0)).toBe(0);
    expect(io.err).toBe('');
  });

  it('a UsageError or a file that is not a workbook is one line on stderr and exit 2', async () => {
    const io = capture();
    expect(await catchUsageErrors(io, async () => Promise.reject(new UsageError('找不到文件：/tmp/台账.xlsx')))).toBe(2);
    expect(await catchUsageErrors(io, async () => Promise.reject(new WorkbookOpenError('不是 .xlsx 文件（文件内容不是 zip 格式）')))).toBe(2);
    expect(io.err).toBe('duban: 找不到文件：/tmp/台账.xlsx\nduban: 不是 .xlsx 文件（文件内容不是 zip 格式）\n');
  });

  it('throws anything else on, printing nothing', async () => {
    const io = capture();
    await expect(catchUsageErrors(io, async () => Promise.reject(new TypeError('x is undefined')))).rejects.toThrow(new TypeError('x is undefined'));
    expect(io.err).toBe('');
  });
});
