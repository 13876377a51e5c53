import { promises as fs } from 'node:fs';
import { UsageError } from './usageError';

/**
 * The bytes of the input file; a missing or unreadable file is the user's to fix.
 *
 * @example
 * await readInput('/tmp/台账.xlsx') // <Buffer 50 4b 03 04 …>
 * await readInput('/tmp/nope.xlsx') // throws UsageError('找不到文件：/tmp/nope.xlsx')
 */
export async function readInput(file: string): Promise<Buffer> {
  return fs.readFile(file).catch((e: NodeJS.ErrnoException) => {
    throw new UsageError(e.code === 'ENOENT' ? `找不到文件：${file}` : `无法读取文件：${file}（${e.code ?? e.message}）`);
  });
}
