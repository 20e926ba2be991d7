// The error contract of every public function in rules, assign, tune, whatif and synthetic (issue 11, defects 4 and 8):
// a bad input record is a MatchError whose issues name it, a misused argument a RangeError or TypeError whose message
// starts with the function's name, and anything else a result with finite numbers only. Never a raw TypeError from inside.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignPlacements,
  benefitEffect,
  compareScenarios,
  createMatcher,
  durability,
  earningsDisregard,
  evaluateRanking,
  evaluationSchedule,
  fairnessReport,
  fitWeights,
  formatFairnessReport,
  generateSyntheticRegion,
  indicators,
  linearAssignment,
  MatchError,
  noRiskPolicy,
  notionalSavings,
  simulateOutcomes,
  splitByVacancy,
  suggestInstruments,
  trialPlacement,
  wageCostSubsidy,
  type CandidateInput,
  type IndicatorsInput,
  type VacancyInput,
} from '../../src/index.js';
import { age, dateMix, employmentChain, hostile, hours, listMix, mix, tableDate, wageValue, withOwnConstructor } from '../rules/arbitraries.js';

// ---------------------------------------------------------------------------------------------
// The contract as one check.

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;
const namesOf = (p: object): string => Object.getOwnPropertyNames(p).sort().join(',');
const pristine = PROTOTYPES.map(namesOf);

function expectPrototypesUntouched(): void {
  for (const [i, p] of PROTOTYPES.entries()) expect(namesOf(p), 'a built-in prototype gained or lost a property').toBe(pristine[i]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

/** The path of the first number in `value` that is NaN or infinite, or undefined. */
function nonFinite(value: unknown, path = 'result', seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const bad = Array.from(value as unknown as ArrayLike<number>).findIndex((x) => !Number.isFinite(x));
    return bad < 0 ? undefined : `${path}[${bad}]`;
  }
  for (const [k, v] of Object.entries(value)) {
    const found = nonFinite(v, `${path}.${k}`, seen);
    if (found) return found;
  }
  return undefined;
}

type Outcome =
  | { readonly kind: 'result'; readonly value: unknown }
  | { readonly kind: 'MatchError'; readonly error: MatchError }
  | { readonly kind: 'RangeError' | 'TypeError'; readonly error: Error };

/** Runs `run` and fails unless it keeps the contract of `fn`; returns what happened for stricter checks. */
function contract(fn: string, run: () => unknown): Outcome {
  let outcome: Outcome;
  try {
    outcome = { kind: 'result', value: run() };
  } catch (e) {
    if (e instanceof MatchError) {
      expect(e.issues.length).toBeGreaterThan(0);
      for (const issue of e.issues) {
        expect(issue.code).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(issue.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
        expect(issue.message.length, 'a message that repeats a huge input').toBeLessThan(600);
      }
      outcome = { kind: 'MatchError', error: e };
    } else if ((e instanceof RangeError || e instanceof TypeError) && e.message.startsWith(`${fn}:`)) {
      expect(e.message.length, 'a message that repeats a huge input').toBeLessThan(600);
      outcome = { kind: e instanceof RangeError ? 'RangeError' : 'TypeError', error: e };
    } else {
      throw new Error(`${fn}: undocumented error ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 300)}` : String(e)}`);
    }
  }
  if (outcome.kind === 'result') expect(nonFinite(outcome.value)).toBeUndefined();
  expectPrototypesUntouched();
  return outcome;
}

/** The `[code, ...path]` of each issue of the MatchError `run` throws. */
function issuesOf(run: () => unknown): (string | number)[][] {
  try {
    run();
  } catch (e) {
    if (e instanceof MatchError) return e.issues.map((i) => [i.code, ...i.path]);
    throw e;
  }
  throw new Error('expected a MatchError, nothing was thrown');
}

/** `list` with a hole punched at `index`. */
function withHole<T>(list: readonly T[], index: number): T[] {
  const copy = [...list];
  delete copy[index];
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Valid arguments, one set per function; the sweep replaces one argument at a time.

const chain = [{ start: '2025-01-15', end: '2025-03-31' }, { start: '2025-04-01' }];
const savings = [
  { start: '2026-02-01', fullTime: true },
  { start: '2026-08-01', fullTime: false },
  { start: '2026-03-01', fullTime: false },
];
const pilot: IndicatorsInput = {
  asOf: '2025-12-31',
  homeMunicipality: 'Noordwijk',
  employers: [{ id: 'hotel', whiteSpot: true }, { id: 'shop' }, { id: 'farm' }],
  contacts: [
    { employerId: 'hotel', date: '2025-01-10', kind: 'approach' },
    { employerId: 'shop', date: '2025-04-01', kind: 'visit' },
    { employerId: 'hotel', date: '2025-05-01', kind: 'visit' },
  ],
  placements: [
    { candidateId: 'c1', employerId: 'hotel', municipality: 'GM0575', start: '2025-03-01', targetGroups: ['regulier'] },
    { candidateId: 'c2', employerId: 'shop', municipality: 'Katwijk', start: '2025-04-01', end: '2025-10-01' },
    { candidateId: 'c3', employerId: 'farm', municipality: 'Noordwijk', start: '2025-05-01' },
  ],
};
const instrumentInput = { ladderStep: 5, wageValue: 0.5, targetGroups: ['regulier' as const, 'nug' as const], hoursPerWeek: 24, support: { wageSubsidy: true, jobCoach: true }, date: '2026-01-01' };
const ranked = [
  { vacancyId: 'v1', candidateId: 'a', score: 0.9, label: 1 as const },
  { vacancyId: 'v1', candidateId: 'b', score: 0.4, label: 0 as const },
  { vacancyId: 'v2', candidateId: 'a', score: 0.3, label: 0 as const },
  { vacancyId: 'v2', candidateId: 'c', score: 0.8, label: 1 as const },
];
const fitExamples = Array.from({ length: 24 }, (_, i) => ({
  factors: { competence: ((i * 7) % 10) / 10, ladder: ((i * 3) % 7) / 7, hours: ((i * 5) % 9) / 9, travel: ((i * 2) % 11) / 11, sector: (i % 4) / 4 },
  label: (i * 7) % 10 >= 5 || i % 5 === 0 ? (1 as const) : (0 as const),
}));
const weights = { competence: 0.3, ladder: 0.2, hours: 0.1, travel: 0.25, sector: 0.15 };
const factorsOf = (x: number) => ({ competence: { score: x }, ladder: { score: 1 }, hours: { score: 0.5 }, travel: { score: x }, sector: { score: 0.5 } });
const simPairs = [
  { vacancyId: 'v1', candidateId: 'a', score: 0.8, factors: factorsOf(0.9) },
  { vacancyId: 'v1', candidateId: 'b', score: 0.5, factors: factorsOf(0.4) },
  { vacancyId: 'v2', candidateId: 'a', score: 0.6, factors: factorsOf(0.6) },
];
const folds = [{ vacancyId: 'v1' }, { vacancyId: 'v2' }, { vacancyId: 'v3' }];
const people = [
  { id: 'a', gender: 'v', targetGroups: ['nug'], birthDate: '1990-05-01' },
  { id: 'b', gender: 'm' },
  { id: 'c', gender: 'v', targetGroups: ['statushouder', 'jongere'] },
];
const placedPairs = [
  { candidateId: 'a', vacancyId: 'v1', score: 0.8 },
  { candidateId: 'c', vacancyId: 'v2', score: 0.7 },
];
const report = fairnessReport({ candidates: people, placements: placedPairs }, { groups: ['gender', 'targetGroup'] });
const region = generateSyntheticRegion({ seed: 11, candidates: 12, vacancies: 3 });
const matcher = createMatcher(region);
const cost = Float64Array.of(4, 1, 3, 2, 0, 5, 3, 2, 2);

/** One argument of one function: how to call it with `bad` in that place, and, for a list of records, where a hole is named. */
interface Target {
  readonly fn: string;
  readonly arg: string;
  readonly call: (bad: unknown) => unknown;
  /** For a list of records: a valid list, and the path of the issue a hole at its index 1 must give. */
  readonly hole?: { readonly valid: readonly unknown[]; readonly path: readonly (string | number)[] };
}

const hole = (valid: readonly unknown[], ...path: (string | number)[]) => ({ valid, path: [...path, 1] });
const anyArg = (x: unknown) => x as never;

const TARGETS: readonly Target[] = [
  { fn: 'durability', arg: 'employment', call: (x) => durability(anyArg(x), { asOf: '2025-12-31' }), hole: hole(chain) },
  { fn: 'durability', arg: 'options', call: (x) => durability(chain, anyArg(x)) },
  { fn: 'evaluationSchedule', arg: 'pilotStart', call: (x) => evaluationSchedule(anyArg(x), '2026-12-31') },
  { fn: 'evaluationSchedule', arg: 'pilotEnd', call: (x) => evaluationSchedule('2026-01-01', anyArg(x)) },
  { fn: 'evaluationSchedule', arg: 'options', call: (x) => evaluationSchedule('2026-01-01', '2026-12-31', anyArg(x)) },
  { fn: 'evaluationSchedule', arg: 'options.evaluationMonths', call: (x) => evaluationSchedule('2026-01-01', '2026-12-31', { evaluationMonths: anyArg(x) }) },
  { fn: 'wageCostSubsidy', arg: 'input', call: (x) => wageCostSubsidy(anyArg(x)) },
  { fn: 'wageCostSubsidy', arg: 'input.hoursPerWeek', call: (x) => wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: anyArg(x), date: '2026-01-01' }) },
  { fn: 'trialPlacement', arg: 'input', call: (x) => trialPlacement(anyArg(x)) },
  { fn: 'trialPlacement', arg: 'input.start', call: (x) => trialPlacement({ start: anyArg(x) }) },
  { fn: 'noRiskPolicy', arg: 'input', call: (x) => noRiskPolicy(anyArg(x)) },
  { fn: 'noRiskPolicy', arg: 'input.targetGroups', call: (x) => noRiskPolicy({ start: '2026-01-01', targetGroups: anyArg(x) }), hole: hole(['regulier', 'nug', 'jongere'], 'targetGroups') },
  { fn: 'earningsDisregard', arg: 'input', call: (x) => earningsDisregard(anyArg(x)) },
  { fn: 'earningsDisregard', arg: 'input.netMonthlyEarnings', call: (x) => earningsDisregard({ netMonthlyEarnings: anyArg(x), date: '2026-02-01', age: 35 }) },
  { fn: 'benefitEffect', arg: 'input', call: (x) => benefitEffect(anyArg(x)) },
  { fn: 'benefitEffect', arg: 'input.netMonthlyEarnings', call: (x) => benefitEffect({ netMonthlyEarnings: anyArg(x), household: 'single', date: '2026-02-01', age: 35 }) },
  { fn: 'notionalSavings', arg: 'placements', call: (x) => notionalSavings(anyArg(x)), hole: hole(savings) },
  { fn: 'indicators', arg: 'input', call: (x) => indicators(anyArg(x)) },
  { fn: 'indicators', arg: 'input.placements', call: (x) => indicators({ ...pilot, placements: anyArg(x) }), hole: hole(pilot.placements, 'placements') },
  { fn: 'indicators', arg: 'input.employers', call: (x) => indicators({ ...pilot, placements: [], contacts: [], employers: anyArg(x) }), hole: hole(pilot.employers, 'employers') },
  { fn: 'indicators', arg: 'input.contacts', call: (x) => indicators({ ...pilot, contacts: anyArg(x) }), hole: hole(pilot.contacts, 'contacts') },
  { fn: 'suggestInstruments', arg: 'input', call: (x) => suggestInstruments(anyArg(x)) },
  { fn: 'suggestInstruments', arg: 'input.targetGroups', call: (x) => suggestInstruments({ ...instrumentInput, targetGroups: anyArg(x) }), hole: hole(['regulier', 'nug', 'jongere'], 'targetGroups') },
  { fn: 'suggestInstruments', arg: 'options', call: (x) => suggestInstruments(instrumentInput, anyArg(x)) },
  { fn: 'evaluateRanking', arg: 'examples', call: (x) => evaluateRanking(anyArg(x)), hole: hole(ranked, 'examples') },
  { fn: 'evaluateRanking', arg: 'options', call: (x) => evaluateRanking(ranked, anyArg(x)) },
  { fn: 'fitWeights', arg: 'examples', call: (x) => fitWeights(anyArg(x)), hole: hole(fitExamples, 'examples') },
  { fn: 'fitWeights', arg: 'options', call: (x) => fitWeights(fitExamples, anyArg(x)) },
  { fn: 'simulateOutcomes', arg: 'pairs', call: (x) => simulateOutcomes(anyArg(x), { seed: 1, placed: { weights } }), hole: hole(simPairs, 'pairs') },
  { fn: 'simulateOutcomes', arg: 'options', call: (x) => simulateOutcomes(simPairs, anyArg(x)) },
  { fn: 'simulateOutcomes', arg: 'options.placed', call: (x) => simulateOutcomes(simPairs, { seed: 1, placed: anyArg(x) }) },
  { fn: 'splitByVacancy', arg: 'examples', call: (x) => splitByVacancy(anyArg(x), { k: 2 }), hole: hole(folds, 'examples') },
  { fn: 'splitByVacancy', arg: 'options', call: (x) => splitByVacancy(folds, anyArg(x)) },
  { fn: 'fairnessReport', arg: 'input', call: (x) => fairnessReport(anyArg(x), { candidates: people, groups: ['gender'] }), hole: hole(placedPairs, 'matches') },
  { fn: 'fairnessReport', arg: 'input.candidates', call: (x) => fairnessReport({ candidates: anyArg(x), placements: [] }, { groups: ['gender'] }), hole: hole(people, 'candidates') },
  { fn: 'fairnessReport', arg: 'input.placements', call: (x) => fairnessReport({ candidates: people, placements: anyArg(x) }, { groups: ['gender'] }), hole: hole(placedPairs, 'placements') },
  { fn: 'fairnessReport', arg: 'options', call: (x) => fairnessReport({ candidates: people, placements: placedPairs }, anyArg(x)) },
  { fn: 'formatFairnessReport', arg: 'report', call: (x) => formatFairnessReport(anyArg(x)) },
  { fn: 'formatFairnessReport', arg: 'options', call: (x) => formatFairnessReport(report, anyArg(x)) },
  { fn: 'generateSyntheticRegion', arg: 'options', call: (x) => generateSyntheticRegion(anyArg(x)) },
  { fn: 'generateSyntheticRegion', arg: 'options.candidates', call: (x) => generateSyntheticRegion({ seed: 1, candidates: anyArg(x), vacancies: 1 }) },
  { fn: 'generateSyntheticRegion', arg: 'options.municipalities', call: (x) => generateSyntheticRegion({ seed: 1, candidates: 2, vacancies: 1, municipalities: anyArg(x) }) },
  { fn: 'assignPlacements', arg: 'matcher', call: (x) => assignPlacements(anyArg(x)) },
  { fn: 'assignPlacements', arg: 'options', call: (x) => assignPlacements(matcher, anyArg(x)) },
  { fn: 'assignPlacements', arg: 'options.candidatesPerVacancy', call: (x) => assignPlacements(matcher, { candidatesPerVacancy: anyArg(x) }) },
  { fn: 'linearAssignment', arg: 'cost', call: (x) => linearAssignment(anyArg(x), 3, 3), hole: { valid: [...cost], path: ['cost', 1] } },
  { fn: 'linearAssignment', arg: 'rows', call: (x) => linearAssignment(cost, anyArg(x), 3) },
  { fn: 'linearAssignment', arg: 'cols', call: (x) => linearAssignment(Float64Array.of(), 0, anyArg(x)) },
  { fn: 'linearAssignment', arg: 'options', call: (x) => linearAssignment(cost, 3, 3, anyArg(x)) },
  { fn: 'compareScenarios', arg: 'input', call: (x) => compareScenarios(anyArg(x), { basis: {} }) },
  {
    fn: 'compareScenarios',
    arg: 'scenarios',
    call: (x) => compareScenarios(region, anyArg(x)),
    hole: hole(
      [
        ['a', {}],
        ['b', {}],
        ['c', {}],
      ],
      'scenarios',
    ),
  },
  { fn: 'compareScenarios', arg: 'scenario', call: (x) => compareScenarios(region, { basis: anyArg(x) }) },
  { fn: 'compareScenarios', arg: 'options', call: (x) => compareScenarios(region, { basis: {} }, anyArg(x)) },
  { fn: 'instruments', arg: 'options', call: (x) => matcher.instruments(region.candidates[0]!.id, region.vacancies[0]!.id, anyArg(x)) },
];

const BAD: readonly (readonly [string, () => unknown])[] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['{}', () => ({})],
  ['[]', () => []],
  ['a string', () => 'x'],
  ['a 100,000-character string', () => 'x'.repeat(100_000)],
  ['1e308', () => 1e308],
  ['-1e308', () => -1e308],
  ['NaN', () => Number.NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['a BigInt', () => 10n],
  ['a Symbol', () => Symbol('s')],
  ['a function', () => () => 1],
  ['a null-prototype object', () => Object.create(null) as unknown],
  // biome-ignore lint/suspicious/noSparseArray: the hole is the point
  ['an array with a hole', () => [1, , 2]],
  ['an array with its own constructor', () => withOwnConstructor([1, 2])],
];

describe('defect 8: every public function keeps the error contract for every bad argument', () => {
  it('each list of records used below is valid as it is', () => {
    for (const t of TARGETS) if (t.hole) expect(contract(t.fn, () => t.call(t.hole!.valid)).kind, `${t.fn}(${t.arg})`).toBe('result');
  });

  const rows = TARGETS.flatMap((t) => BAD.map(([kind, make]) => [`${t.fn}(${t.arg} ← ${kind})`, t, kind, make] as const));
  it.each(rows)('%s', (_, t, kind, make) => {
    if (kind === 'an array with a hole' && t.hole) {
      const sparse = withHole(t.hole.valid, 1);
      expect(contract(t.fn, () => t.call(sparse)).kind).toBe('MatchError');
      expect(issuesOf(() => t.call(sparse))).toContainEqual(['array_hole', ...t.hole.path]);
    } else if (kind === 'an array with its own constructor' && t.hole) {
      // A list is read by index: an own `constructor` (which `map` and `filter` would call) changes nothing.
      const outcome = contract(t.fn, () => t.call(withOwnConstructor([...t.hole!.valid])));
      expect(outcome).toEqual(contract(t.fn, () => t.call(t.hole!.valid)));
    } else {
      contract(t.fn, () => t.call(make()));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Defect 4: a hole in any list of records is an `array_hole` issue at its index.

describe('defect 4: holes in arrays are issues at their index', () => {
  const a = { start: '2025-01-01', end: '2025-02-28' };
  const b = { start: '2025-03-01' };

  it('durability and indicators name the hole instead of throwing from inside or counting it', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(issuesOf(() => durability([a, , b] as never, { asOf: '2025-12-31' }))).toEqual([['array_hole', 1]]);
    expect(issuesOf(() => indicators({ ...pilot, placements: withHole(pilot.placements, 0) }))).toEqual([['array_hole', 'placements', 0]]);
    expect(issuesOf(() => indicators({ ...pilot, placements: [{ ...pilot.placements[0]!, targetGroups: withHole(['nug', 'regulier'], 0) }] }))).toEqual([
      ['array_hole', 'placements', 0, 'targetGroups', 0],
    ]);
  });

  it('every function that takes a list of records reports its holes together with its other bad records', () => {
    // Spreading a sparse array fills its holes, so the holes are punched last.
    const badSavings = withHole([...savings, { start: 'later', fullTime: true }], 1);
    expect(issuesOf(() => notionalSavings(badSavings))).toEqual([
      ['array_hole', 1],
      ['invalid_date', 3, 'start'],
    ]);
    expect(issuesOf(() => evaluateRanking(withHole([...ranked, { ...ranked[0]!, score: Number.NaN }], 0)))).toEqual([
      ['array_hole', 'examples', 0],
      ['invalid_score', 'examples', 4, 'score'],
    ]);
    expect(issuesOf(() => fitWeights(withHole(fitExamples, 3)))).toEqual([['array_hole', 'examples', 3]]);
    expect(issuesOf(() => simulateOutcomes(withHole(simPairs, 2), { seed: 1, placed: { weights } }))).toEqual([['array_hole', 'pairs', 2]]);
    expect(issuesOf(() => splitByVacancy(withHole(folds, 0), { k: 2 }))).toEqual([['array_hole', 'examples', 0]]);
    expect(issuesOf(() => fairnessReport({ candidates: withHole(people, 2), placements: withHole(placedPairs, 1) }, { groups: ['gender'] }))).toEqual([
      ['array_hole', 'candidates', 2],
      ['array_hole', 'placements', 1],
    ]);
    expect(issuesOf(() => linearAssignment(withHole([1, 2, 3, 4], 2) as never, 2, 2))).toEqual([['array_hole', 'cost', 2]]);
    expect(
      issuesOf(() =>
        compareScenarios(
          region,
          withHole(
            [
              ['a', {}],
              ['b', {}],
            ],
            0,
          ) as never,
        ),
      ),
    ).toEqual([['array_hole', 'scenarios', 0]]);
  });

  it('names the first 20 holes and counts the rest in one issue, also in a huge sparse array, without walking it', () => {
    expect(issuesOf(() => notionalSavings(new Array(25) as never))).toEqual([...Array.from({ length: 20 }, (_, i) => ['array_hole', i]), ['array_hole']]);
    const huge: unknown[] = [];
    huge.length = 2 ** 32 - 1;
    huge[5] = savings[0];
    const started = performance.now();
    const issues = issuesOf(() => notionalSavings(huge as never));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(issues).toHaveLength(21);
    expect(issues[5]).toEqual(['array_hole', 6]);
  });
});

// ---------------------------------------------------------------------------------------------
// Defect 8: the calls issue 11 found, one by one.

describe('defect 8: the calls found in issue 11', () => {
  it('evaluationSchedule: options that are not an object, and evaluationMonths that is not a list', () => {
    expect(() => evaluationSchedule('2026-01-01', '2026-12-31', { evaluationMonths: 3 as never })).toThrow(/^evaluationSchedule: evaluationMonths must be an array/);
    expect(() => evaluationSchedule('2026-01-01', '2026-12-31', null as never)).toThrow(TypeError);
    expect(() => evaluationSchedule('2026-01-01', '2026-12-31', null as never)).toThrow(/^evaluationSchedule: options must be an object/);
    expect(() => evaluationSchedule('2026-01-01', '2026-12-31', { evaluationMonths: [1e15] })).toThrow(/^evaluationSchedule: evaluationMonths\[0\] must be a whole number of months from 1 to 1200/);
  });

  it('suggestInstruments: null options, and a date outside the minimum-wage table named by suggestInstruments itself', () => {
    expect(() => suggestInstruments(instrumentInput, null as never)).toThrow(/^suggestInstruments: options must be an object/);
    expect(() => suggestInstruments({ ...instrumentInput, date: '2030-01-01' })).toThrow(/^suggestInstruments: no minimum wage known for 2030-01-01/);
  });

  it('dates past 9999-12-31 are an input issue naming the field, never an internal toDays message', () => {
    expect(issuesOf(() => trialPlacement({ start: '9999-12-31' }))).toEqual([['date_out_of_range', 'start']]);
    expect(trialPlacement({ start: '9999-07-01' }).latestEnd).toBe('9999-12-31');
    expect(issuesOf(() => trialPlacement({ start: '9999-07-02' }))).toEqual([['date_out_of_range', 'start']]);
    expect(noRiskPolicy({ start: '9995-01-01' })).toMatchObject({ until: '9999-12-31' });
    expect(issuesOf(() => noRiskPolicy({ start: '9995-06-01' }))).toEqual([['date_out_of_range', 'start']]);
    expect(noRiskPolicy({ start: '9995-06-01', targetGroups: ['doelgroepregister'] }).openEnded).toBe(true);
    expect(issuesOf(() => durability([{ start: '9999-12-01' }, { start: '9999-08-01', end: '9999-11-30' }], { asOf: '9999-12-31' }))).toEqual([['date_out_of_range', 1, 'start']]);
    expect(durability({ start: '9999-06-30' }, { asOf: '9999-12-31' })).toMatchObject({ status: 'durable', durableOn: '9999-12-30' });
    expect(issuesOf(() => evaluationSchedule('9999-01-01', '9999-06-30'))).toEqual([['date_out_of_range', 'pilotEnd']]);
    expect(issuesOf(() => evaluationSchedule('9999-05-01', '9999-06-30', { evaluationMonths: [1, 8], followUpMonths: 1 }))).toEqual([['date_out_of_range', 'pilotStart']]);
    expect(issuesOf(() => wageCostSubsidy({ flatRate: true, hoursPerWeek: 20, date: '9999-12-31', employmentStart: '9999-12-01' }))).toEqual([['date_out_of_range', 'employmentStart']]);
    expect(issuesOf(() => indicators({ ...pilot, asOf: '9999-12-31', placements: [{ ...pilot.placements[0]!, start: '9999-12-01' }] }))).toEqual([['date_out_of_range', 'placements', 0, 'start']]);
  });

  it('assignPlacements: a huge candidatesPerVacancy gives the full search, not "Invalid typed array length"', () => {
    const all = assignPlacements(matcher, { minScore: 0, candidatesPerVacancy: region.candidates.length });
    expect(assignPlacements(matcher, { minScore: 0, candidatesPerVacancy: 1e308 })).toEqual(all);
    expect(assignPlacements(matcher, { minScore: 0, candidatesPerVacancy: 2 ** 31 })).toEqual(all);
    expect(() => assignPlacements(matcher, null as never)).toThrow(/^assignPlacements: options must be an object/);
  });

  it('simulateOutcomes: options without a placed model', () => {
    expect(() => simulateOutcomes(simPairs, { seed: 1 } as never)).toThrow(/^simulateOutcomes: placed must be an object/);
    expect(() => simulateOutcomes(simPairs, { seed: 1, placed: { weights: { ...weights, hours: 1e308, ladder: 1e308 } } })).toThrow(/^simulateOutcomes: placed weights must have a finite sum/);
    expect(issuesOf(() => simulateOutcomes([{ ...simPairs[0]!, score: Number.NaN }, null] as never, { seed: 1, placed: { weights } }))).toEqual([
      ['invalid_score', 'pairs', 0, 'score'],
      ['invalid_type', 'pairs', 1],
    ]);
  });

  it('benefitEffect and earningsDisregard: earnings up to 1,000,000,000 a month give finite amounts, more is an issue', () => {
    expect(issuesOf(() => benefitEffect({ netMonthlyEarnings: 1e308, household: 'single', date: '2026-02-01', age: 35 }))).toEqual([['out_of_range', 'netMonthlyEarnings']]);
    expect(issuesOf(() => earningsDisregard({ netMonthlyEarnings: 1e308, date: '2026-02-01', age: 35 }))).toEqual([['out_of_range', 'netMonthlyEarnings']]);
    const top = benefitEffect({ netMonthlyEarnings: 1e9, household: 'couple', date: '2026-02-01', age: 35 });
    expect(top).toMatchObject({ benefit: 0, benefitEnds: true, totalIncome: 1e9 });
    expect(nonFinite(top)).toBeUndefined();
  });

  it('functions that call other rules name themselves in the errors of those rules', () => {
    const candidate: CandidateInput = { id: 'c', municipality: 'Lisse', ladderStep: 5, wageValue: 0.5, competences: ['VIG'], hours: { min: 36, max: 36 }, travel: { maxMinutes: 30, modes: ['bike'] } };
    const vacancy: VacancyInput = { id: 'v', employerId: 'w', municipality: 'Lisse', sector: 'zorg', competences: ['VIG'], hours: { min: 32, max: 40 }, support: { wageSubsidy: true } };
    const small = createMatcher({ candidates: [candidate], vacancies: [vacancy] });
    expect(() => small.instruments('c', 'v', { date: '2030-01-01' })).toThrow(/^instruments: no minimum wage known/);
    expect(() => small.instruments('c', 'v', null as never)).toThrow(/^instruments: options \{ date \} are required/);
    expect(() => assignPlacements(small, { date: '2030-01-01' })).toThrow(/^assignPlacements: no minimum wage known/);
    expect(() => compareScenarios({ candidates: [candidate], vacancies: [vacancy] }, { basis: {} }, { date: '2030-01-01' })).toThrow(/^compareScenarios: no minimum wage known/);
    expect(issuesOf(() => compareScenarios(region, { basis: { assign: { strategy: 'best' as never, minScore: 2 } } }))).toEqual([
      ['invalid_value', 'scenarios', 'basis', 'assign', 'strategy'],
      ['out_of_range', 'scenarios', 'basis', 'assign', 'minScore'],
    ]);
  });

  it('sizes and counts that would hang or exhaust memory are rejected at once', () => {
    expect(() => linearAssignment(Float64Array.of(), 1e308, 0)).toThrow(/^linearAssignment: rows must be a whole number from 0 to/);
    expect(() => linearAssignment(Float64Array.of(1e308, 1e308, 1e308, 1e308), 2, 2, { maximize: true })).toThrow(/^linearAssignment: cost\[0, 0\]/);
    expect(() => generateSyntheticRegion({ seed: 1, candidates: 1e308, vacancies: 1 })).toThrow(/^generateSyntheticRegion: candidates must be a whole number from 0 to 1000000/);
    expect(() => fitWeights(fitExamples, { maxIterations: 1e308 })).toThrow(/^fitWeights: maxIterations/);
  });

  it('huge but finite numbers in records never add up to Infinity', () => {
    const huge = [
      { candidateId: 'a', vacancyId: 'v1', score: 1e308 },
      { candidateId: 'c', vacancyId: 'v2', score: 1e308 },
    ];
    const row = fairnessReport({ candidates: people, placements: huge }, { groups: ['gender'] }).rows.find((r) => r.group === 'v');
    expect(row?.meanScore).toBe(1e308);
    expect(nonFinite(evaluateRanking(ranked.map((e, i) => ({ ...e, score: i % 2 ? 1e308 : -1e308 }))))).toBeUndefined();
  });

  it('messages quote a huge bad value in short', () => {
    const long = 'x'.repeat(1_000_000);
    for (const run of [() => durability({ start: long }, { asOf: '2025-01-01' }), () => indicators({ ...pilot, contacts: [{ employerId: long, date: '2025-01-01', kind: 'visit' }] })]) {
      try {
        run();
        expect.unreachable();
      } catch (e) {
        expect((e as MatchError).issues[0]!.message.length).toBeLessThan(200);
      }
    }
    expect(() => durability(chain, { asOf: long })).toThrow(/^durability: asOf must be a YYYY-MM-DD date, received "x{60}"… \(1000000 characters\)$/);
  });
});

// ---------------------------------------------------------------------------------------------
// One property per rules function: valid and hostile values mixed field by field.

/** Runs `call` on an arbitrary argument list and checks the contract; one invariant per rules function. */
function keepsContract(fn: string, args: fc.Arbitrary<readonly unknown[]>, call: (args: readonly unknown[]) => unknown): void {
  fc.assert(fc.property(args, (list) => void contract(fn, () => call(list))));
}

const optional = (value: fc.Arbitrary<unknown>) => fc.option(value, { nil: undefined });
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => mix(fc.record(fields, { requiredKeys: [] }));
const targetGroups = listMix(fc.constantFrom('regulier', 'nug', 'doelgroepregister', 'jongere', 'NUG'));

describe('properties: every rules function gives a finite result or its documented error, prototypes untouched', () => {
  it('durability', () => {
    const employment = fc.oneof(
      employmentChain,
      listMix(record({ start: dateMix, end: optional(dateMix), employerId: optional(mix(fc.constantFrom('e1', 'e2'))) })),
      record({ start: dateMix, end: optional(dateMix) }),
    );
    const options = record({ asOf: dateMix, months: optional(mix(fc.integer({ min: 1, max: 120 }))), maxGapDays: optional(mix(fc.nat(30))) });
    keepsContract('durability', fc.tuple(employment, options), ([e, o]) => durability(e as never, o as never));
  });

  it('evaluationSchedule', () => {
    const options = optional(record({ evaluationMonths: optional(listMix(mix(fc.integer({ min: 1, max: 1300 })))), followUpMonths: optional(mix(fc.integer({ min: 1, max: 1300 }))) }));
    keepsContract('evaluationSchedule', fc.tuple(dateMix, dateMix, options), ([s, e, o]) => evaluationSchedule(s as never, e as never, o as never));
  });

  it('wageCostSubsidy', () => {
    const input = record({
      wageValue: optional(mix(wageValue)),
      hoursPerWeek: mix(hours),
      date: mix(fc.oneof(tableDate, fc.constant('2030-01-01'))),
      age: optional(mix(age)),
      fullTimeHours: optional(mix(fc.constantFrom(32, 36, 40))),
      flatRate: optional(mix(fc.boolean())),
      bbl: optional(mix(fc.boolean())),
      employmentStart: optional(dateMix),
    });
    keepsContract('wageCostSubsidy', fc.tuple(input), ([i]) => wageCostSubsidy(i as never));
  });

  it('trialPlacement', () => {
    keepsContract('trialPlacement', fc.tuple(record({ start: dateMix, extensionMonths: optional(mix(fc.integer({ min: 0, max: 4 }))) })), ([i]) => trialPlacement(i as never));
  });

  it('noRiskPolicy', () => {
    keepsContract('noRiskPolicy', fc.tuple(record({ start: dateMix, targetGroups: optional(targetGroups) })), ([i]) => noRiskPolicy(i as never));
  });

  const earnings = mix(
    fc.oneof(
      fc.integer({ min: 0, max: 300_000 }).map((c) => c / 100),
      fc.constantFrom(1e9, 1e9 + 1),
    ),
  );

  it('earningsDisregard', () => {
    const input = record({ netMonthlyEarnings: earnings, date: mix(fc.oneof(tableDate, fc.constant('2030-01-01'))), age: mix(age), monthsUsed: optional(mix(fc.nat(8))) });
    keepsContract('earningsDisregard', fc.tuple(input), ([i]) => earningsDisregard(i as never));
  });

  it('benefitEffect', () => {
    const input = record({
      netMonthlyEarnings: earnings,
      household: mix(fc.constantFrom('single', 'couple')),
      date: mix(fc.oneof(tableDate, fc.constant('2030-01-01'))),
      age: mix(fc.integer({ min: 21, max: 67 })),
      monthsDisregardUsed: optional(mix(fc.nat(8))),
    });
    keepsContract('benefitEffect', fc.tuple(input), ([i]) => benefitEffect(i as never));
  });

  it('notionalSavings', () => {
    keepsContract('notionalSavings', fc.tuple(listMix(record({ start: dateMix, fullTime: mix(fc.boolean()) }), 6)), ([p]) => notionalSavings(p as never));
  });

  it('indicators', () => {
    const employerId = mix(fc.constantFrom('hotel', 'shop', 'farm', 'nobody'));
    const input = record({
      asOf: dateMix,
      from: optional(dateMix),
      months: optional(mix(fc.integer({ min: 1, max: 120 }))),
      homeMunicipality: mix(fc.constantFrom('Noordwijk', 'GM0575', 'Katwijk')),
      employers: mix(fc.constant(pilot.employers)),
      contacts: listMix(record({ employerId, date: dateMix, kind: mix(fc.constantFrom('approach', 'visit')) })),
      placements: listMix(
        record({
          candidateId: mix(fc.constantFrom('c1', 'c2')),
          employerId,
          municipality: mix(fc.constantFrom('Noordwijk', 'Lisse')),
          start: dateMix,
          end: optional(dateMix),
          targetGroups: optional(targetGroups),
        }),
      ),
    });
    keepsContract('indicators', fc.tuple(input), ([i]) => indicators(i as never));
  });

  it('suggestInstruments', () => {
    const input = record({
      ladderStep: mix(fc.integer({ min: 1, max: 6 })),
      wageValue: optional(mix(wageValue)),
      targetGroups: optional(targetGroups),
      age: optional(mix(age)),
      hoursPerWeek: mix(hours),
      fullTimeHours: optional(mix(fc.constantFrom(32, 36, 40))),
      support: optional(record({ jobCoach: optional(mix(fc.boolean())), wageSubsidy: optional(mix(fc.boolean())), jobCarving: optional(mix(fc.boolean())) })),
      date: mix(fc.oneof(tableDate, fc.constant('2030-01-01'))),
    });
    const options = optional(record({ locale: optional(mix(fc.constantFrom('nl', 'en'))) }));
    keepsContract('suggestInstruments', fc.tuple(input, options), ([i, o]) => suggestInstruments(i as never, o as never));
  });

  it('the hostile values reach the functions (the properties test something)', () => {
    const sample = fc.sample(hostile, { numRuns: 200, seed: 1 });
    expect(sample.some((v) => Array.isArray(v) && Object.keys(v).length < v.length)).toBe(true);
    expect(sample.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(true);
  });
});
