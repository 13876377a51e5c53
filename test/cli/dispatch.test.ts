import { main, type Io } from '../../src/cli/main';
import { RUN_USAGE, runLedger } from '../../src/cli/commands/run';
import { BULLETIN_USAGE, runBulletin } from '../../src/cli/commands/bulletin';
import type { Clock } from '../../src/app/ports/clock';
import { dateOnly } from '../support/dateOnly';

function capture(today: Clock = () => dateOnly('2020-07-01')): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t), today };
  return io;
}

const brokenClock = () => {
  throw new Error('时钟坏了');
};

describe('duban dispatches to its commands', () => {
  it('the same usage errors from run and bulletin: one Chinese line, then the command\'s usage, exit 2', async () => {
    for (const [command, usage] of [['run', RUN_USAGE], ['bulletin', BULLETIN_USAGE]]) {
      const io = capture();
      expect(await main([command, '台账.xlsx', '--colour'], io)).toBe(2);
      expect(io.err).toBe(`duban: 未知选项 --colour\n${usage}\n`);
      expect(io.out).toBe('');
    }
    for (const args of [['run', '台账.xlsx', '--as-of', '2020-02-30'], ['bulletin', '台账.xlsx', '--month', '2020-05', '--as-of', '2020-02-30']]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.err).toBe('duban: --as-of 应为 YYYY-MM-DD 格式的有效日期：2020-02-30\n');
    }
  });

  it('each command gives exit 2 for a usage error when called on its own', async () => {
    const run = capture();
    expect(await runLedger(['台账.xlsx', '--as-of', '2020-02-30'], run)).toBe(2);
    expect(run.err).toBe('duban: --as-of 应为 YYYY-MM-DD 格式的有效日期：2020-02-30\n');
    const bulletin = capture();
    expect(await runBulletin(['台账.xlsx', '--month', '2020-05', '--as-of', '2020-02-30'], bulletin)).toBe(2);
    expect(bulletin.err).toBe('duban: --as-of 应为 YYYY-MM-DD 格式的有效日期：2020-02-30\n');
  });

  it('an unknown command lists those there are', async () => {
    const io = capture();
    expect(await main(['score'], io)).toBe(2);
    expect(io.err).toBe(`duban: 未知命令「score」（可用：run、bulletin、settings、calendar、split、collect）\n${RUN_USAGE}\n`);
  });

  it('help: duban\'s own (exit 2 when nothing is asked), or a command\'s', async () => {
    const cases: Array<[string[], string, number]> = [
      [[], RUN_USAGE, 2],
      [['--help'], RUN_USAGE, 0],
      [['-h'], RUN_USAGE, 0],
      [['help'], RUN_USAGE, 0],
      [['help', 'run'], RUN_USAGE, 0],
      [['help', 'bulletin'], BULLETIN_USAGE, 0],
      [['help', 'nope'], RUN_USAGE, 0],
      [['run', '--help'], RUN_USAGE, 0],
      [['bulletin', '-h'], BULLETIN_USAGE, 0],
    ];
    for (const [args, usage, code] of cases) {
      const io = capture();
      expect(await main(args, io)).toBe(code);
      expect(io.out).toBe(`${usage}\n`);
      expect(io.err).toBe('');
    }
  });

  it('anything else is an internal error: exit 1 from duban, thrown on by the command itself', async () => {
    for (const args of [['run', '台账.xlsx'], ['bulletin', '台账.xlsx', '--year', '2020']]) {
      const io = capture(brokenClock);
      expect(await main(args, io)).toBe(1);
      expect(io.err).toBe('duban: 内部错误：时钟坏了\n');
    }
    await expect(runLedger(['台账.xlsx'], capture(brokenClock))).rejects.toThrow('时钟坏了');
    await expect(runBulletin(['台账.xlsx', '--year', '2020'], capture(brokenClock))).rejects.toThrow('时钟坏了');
  });
});
