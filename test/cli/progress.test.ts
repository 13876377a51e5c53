import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { dateOnly } from '../support/dateOnly';

const DEMO = path.join(__dirname, '../../examples/demo-ledger.xlsx');

/** `duban run` on the demo ledger with a clock that moves `step` ms each time it is read. */
async function runWithClock(step: number): Promise<{ code: number; err: string }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-progress-'));
  let t = 0;
  let err = '';
  try {
    const code = await main(['run', DEMO, '--as-of', '2020-07-01', '--out', path.join(dir, 'out.xlsx')], {
      stdout: () => undefined,
      stderr: (s) => void (err += s),
      today: () => dateOnly('2020-07-01'),
      now: () => (t += step),
    });
    return { code, err };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

describe('duban run progress on stderr', () => {
  it('says nothing on a run shorter than 2 s', async () => {
    const { code, err } = await runWithClock(1);
    expect(code).toBe(0);
    expect(err).toBe('');
  });

  it('names each phase of a long run, reading to saving, then 完成', async () => {
    // Every reading of the clock is 3 s later: the run looks long from its first step.
    const { code, err } = await runWithClock(3000);
    expect(code).toBe(0);
    const phases = err.split('\n').filter(Boolean).map((line) => /^duban: ([^：…（ ]+)/.exec(line)?.[1]);
    expect(phases).toEqual(expect.arrayContaining(['读取', '分析', '写出督办状态', '写出督办单', '写出单位得分与绩效奖金', '保存', '完成']));
    expect(phases.indexOf('读取')).toBeLessThan(phases.indexOf('分析'));
    expect(phases.indexOf('分析')).toBeLessThan(phases.indexOf('写出督办状态'));
    expect(phases[phases.length - 1]).toBe('完成');
    expect(err).toContain('duban: 读取：「督办台账」…');
    // The demo's 26 notices go on 17 sheets, one per issue date (README: the demo run).
    expect(err).toContain('duban: 写出督办单：26 份，17 张表…');
    expect(err).toMatch(/duban: 写出督办单 \d+%/);
  });
});
