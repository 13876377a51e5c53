import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInput } from './readInput';
import { UsageError } from './usageError';

describe('readInput', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-in-'));
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('is the file\'s bytes', async () => {
    const file = path.join(dir, '台账.xlsx');
    await fs.writeFile(file, 'PK');
    expect((await readInput(file)).toString()).toBe('PK');
  });

  it('a missing file, or a directory, is one line naming it', async () => {
    await expect(readInput(path.join(dir, 'nope.xlsx'))).rejects.toThrow(new UsageError(`找不到文件：${path.join(dir, 'nope.xlsx')}`));
    await expect(readInput(dir)).rejects.toThrow(new UsageError(`无法读取文件：${dir}（EISDIR）`));
  });
});
