// Runs one werkmatch command line in-process (main() with a recording Io): no subprocess where none proves anything.
import type { Io } from '../../src/cli/args.js';
import { main } from '../../src/cli/main.js';

export interface InProcessRun {
  readonly code: number;
  /** What went to stdout, for people and for programs, lines joined. */
  readonly out: string;
  readonly err: string;
}

/** The day in-process commands take as today. */
export const TODAY = '2026-12-04';

export async function run(...argv: string[]): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  // A fixed day for the clock: what a command defaults to "today" does not change with the day the tests run.
  const io: Io = { out: (t) => void out.push(t), data: (t) => void out.push(t), err: (t) => void err.push(t), progress: () => undefined, today: () => TODAY };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
