/**
 * Progress lines on stderr for a long run. A clerk who starts `duban run` on a year's ledger
 * should see it working, not a silent prompt; a short run prints nothing, so scripts and the
 * everyday run stay quiet. Nothing is printed before `quietFor` ms have passed since the start;
 * after that, each phase's start is printed and, within a phase, a percentage at most once per
 * `every` ms. The clock is a parameter: tests need none.
 */
export interface ProgressReporter {
  /** A new phase begins: 读取, 分析, 写出… `detail` says what it works on (e.g. a row count). */
  phase(name: string, detail?: string): void;
  /** How far the current phase is, 0–1. */
  fraction(done: number): void;
  /** The run is over: one closing line when anything was printed. */
  finish(): void;
}

export interface ProgressOptions {
  /** Milliseconds of silence before the first line. */
  quietFor?: number;
  /** Milliseconds between two percentage lines of the same phase. */
  every?: number;
}

/**
 * @example
 * const progress = reportProgress((t) => process.stderr.write(t), () => performance.now());
 * progress.phase('读取', 'examples/demo-ledger.xlsx');
 * progress.fraction(0.5); // "duban: 读取 50%（已用 2.4 秒）" once 2 s have passed
 */
export function reportProgress(write: (text: string) => void, now: () => number, options: ProgressOptions = {}): ProgressReporter {
  const quietFor = options.quietFor ?? 2000;
  const every = options.every ?? 1000;
  const start = now();
  let current: { name: string; detail?: string; announced: boolean } | null = null;
  let lastLine = -Infinity;
  let printed = false;
  const seconds = (t: number) => ((t - start) / 1000).toFixed(1);
  const line = (text: string, t: number) => {
    write(`duban: ${text}（已用 ${seconds(t)} 秒）\n`);
    lastLine = t;
    printed = true;
  };
  // A phase that began during the quiet time is announced when it is first reported after it.
  const announce = (t: number) => {
    if (current === null || current.announced || t - start < quietFor) return false;
    current.announced = true;
    line(`${current.name}${current.detail ? `：${current.detail}` : ''}…`, t);
    return true;
  };
  return {
    phase(name, detail) {
      current = { name, detail, announced: false };
      announce(now());
    },
    fraction(done) {
      const t = now();
      if (current === null || announce(t) || t - start < quietFor || t - lastLine < every) return;
      line(`${current.name} ${Math.min(100, Math.max(0, Math.floor(done * 100)))}%`, t);
    },
    finish() {
      if (printed) line('完成', now());
    },
  };
}
