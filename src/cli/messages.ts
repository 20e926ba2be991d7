// Every message of the command line, in one place.
import { showValue as show } from '../basics/limits.js';

// A file path, shown whole: its end (the extension) is what the message is about.
const showPath = (path: string): string => JSON.stringify(path);

export const CLI = {
  required: (flag: string) => `--${flag} is required`,
  empty: (flag: string) => `--${flag} needs a value`,
  choice: (flag: string, allowed: readonly string[], got: string) => `--${flag} must be ${allowed.join(', ')}; got ${show(got)}`,
  wholeNumber: (flag: string, min: number, got: string) => `--${flag} must be a whole number >= ${min}; got ${show(got)}`,
  unit: (flag: string, got: string) => `--${flag} must be a number between 0 and 1; got ${show(got)}`,
  dateOutsideTable: (flag: string, got: string, from: string, until: string) =>
    `--${flag} ${got} lies outside the minimum-wage table (${from} to ${until}): subsidies and savings cannot be computed for it`,
  date: (flag: string, got: string) => `--${flag} must be an existing date YYYY-MM-DD; got ${show(got)}`,
  jsonAndCsv: '--json and --csv cannot be combined',
  oneOf: (flags: readonly string[]) => `give exactly one of ${flags.map((f) => `--${f}`).join(', ')}`,
  atLeastOne: (flags: readonly string[]) => `give at least one of ${flags.map((f) => `--${f}`).join(', ')}`,
  unknownCommand: (name: string, known: readonly string[]) => `unknown command ${show(name)}; commands: ${known.join(', ')}`,
  noCommand: 'no command given',
  unknownFlag: (flag: string, suggestion: string | undefined) => `unknown flag ${show(`--${flag}`)}${suggestion === undefined ? '' : `; did you mean --${suggestion}?`}`,
  defaultDate: (date: string) => `placements start ${date}, the newest minimum-wage table (give --date to choose another)`,
  extension: (flag: string, path: string, allowed: string) => `--${flag} ${showPath(path)}: cannot tell the format; use ${allowed}`,
  unknownId: (flag: string, id: string, path: string) => `--${flag} ${show(id)} is not in ${path}`,
  internal: (message: string) => `internal error: ${message}`,
  stats: (seconds: number, maxRssMiB: number) => `time ${seconds.toFixed(1)} s, peak RSS ${maxRssMiB.toFixed(0)} MiB`,
} as const;

export const FILE = {
  unreadable: (reason: string) => `cannot read the file: ${reason}`,
  json: (reason: string) => `not readable as JSON: ${reason}`,
  configNotObject: 'a configuration file must hold one JSON object',
  scenariosNotObject: 'a scenario file must hold one JSON object { "<name>": { "config": {…}, "assign": {…} } }',
  scenariosEmpty: 'the scenario file names no scenario',
  scenarioNotObject: 'a scenario must be an object with "config" and/or "assign"',
  scenarioUnknownKey: (key: string) => `unknown key ${show(key)}; a scenario holds "config" and "assign"`,
  assignUnknownKey: (key: string) => `unknown key ${show(key)}; assign holds "strategy", "minScore" and "fallback"`,
  assignChoice: (key: string, allowed: readonly string[], got: unknown) => `${key} must be ${allowed.join(', ')}; got ${show(got)}`,
  assignMinScore: (got: unknown) => `minScore must be a number between 0 and 1; got ${show(got)}`,
} as const;
