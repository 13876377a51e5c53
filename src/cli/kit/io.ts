import type { Clock } from '../../app/ports/clock';

/** What a command may touch besides files: its two output streams and the calendar. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's date in China; a parameter so tests need no clock. */
  today: Clock;
  /** Milliseconds on a monotonic clock, for progress lines on a long run (default performance.now). */
  now?: () => number;
}

/** A subcommand: its arguments after the subcommand's name in, an exit code out. */
export type Command = (args: string[], io: Io) => Promise<number>;
