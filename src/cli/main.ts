/// <reference types="node" />
// The werkmatch command: arguments, dispatch and exit codes (0 done, 1 invalid input, 2 usage). The only module that
// writes to stdout and stderr; commands talk through the Io they are given.
import { VERSION } from '../basics/version.js';
import { InputError, UsageError, parseCommandArgs, type Command, type Io, type Values } from './args.js';
import { assignCommand } from './commands/assign.js';
import { demoCommand } from './commands/demo.js';
import { rankCommand } from './commands/rank.js';
import { validateCommand } from './commands/validate.js';
import { reportCommand } from './commands/report.js';
import { tuneCommand } from './commands/tune.js';
import { whatifCommand } from './commands/whatif.js';
import { CLI, CLI_TEXT } from './messages.js';
import { visible, visibleLines } from './table.js';

export const COMMANDS: readonly Command[] = [demoCommand, validateCommand, rankCommand, assignCommand, whatifCommand, reportCommand, tuneCommand];

const COMMON_HELP = [
  '  --stats             print time and peak memory on stderr at the end',
  '  --progress          progress lines on stderr even when it is not a terminal (one a second at most)',
  '  -h, --help          this help',
].join('\n');

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'werkmatch — explained matching of people on social assistance to vacancies',
    '',
    'usage: werkmatch <command> [flags]   (werkmatch <command> --help for its flags)',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Output is a table for people; --json or --csv for pipes. Exit codes: 0 done, 1 invalid input, 2 usage error.',
    'werkmatch --version prints the version.',
  ].join('\n');
}

const commandHelp = (c: Command): string => [`usage: ${c.usage}`, '', c.summary, '', c.help, COMMON_HELP].join('\n');

/**
 * A status line on a terminal's stderr, redrawn at most ten times a second; nothing when stderr is a pipe or file,
 * unless `always` (`--progress`): then whole lines, at most one a second.
 */
function progressLine(stream: NodeJS.WriteStream, always = false): (text: string) => void {
  if (!stream.isTTY) {
    if (!always) return () => undefined;
    let last = Number.NEGATIVE_INFINITY;
    return (text) => {
      const now = performance.now();
      if (text === '' || now - last < 1000) return;
      last = now;
      stream.write(`${visible(text)}\n`);
    };
  }
  let shown = false;
  let last = 0;
  return (text) => {
    if (text === '') {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
      return;
    }
    const now = performance.now();
    if (shown && now - last < 100) return;
    last = now;
    shown = true;
    stream.write(`\r\x1b[K${visible(text).slice(0, Math.max((stream.columns || 80) - 1, 10))}`);
  };
}

/** The process's Io: stdout for results, stderr for diagnostics and (on a terminal) progress; text for people made visible. */
export function processIo(): Io {
  let progress = progressLine(process.stderr);
  // `werkmatch rank … | head`: the reader went away; stop quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
  return {
    out: (text) => void process.stdout.write(`${visibleLines(text)}\n`),
    // A text that ends its own last line (--excel CSV, CRLF) gets no second line end.
    data: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => {
      progress('');
      process.stderr.write(`${visibleLines(text)}\n`);
    },
    progress: (text) => progress(text),
    showProgress: () => {
      progress = progressLine(process.stderr, true);
    },
    // The one clock read of the command line; everything below takes the day as a parameter.
    today: () => new Date().toISOString().slice(0, 10),
  };
}

/**
 * Runs one werkmatch command line and returns its exit code: 0 done, 1 invalid input (every problem
 * on stderr as FILE:LINE field: message), 2 usage error (with the usage line).
 *
 * @example
 * process.exitCode = await main(['rank', '--candidates', 'c.csv', '--vacancies', 'v.csv', '--vacancy', 'v-17'], processIo());
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.out(`werkmatch ${VERSION}`);
    return 0;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    if (name === undefined) {
      io.err(`werkmatch: ${CLI.noCommand}`);
      io.err(overview());
      return 2;
    }
    const topic = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === rest[0]);
    io.out(topic ? commandHelp(topic) : overview());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(
      `werkmatch: ${CLI.unknownCommand(
        name,
        COMMANDS.map((c) => c.name),
      )}`,
    );
    io.err('usage: werkmatch <command> [flags]   (werkmatch --help lists the commands)');
    return 2;
  }
  const started = performance.now();
  let values: Values | undefined;
  try {
    values = parseCommandArgs(rest, command.options);
    if (values.help === true) {
      io.out(commandHelp(command));
      return 0;
    }
    if (values.progress === true) io.showProgress?.();
    const code = await command.run(values, io);
    if (values.stats === true) io.err(CLI.stats((performance.now() - started) / 1000, process.resourceUsage().maxRSS / 1024));
    return code;
  } catch (e) {
    io.progress('');
    if (e instanceof UsageError) {
      io.err(`werkmatch ${command.name}: ${e.message}`);
      io.err(`usage: ${command.usage}   (werkmatch ${command.name} --help for more)`);
      return 2;
    }
    if (e instanceof InputError) {
      for (const line of e.lines) io.err(line);
      // The lines read like notes; say that they stopped the command (validate, whose job is to list them, returns instead).
      io.err(CLI_TEXT[typeof values?.locale === 'string' && values.locale.toLowerCase() === 'en' ? 'en' : 'nl'].stopped(command.name, e.lines.length));
      return 1;
    }
    io.err(`werkmatch ${command.name}: ${CLI.internal(e instanceof Error ? (e.stack ?? e.message) : String(e))}`);
    return 1;
  }
}
