import type { Command, Io } from './kit/io';
import { errorMessage } from './kit/errorMessage';
import { UsageError, catchUsageErrors } from './kit/usageError';
import { RUN_USAGE, runLedger } from './commands/run';
import { BULLETIN_USAGE, runBulletin } from './commands/bulletin';
import { CALENDAR_USAGE, runCalendar } from './commands/calendar';
import { SETTINGS_USAGE, runSettings } from './commands/settings';
import { SPLIT_USAGE, runSplit } from './commands/split';
import { COLLECT_USAGE, runCollect } from './commands/collect';

export type { Io } from './kit/io';

/** duban's subcommands, in the order the unknown-command message lists them. */
const COMMANDS = new Map<string, { run: Command; usage: string }>([
  ['run', { run: runLedger, usage: RUN_USAGE }],
  ['bulletin', { run: runBulletin, usage: BULLETIN_USAGE }],
  ['settings', { run: runSettings, usage: SETTINGS_USAGE }],
  ['calendar', { run: runCalendar, usage: CALENDAR_USAGE }],
  ['split', { run: runSplit, usage: SPLIT_USAGE }],
  ['collect', { run: runCollect, usage: COLLECT_USAGE }],
]);

/**
 * `duban <command> …`: dispatches to the subcommand. Exit 0 on success, 2 on a failure the user
 * can fix (one Chinese line on stderr), 1 on an internal error (its stack with DUBAN_DEBUG set).
 *
 * @example
 * await main(['run', '台账.xlsx', '--as-of', '2020-07-01'], io) // 0
 * await main(['nope'], io) // 2, stderr 'duban: 未知命令「nope」（可用：run、bulletin、settings、calendar、split、collect）\n…'
 */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await catchUsageErrors(io, () => dispatch(argv, io));
  } catch (e) {
    io.stderr(`duban: 内部错误：${errorMessage(e)}\n`);
    if (process.env.DUBAN_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`);
    return 1;
  }
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    // `duban help bulletin` is the command's own help; duban's help is run's, the command most need.
    const topic = name === 'help' && rest[0] !== undefined ? COMMANDS.get(rest[0]) : undefined;
    io.stdout(`${topic?.usage ?? RUN_USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.get(name);
  if (command === undefined) throw new UsageError(`未知命令「${name}」（可用：${[...COMMANDS.keys()].join('、')}）\n${RUN_USAGE}`);
  return command.run(rest, io);
}
