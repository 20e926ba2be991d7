// Runs one werkmatch command line in-process (main() with a recording Io): no subprocess where none proves anything.
import type { Io } from '../../src/cli/args.js';
import { main } from '../../src/cli/main.js';

export interface InProcessRun {
  readonly code: number;
  /** What went to stdout, for people and for programs, lines joined. */
  readonly out: string;
  readonly err: string;
}

export async function run(...argv: string[]): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => void out.push(t), data: (t) => void out.push(t), err: (t) => void err.push(t), progress: () => undefined };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
