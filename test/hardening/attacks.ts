// The attacks of the hardening fuzz suite, shared by test/hardening/fuzz.test.ts (a few thousand runs)
// and scripts/fuzz.ts (a million). Each attack is a fast-check arbitrary of inputs plus a check that
// throws when the library breaks its bad-input contract.
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assignPlacements,
  benefitEffect,
  durability,
  earningsDisregard,
  evaluationSchedule,
  explainMatch,
  indicators,
  jobUnits,
  MatchError,
  netBenefit,
  pilotReport,
  pipeline,
  stillEmployed,
  noRiskPolicy,
  notionalSavings,
  safeCreateMatcher,
  suggestInstruments,
  trialPlacement,
  wageCostSubsidy,
} from '../../src/index.js';
import { readRecords } from '../../src/node/index.js';
import { inputArb } from '../arbitraries.js';

// ---------------------------------------------------------------------------------------------
// What every attack asserts besides its own contract: no prototype was touched.

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;
const pristine = PROTOTYPES.map((p) => Object.getOwnPropertyNames(p).join(','));

/** Throws when any built-in prototype gained or lost a property (and removes what was added, so one failure does not poison the rest). */
export function assertPrototypesUntouched(): void {
  PROTOTYPES.forEach((p, i) => {
    const now = Object.getOwnPropertyNames(p).join(',');
    if (now !== pristine[i]) {
      const added = Object.getOwnPropertyNames(p).filter((k) => !pristine[i]!.split(',').includes(k));
      for (const k of added) delete (p as unknown as Record<string, unknown>)[k];
      throw new Error(`a prototype was polluted: ${added.join(', ')}`);
    }
  });
}

/** Throws when any number reachable from `value` is NaN or infinite. */
export function assertFinite(value: unknown, where = 'result', seen = new Set<unknown>()): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where} is ${value}`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) assertFinite(v, `${where}.${k}`, seen);
}

/** The documented errors of a function: MatchError with issues, or a RangeError/TypeError naming the function first. */
export function assertDocumentedError(fn: string, e: unknown): void {
  if (e instanceof MatchError) {
    if (e.issues.length === 0) throw new Error(`${fn}: MatchError without issues`);
    for (const issue of e.issues) {
      if (typeof issue.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(issue.code)) throw new Error(`${fn}: issue code ${String(issue.code)}`);
      if (!issue.path.every((p) => typeof p === 'string' || typeof p === 'number')) throw new Error(`${fn}: issue path ${String(issue.path)}`);
      if (issue.message.length > 600) throw new Error(`${fn}: a ${issue.message.length}-character message repeats the input`);
    }
    return;
  }
  if ((e instanceof RangeError || e instanceof TypeError) && e.message.startsWith(fn)) {
    if (e.message.length > 600) throw new Error(`${fn}: a ${e.message.length}-character message repeats the input`);
    return;
  }
  throw new Error(`${fn}: undocumented error ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}` : String(e)}`);
}

// ---------------------------------------------------------------------------------------------
// Hostile values: what JSON.parse, a careless caller or an attacker can hand over.

class Employee {
  constructor(readonly id = 'c1') {}
}

const LONG = [1_000, 100_000, 1_000_000] as const;

/** Values that are not what any field wants, with the classic attacks weighted up. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, maxDepth: 2 }), weight: 4 },
  { arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, 2 ** 53 + 2, 5e-324, -1), weight: 3 },
  { arbitrary: fc.bigInt().map((b) => b), weight: 1 },
  { arbitrary: fc.constantFrom(Symbol('x'), () => 1, new Date(0), new Employee(), new Map(), /re/), weight: 2 },
  { arbitrary: fc.constantFrom(...LONG).map((n) => 'Noordwijk'.padEnd(n, 'x')), weight: 1 },
  { arbitrary: fc.constantFrom('\u001b]0;pwned\u0007', '\u001b[2J', "=cmd|'/C calc'!A0", '9999-12-31', '0000-01-01', '2024-02-30', '__proto__', 'constructor', ''), weight: 2 },
  { arbitrary: fc.constantFrom('{"__proto__":{"polluted":1}}', '{"constructor":{"prototype":{"polluted":1}}}').map((t) => JSON.parse(t) as unknown), weight: 2 },
  { arbitrary: fc.sparseArray(fc.oneof(fc.string(), fc.integer()), { maxLength: 5 }), weight: 1 },
);

type Path = readonly (string | number)[];

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && [Object.prototype, null].includes(Object.getPrototypeOf(v));

/** Every path into `value` (objects and arrays, not their contents' prototypes), the root included. */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) for (const [i, v] of value.entries()) pathsOf(v, [...prefix, i], out);
  else if (isPlain(value)) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

/** One change to a valid value: replace, delete, punch a hole, or add a hostile key. */
type Mutation =
  | { readonly kind: 'set'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'key'; readonly at: number; readonly key: string; readonly value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: hostileValue }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('key' as const), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'reporting'), value: hostileValue }), weight: 2 },
);

const clone = <T>(value: T): T => structuredClone(value);

/** Applies mutations to a deep copy of `base`; paths are picked among the copy's own paths. */
export function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  let root: unknown = clone(base);
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) {
      if (m.kind === 'set') root = m.value;
      continue;
    }
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
    const key = path[path.length - 1]!;
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete')
      delete parent[key]; // on an array: a hole
    else {
      const target = parent[key];
      if (typeof target === 'object' && target !== null) Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    }
  }
  return root;
}

const mutated = <T>(base: fc.Arbitrary<T>) => fc.tuple(base, fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([b, ms]) => mutate(b, ms));

// ---------------------------------------------------------------------------------------------
// The attacks.

export interface Attack<T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Throws on a broken contract. */
  readonly check: (input: T) => void | Promise<void>;
}

const configArb = fc.option(
  fc.record(
    {
      weights: fc.record({ competence: fc.double({ min: 0, max: 2, noNaN: true }), travel: fc.double({ min: 0, max: 2, noNaN: true }) }),
      suitableScore: fc.double({ min: 0, max: 1, noNaN: true }),
      vocabulary: fc.constant([
        { id: 'x-bol', label: 'Bollenpellen', synonyms: ['bollenpeller'] },
        { id: 'x-kas', label: 'Kassamedewerker' },
      ]),
      fallbacks: fc.constant({ Noordwijk: ['Katwijk', 'Teylingen'] }),
      regionTier: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

/** safeCreateMatcher never throws; a matcher it returns ranks, scores, explains and assigns with finite numbers. */
export const matcherAttack: Attack<{ input: unknown; config: unknown }> = {
  name: 'safeCreateMatcher on mutated input and config',
  arbitrary: fc.oneof(
    { arbitrary: fc.record({ input: mutated(inputArb), config: configArb }), weight: 3 },
    { arbitrary: fc.record({ input: inputArb, config: mutated(configArb.map((c) => c ?? {})) }), weight: 1 },
  ),
  check({ input, config }) {
    let result: ReturnType<typeof safeCreateMatcher>;
    try {
      result = safeCreateMatcher(input as never, config as never);
    } catch (e) {
      throw new Error(`safeCreateMatcher threw: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}` : String(e)}`);
    }
    assertPrototypesUntouched();
    if (!result.success) {
      assertDocumentedError('safeCreateMatcher', result.error);
      return;
    }
    const { matcher } = result;
    const { candidates, vacancies } = input as { candidates: { id: string }[]; vacancies: { id: string }[] };
    for (const v of vacancies) {
      const ranked = matcher.rankCandidates(v.id, { limit: 3 });
      for (const m of ranked) {
        assertFinite(m, `rankCandidates(${v.id})`);
        explainMatch(m, { locale: 'en' });
      }
    }
    for (const c of candidates) assertFinite(matcher.rankVacancies(c.id, { limit: 3 }), `rankVacancies(${c.id})`);
    assertFinite(assignPlacements(matcher, { strategy: 'optimal' }), 'assignPlacements');
    assertPrototypesUntouched();
  },
};

const PILOT = {
  pilotStart: '2026-01-01',
  pilotEnd: '2026-12-31',
  homeMunicipality: 'Noordwijk',
  employers: [{ id: 'hotel', whiteSpot: true }, { id: 'shop' }],
  contacts: [
    { employerId: 'hotel', date: '2026-01-10', kind: 'approach' },
    { employerId: 'hotel', date: '2026-01-20', kind: 'appointment' },
    { employerId: 'shop', date: '2026-02-01', kind: 'visit' },
  ],
  placements: [
    { candidateId: 'c1', employerId: 'hotel', municipality: 'GM0575', contracts: [{ start: '2026-02-01', end: '2026-04-30', hoursPerWeek: 24 }, { start: '2026-05-01' }], targetGroups: ['NUG'] },
    { candidateId: 'c2', employerId: 'shop', municipality: 'Katwijk', start: '2026-03-01', end: '2026-10-01', hoursPerWeek: 36, targetGroups: ['doelgroepregister'] },
  ],
  costs: { roles: [{ name: 'accountmanager', hours: 920, rate: 48.5 }] },
};

/** A valid call of each rules function; the fuzzer mutates its arguments. */
const RULES: readonly { readonly fn: string; readonly call: (args: unknown[]) => unknown; readonly args: unknown[] }[] = [
  { fn: 'pilotReport', call: (a) => pilotReport(a[0] as never), args: [PILOT] },
  { fn: 'pipeline', call: (a) => pipeline(a[0] as never, a[1] as never, a[2] as never), args: [PILOT.employers, PILOT.contacts, { asOf: '2026-06-30', target: 0.2 }] },
  {
    fn: 'netBenefit',
    call: (a) => netBenefit(a[0] as never),
    args: [
      {
        placements: [
          { start: '2026-02-01', fullTime: true },
          { start: '2026-08-01', fullTime: false },
        ],
        costs: { '2026': 50000 },
      },
    ],
  },
  { fn: 'stillEmployed', call: (a) => stillEmployed(a[0] as never, a[1] as never), args: [PILOT.placements[0], '2026-06-30'] },
  { fn: 'jobUnits', call: (a) => jobUnits(a[0] as never), args: [24] },
  { fn: 'durability', call: (a) => durability(a[0] as never, a[1] as never), args: [[{ start: '2025-01-15', end: '2025-03-31' }, { start: '2025-04-01' }], { asOf: '2025-12-31', months: 6 }] },
  { fn: 'evaluationSchedule', call: (a) => evaluationSchedule(a[0] as never, a[1] as never, a[2] as never), args: ['2026-01-01', '2026-12-31', { evaluationMonths: [1, 3, 11], followUpMonths: 12 }] },
  { fn: 'wageCostSubsidy', call: (a) => wageCostSubsidy(a[0] as never), args: [{ wageValue: 0.6, hoursPerWeek: 24, date: '2026-01-01', age: 30, fullTimeHours: 36, flatRate: false }] },
  { fn: 'trialPlacement', call: (a) => trialPlacement(a[0] as never), args: [{ start: '2026-01-01', extensionMonths: 2 }] },
  { fn: 'noRiskPolicy', call: (a) => noRiskPolicy(a[0] as never), args: [{ start: '2026-01-01', targetGroups: ['regulier'] }] },
  { fn: 'earningsDisregard', call: (a) => earningsDisregard(a[0] as never), args: [{ netMonthlyEarnings: 600, date: '2026-01-01', age: 30, monthsUsed: 1 }] },
  { fn: 'benefitEffect', call: (a) => benefitEffect(a[0] as never), args: [{ netMonthlyEarnings: 900, household: 'single', date: '2026-01-01', age: 30, monthsDisregardUsed: 0 }] },
  {
    fn: 'notionalSavings',
    call: (a) => notionalSavings(a[0] as never),
    args: [
      [
        { start: '2026-02-01', fullTime: true },
        { start: '2026-08-01', fullTime: false },
      ],
    ],
  },
  {
    fn: 'suggestInstruments',
    call: (a) => suggestInstruments(a[0] as never, a[1] as never),
    args: [{ ladderStep: 5, wageValue: 0.5, targetGroups: ['doelgroepregister'], age: 30, hoursPerWeek: 24, support: { jobCoach: true }, date: '2026-01-01' }, {}],
  },
  {
    fn: 'indicators',
    call: (a) => indicators(a[0] as never),
    args: [
      {
        asOf: '2025-12-31',
        from: '2025-01-01',
        homeMunicipality: 'Noordwijk',
        employers: [{ id: 'hotel', whiteSpot: true }, { id: 'shop' }],
        contacts: [
          { employerId: 'hotel', date: '2025-01-10', kind: 'approach' },
          { employerId: 'shop', date: '2025-04-01', kind: 'visit' },
        ],
        placements: [
          { candidateId: 'c1', employerId: 'hotel', municipality: 'GM0575', start: '2025-03-01', targetGroups: ['regulier'] },
          { candidateId: 'c2', employerId: 'shop', municipality: 'Katwijk', start: '2025-04-01', end: '2025-10-01' },
        ],
      },
    ],
  },
];

/** Every rules function returns finite numbers or throws its documented error. */
export const rulesAttack: Attack<{ rule: number; args: unknown }> = {
  name: 'rules functions on mutated arguments',
  arbitrary: fc.nat({ max: RULES.length - 1 }).chain((rule) => fc.record({ rule: fc.constant(rule), args: mutated(fc.constant(RULES[rule]!.args)) })),
  check({ rule, args }) {
    const { fn, call } = RULES[rule]!;
    const list = Array.isArray(args) ? args : [args];
    let result: unknown;
    try {
      result = call(list);
    } catch (e) {
      assertPrototypesUntouched();
      assertDocumentedError(fn, e);
      return;
    }
    assertPrototypesUntouched();
    assertFinite(result, fn);
  },
};

// ---------------------------------------------------------------------------------------------
// Files: valid rows, damaged line by line, read back; every data line is kept or reported, once.

const CANDIDATE_HEADER = ['id', 'municipality', 'ladderStep', 'competences', 'hours.min', 'hours.max', 'travel.maxMinutes', 'travel.modes', 'reporting.team'];

const goodRow = (i: number): string[] => [`c${i}`, ['Noordwijk', 'Katwijk', 'Lisse'][i % 3]!, String((i % 6) + 1), 'VIG:2|Kassawerk', '12', '32', '45', 'bike|transit', `team ${i}`];

/** How one line of a file is damaged. A damaged line never gains a line break, so each line stays one row. */
type LineDamage =
  | { readonly kind: 'none' }
  | { readonly kind: 'cell'; readonly cell: number; readonly text: string }
  | { readonly kind: 'quote'; readonly cell: number; readonly at: 'start' | 'middle' }
  | { readonly kind: 'dropDelimiter' | 'addDelimiter'; readonly at: number };

// Cell text without quotes, delimiters or line breaks: the quote damage is its own kind.
const cellText = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'Z', '1', '.', '-', '=', '+', '@', '|', ':', '!', ' ', '\u001b', '\u0007', '\t', 'é', '\u00a0'), maxLength: 12 }),
  fc.constantFrom('NaN', 'Infinity', '1e308', '-0', '9'.repeat(400), 'x'.repeat(5000), '__proto__', 'true'),
);

const damageArb: fc.Arbitrary<LineDamage> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 6 },
  { arbitrary: fc.record({ kind: fc.constant('cell' as const), cell: fc.nat({ max: CANDIDATE_HEADER.length - 1 }), text: cellText }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('quote' as const), cell: fc.nat({ max: CANDIDATE_HEADER.length - 1 }), at: fc.constantFrom('start' as const, 'middle' as const) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constantFrom('dropDelimiter' as const, 'addDelimiter' as const), at: fc.nat({ max: CANDIDATE_HEADER.length - 2 }) }), weight: 1 },
);

const HOSTILE_HEADERS = ['reporting.__proto__.polluted', 'reporting.constructor.prototype.polluted', '__proto__', 'reporting.prototype', 'constructor.x'] as const;

export interface CsvCase {
  readonly delimiter: ',' | ';';
  readonly crlf: boolean;
  readonly bom: boolean;
  readonly hostileHeader: string | undefined;
  readonly blankLines: readonly number[];
  readonly damage: readonly LineDamage[];
}

/** At most one stray quote in a file: two could legitimately pair up into one quoted cell spanning lines. */
export const csvCaseArb: fc.Arbitrary<CsvCase> = fc
  .record({
    delimiter: fc.constantFrom(',' as const, ';' as const),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    hostileHeader: fc.option(fc.constantFrom(...HOSTILE_HEADERS), { nil: undefined, freq: 4 }),
    blankLines: fc.array(fc.nat({ max: 12 }), { maxLength: 2 }),
    damage: fc.array(damageArb, { minLength: 1, maxLength: 12 }),
  })
  .map((c) => {
    let quotes = 0;
    return { ...c, damage: c.damage.map((d) => (d.kind === 'quote' && quotes++ > 0 ? { kind: 'none' as const } : d)) };
  });

/** The text of a case and the 1-based line of every data row in it. */
export function csvText(c: CsvCase): { text: string; dataLines: number[] } {
  const header = c.hostileHeader ? [...CANDIDATE_HEADER.slice(0, -1), c.hostileHeader] : CANDIDATE_HEADER;
  const lines: string[] = [header.join(c.delimiter)];
  const dataLines: number[] = [];
  c.damage.forEach((d, i) => {
    if (c.blankLines.includes(i)) lines.push('');
    const cells = goodRow(i);
    if (d.kind === 'cell') cells[d.cell] = d.text.replaceAll(c.delimiter, '');
    let line: string;
    if (d.kind === 'quote') {
      const cell = cells[d.cell]!;
      cells[d.cell] = d.at === 'start' ? `"${cell}` : `${cell.slice(0, 1)}"${cell.slice(1)}`;
    }
    if (d.kind === 'dropDelimiter' || d.kind === 'addDelimiter') {
      const joined = cells.slice(0, d.at + 1).join(c.delimiter) + (d.kind === 'addDelimiter' ? c.delimiter + c.delimiter : '') + cells.slice(d.at + 1).join(c.delimiter);
      line = joined;
    } else line = cells.join(c.delimiter);
    lines.push(line);
    if (line.split(c.delimiter).some((cell) => cell.trim() !== '')) dataLines.push(lines.length);
  });
  const eol = c.crlf ? '\r\n' : '\n';
  return { text: (c.bom ? '\uFEFF' : '') + lines.join(eol) + eol, dataLines };
}

let fileCounter = 0;
const FILE_DIR = join(tmpdir(), `werkmatch-fuzz-${process.pid}`);

function tempFile(ext: string, text: string): string {
  mkdirSync(FILE_DIR, { recursive: true });
  const path = join(FILE_DIR, `${fileCounter++ % 64}.${ext}`);
  writeFileSync(path, text);
  return path;
}

/** Checks that reading gave every data line exactly once, as a kept record or a reported row, at its own line. */
function checkAccounting(what: string, dataLines: readonly number[], result: Awaited<ReturnType<typeof readRecords>>): void {
  const rowIssues = result.issues.filter((i) => i.path.length >= 2 && typeof i.path[1] === 'number');
  const reported = [...new Set(rowIssues.map((i) => `${i.path[1]}@${i.line}`))].map((k) => Number(k.split('@')[1]));
  const seen = [...result.lines, ...reported].sort((a, b) => a - b);
  const expected = [...dataLines].sort((a, b) => a - b);
  if (seen.join(',') !== expected.join(',')) {
    throw new Error(`${what}: data lines ${expected.join(',')} but kept ${result.lines.join(',')} and reported ${reported.join(',')}`);
  }
}

/** readRecords on damaged CSV: no throw, no pollution, rows in = kept + reported, each at its line. */
export const csvAttack: Attack<CsvCase> = {
  name: 'readRecords on damaged CSV',
  arbitrary: csvCaseArb,
  async check(c) {
    const { text, dataLines } = csvText(c);
    const path = tempFile('csv', text);
    let result: Awaited<ReturnType<typeof readRecords>>;
    try {
      result = await readRecords(path, { kind: 'candidates' });
    } catch (e) {
      throw new Error(`readRecords threw: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}` : String(e)}`);
    }
    assertPrototypesUntouched();
    if (c.hostileHeader && !result.issues.some((i) => i.line === 1 && i.message.includes(c.hostileHeader!.slice(0, 20)))) {
      throw new Error(`the hostile header ${c.hostileHeader} was not reported`);
    }
    checkAccounting('CSV', dataLines, result);
    for (const r of result.records) assertFinite(r, 'record');
  },
};

/** readRecords on damaged NDJSON: one line, one row; every line kept or reported. */
export const ndjsonAttack: Attack<{ lines: readonly unknown[]; cut: readonly number[] }> = {
  name: 'readRecords on damaged NDJSON',
  arbitrary: fc.record({
    lines: fc.array(
      fc.oneof(
        { arbitrary: inputArb.map((input) => input.candidates[0] as unknown), weight: 3 },
        { arbitrary: mutated(inputArb.map((input) => input.candidates[0] as unknown)), weight: 3 },
        { arbitrary: hostileValue, weight: 1 },
      ),
      { minLength: 1, maxLength: 8 },
    ),
    cut: fc.array(fc.nat(), { maxLength: 2 }),
  }),
  async check({ lines, cut }) {
    const texts = lines.map((value, i) => {
      let text: string;
      try {
        text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)) ?? 'undefined';
      } catch {
        text = '{';
      }
      text = text.replace(/[\n\r\u2028\u2029]/g, ' ');
      if (cut.includes(i)) text = text.slice(0, Math.floor(text.length / 2));
      return text.trim() === '' ? '""' : text;
    });
    const path = tempFile('ndjson', `${texts.join('\n')}\n`);
    let result: Awaited<ReturnType<typeof readRecords>>;
    try {
      result = await readRecords(path, { kind: 'candidates' });
    } catch (e) {
      throw new Error(`readRecords threw: ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}` : String(e)}`);
    }
    assertPrototypesUntouched();
    checkAccounting(
      'NDJSON',
      texts.map((_, i) => i + 1),
      result,
    );
  },
};

export const ATTACKS = [matcherAttack, rulesAttack, csvAttack, ndjsonAttack] as const;
