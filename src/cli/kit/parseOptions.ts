import { parseArgs, type ParseArgsConfig } from 'node:util';
import { errorMessage } from './errorMessage';
import { UsageError } from './usageError';

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's options and positional arguments (node:util parseArgs). A mistake on the command
 * line is a UsageError in Chinese followed by the command's usage.
 *
 * @example
 * parseOptions(['台账.xlsx', '--json'], { json: { type: 'boolean', default: false } }, USAGE)
 * // { values: { json: true }, positionals: ['台账.xlsx'] }
 * parseOptions(['--colour'], {}, USAGE) // throws UsageError('未知选项 --colour\n' + USAGE)
 * parseOptions(['--out'], { out: { type: 'string' } }, USAGE) // throws UsageError('选项 --out 缺少取值\n' + USAGE)
 */
export function parseOptions<const T extends OptionsConfig>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true });
  } catch (e) {
    // Node's messages are English and name the option among other words: keep only the option.
    const message = errorMessage(e);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    const missing = /Option '(--[a-z-]+)[^']*' argument missing/.exec(message);
    const why = unknown ? `未知选项 ${unknown[1]}` : missing ? `选项 ${missing[1]} 缺少取值` : `参数有误：${message}`;
    throw new UsageError(`${why}\n${usage}`);
  }
}

/**
 * The one ledger file a command works on, from its positional arguments.
 *
 * @example
 * onlyInputFile(['台账.xlsx'], USAGE) // '台账.xlsx'
 * onlyInputFile([], USAGE) // throws UsageError('需要且只需要一个台账文件\n' + USAGE)
 */
export function onlyInputFile(positionals: readonly string[], usage: string): string {
  if (positionals.length !== 1) throw new UsageError(`需要且只需要一个台账文件\n${usage}`);
  return positionals[0];
}
