import { WorkbookOpenError } from '../../xlsx/xlsxWorkbook';
import type { Io } from './io';

/** A failure the user can fix: printed as one line, exit status 2, no stack trace. */
export class UsageError extends Error {}

/**
 * Runs a command, turning a failure the user can fix — a UsageError, or an input that is not a
 * workbook — into `duban: <message>` on stderr and exit code 2. Anything else is thrown on:
 * `main` reports it as an internal error (exit 1).
 *
 * @example
 * await catchUsageErrors(io, async () => { throw new UsageError('找不到文件：/tmp/台账.xlsx'); })
 * // 2, and stderr 'duban: 找不到文件：/tmp/台账.xlsx\n'
 */
export async function catchUsageErrors(io: Pick<Io, 'stderr'>, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (e) {
    if (e instanceof UsageError || e instanceof WorkbookOpenError) {
      io.stderr(`duban: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
