import { reportProgress } from './reportProgress';

/** A reporter over a clock the test moves by hand. */
function setup() {
  let t = 1000;
  const lines: string[] = [];
  const progress = reportProgress((s) => lines.push(s), () => t);
  return { progress, lines, advance: (ms: number) => void (t += ms) };
}

describe('reportProgress', () => {
  it('prints nothing for a run shorter than 2 s', () => {
    const { progress, lines, advance } = setup();
    progress.phase('读取', '台账.xlsx');
    advance(900);
    progress.fraction(0.5);
    progress.phase('分析', '120 行');
    advance(900);
    progress.phase('写出');
    progress.finish();
    expect(lines).toEqual([]);
  });

  it('announces the running phase once 2 s have passed, then a percentage at most once a second', () => {
    const { progress, lines, advance } = setup();
    progress.phase('读取', '台账.xlsx');
    advance(1500);
    progress.fraction(0.3);
    advance(600);
    progress.fraction(0.4);
    advance(500);
    progress.fraction(0.6);
    advance(500);
    progress.fraction(0.8);
    expect(lines).toEqual(['duban: 读取：台账.xlsx…（已用 2.1 秒）\n', 'duban: 读取 80%（已用 3.1 秒）\n']);
  });

  it('announces every phase that starts after 2 s and closes with 完成', () => {
    const { progress, lines, advance } = setup();
    progress.phase('读取');
    advance(2500);
    progress.phase('分析', '50000 行');
    advance(1000);
    progress.phase('写出');
    progress.finish();
    expect(lines).toEqual(['duban: 分析：50000 行…（已用 2.5 秒）\n', 'duban: 写出…（已用 3.5 秒）\n', 'duban: 完成（已用 3.5 秒）\n']);
  });

  it('keeps percentages within 0–100', () => {
    const { progress, lines, advance } = setup();
    progress.phase('读取');
    advance(2000);
    progress.fraction(0); // announces the phase
    advance(1000);
    progress.fraction(1.7);
    expect(lines[1]).toBe('duban: 读取 100%（已用 3.0 秒）\n');
  });
});
