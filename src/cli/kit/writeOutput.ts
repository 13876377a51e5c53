import { promises as fs, constants as fsConstants } from 'node:fs';
import path from 'node:path';
import { errorMessage } from './errorMessage';
import { UsageError } from './usageError';

const exists = (file: string): Promise<boolean> => fs.access(file, fsConstants.F_OK).then(() => true, () => false);

const existsMessage = (out: string) => `输出文件已存在：${out}（加 --force 覆盖）`;

/**
 * The output file, resolved: `--out` as given, else `<input>-<suffix>.xlsx` beside the input.
 * Checked before any work is done: never the input itself, never an existing file without `--force`.
 *
 * @example
 * await chooseOutput('/tmp/台账.xlsx', undefined, '督办', false) // '/tmp/台账-督办.xlsx'
 * await chooseOutput('/tmp/台账.xlsx', '/tmp/台账.xlsx', '督办', true)
 * // throws UsageError('输出文件不能与输入文件相同：输入文件从不改写')
 */
export async function chooseOutput(input: string, given: string | undefined, suffix: string, force: boolean): Promise<string> {
  const source = path.resolve(input);
  const { dir, name } = path.parse(source);
  const out = path.resolve(given ?? path.join(dir, `${name}-${suffix}.xlsx`));
  if (out === source) throw new UsageError('输出文件不能与输入文件相同：输入文件从不改写');
  if (!force && (await exists(out))) throw new UsageError(existsMessage(out));
  return out;
}

/**
 * Writes `data` to a temporary file beside `out` and renames it into place, so a failure never
 * leaves half a file (nor the temporary one). Without `force` an existing file is never replaced,
 * even one that appeared since chooseOutput looked.
 *
 * @example
 * await writeOutput('/tmp/台账-督办.xlsx', bytes, false) // written
 * await writeOutput('/no/such/dir/x.xlsx', bytes, true) // throws UsageError('无法写出输出文件：/no/such/dir/x.xlsx（ENOENT）')
 */
export async function writeOutput(out: string, data: Uint8Array, force: boolean): Promise<void> {
  if (!force && (await exists(out))) throw new UsageError(existsMessage(out));
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, out);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`无法写出输出文件：${out}（${code ?? errorMessage(e)}）`);
  }
}
