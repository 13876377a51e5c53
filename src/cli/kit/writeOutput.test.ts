import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chooseOutput, writeOutput } from './writeOutput';
import { UsageError } from './usageError';

describe('the output file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-out-'));
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  describe('chooseOutput', () => {
    it('defaults to <input>-<suffix>.xlsx beside the input, and resolves --out', async () => {
      const input = path.join(dir, '台账.xlsx');
      expect(await chooseOutput(input, undefined, '督办', false)).toBe(path.join(dir, '台账-督办.xlsx'));
      expect(await chooseOutput(input, undefined, '通报', false)).toBe(path.join(dir, '台账-通报.xlsx'));
      expect(await chooseOutput(input, path.join(dir, 'sub', '..', '输出.xlsx'), '督办', false)).toBe(path.join(dir, '输出.xlsx'));
    });

    it('refuses the input itself, even with --force', async () => {
      const input = path.join(dir, '台账.xlsx');
      await expect(chooseOutput(input, input, '督办', true)).rejects.toThrow(new UsageError('输出文件不能与输入文件相同：输入文件从不改写'));
    });

    it('refuses an existing file without --force, accepts it with', async () => {
      const input = path.join(dir, '台账.xlsx');
      const out = path.join(dir, '台账-督办.xlsx');
      await fs.writeFile(out, 'keep me');
      await expect(chooseOutput(input, undefined, '督办', false)).rejects.toThrow(new UsageError(`输出文件已存在：${out}（加 --force 覆盖）`));
      expect(await chooseOutput(input, undefined, '督办', true)).toBe(out);
    });
  });

  describe('writeOutput', () => {
    it('writes the bytes and leaves nothing else in the directory', async () => {
      const out = path.join(dir, '输出.xlsx');
      await writeOutput(out, Buffer.from('PK new'), false);
      expect(await fs.readFile(out, 'utf8')).toBe('PK new');
      expect(await fs.readdir(dir)).toEqual(['输出.xlsx']);
    });

    it('never replaces an existing file without --force, and replaces it with', async () => {
      const out = path.join(dir, '输出.xlsx');
      await fs.writeFile(out, 'keep me');
      await expect(writeOutput(out, Buffer.from('PK new'), false)).rejects.toThrow(new UsageError(`输出文件已存在：${out}（加 --force 覆盖）`));
      expect(await fs.readFile(out, 'utf8')).toBe('keep me');
      expect(await fs.readdir(dir)).toEqual(['输出.xlsx']);
      await writeOutput(out, Buffer.from('PK new'), true);
      expect(await fs.readFile(out, 'utf8')).toBe('PK new');
      expect(await fs.readdir(dir)).toEqual(['输出.xlsx']);
    });

    it('a directory that does not exist is one line naming the output and the code', async () => {
      const out = path.join(dir, '没有', '输出.xlsx');
      await expect(writeOutput(out, Buffer.from('PK'), true)).rejects.toThrow(new UsageError(`无法写出输出文件：${out}（ENOENT）`));
      expect(await fs.readdir(dir)).toEqual([]);
    });

    it('a failed rename leaves no temporary file and the target as it was', async () => {
      // A non-empty directory where the file should go: the temporary file is written, the rename fails.
      const out = path.join(dir, '输出.xlsx');
      await fs.mkdir(out);
      await fs.writeFile(path.join(out, 'inside.txt'), 'still here');
      const failure = writeOutput(out, Buffer.from('PK'), true);
      await expect(failure).rejects.toBeInstanceOf(UsageError);
      await expect(failure).rejects.toThrow(`无法写出输出文件：${out}（`);
      expect(await fs.readdir(dir)).toEqual(['输出.xlsx']);
      expect(await fs.readFile(path.join(out, 'inside.txt'), 'utf8')).toBe('still here');
    });
  });
});
