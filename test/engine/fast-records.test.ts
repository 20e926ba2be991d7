// The fast path of loadInput against zod (issue 14): over the hardening fuzz corpus, targeted edge values and
// synthetic caseloads, a record the fast path accepts is one zod accepts, parsed to the same value; and loadInput
// reports the same issues with the fast path as with zod alone. Each property also proves the fast path ran.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchIssue } from '../../src/basics/errors.js';
import { createFastScratch, fastCandidate, fastVacancy, shapeCandidate, shapeVacancy } from '../../src/engine/fast-records.js';
import { loadInput, plainCopy, type LoadStats } from '../../src/engine/load.js';
import { generateSyntheticRegion } from '../../src/index.js';
import { candidateSchema, vacancySchema } from '../../src/schema/records.js';
import { candidateArb, vacancyArb } from '../arbitraries.js';
import { hostileValue, matcherAttack, mutate } from '../hardening/attacks.js';

type Kind = 'candidates' | 'vacancies';
const FAST = { candidates: fastCandidate, vacancies: fastVacancy } as const;
const SCHEMA = { candidates: candidateSchema, vacancies: vacancySchema } as const;
// What loadInput makes of zod's output: every field of the schema, undefined where absent (the fast path's shape).
const SHAPE = { candidates: shapeCandidate, vacancies: shapeVacancy } as const;

/** Compares the fast path on one record with zod on its plain copy; returns whether the fast path took it. */
function agreeOnRecord(kind: Kind, raw: unknown): boolean {
  // The fast path reads the record itself; zod parses what plainCopy makes of a second, identical structure.
  const copyIssues: MatchIssue[] = [];
  const copy = plainCopy(structuredCloneOrSame(raw), [], copyIssues).value;
  const fast = FAST[kind](raw, createFastScratch());
  const zod = SCHEMA[kind].safeParse(copy);
  if (fast !== undefined) {
    expect(copyIssues, 'the fast path took what is not JSON').toEqual([]);
    expect(zod.success, `zod rejects what the fast path took: ${JSON.stringify(zod.error?.issues.map((i) => [i.code, i.path]))}`).toBe(true);
    // Strictly: the same fields, undefined ones included, in one shape.
    expect(fast).toStrictEqual((SHAPE[kind] as (r: unknown) => unknown)(zod.data));
    return true;
  }
  // The fast path misses only invalid records and those with what it leaves to zod (nested or undefined reporting values).
  if (zod.success && copyIssues.length === 0) expect(leftToZod(zod.data), `the fast path missed a valid record ${JSON.stringify(copy).slice(0, 300)}`).toBe(true);
  return false;
}

/** A record whose reporting values are not all JSON primitives, or that names constructor or prototype there. */
function leftToZod(record: { reporting?: Record<string, unknown> | undefined }): boolean {
  const r = record.reporting;
  if (r === undefined) return false;
  return Object.entries(r).some(([k, v]) => k === 'constructor' || k === 'prototype' || v === undefined || (typeof v === 'object' && v !== null));
}

// Getters and proxies are read once, so the differential reads a clone where one can be made.
function structuredCloneOrSame(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

const key = (i: MatchIssue) => `${i.code} ${i.path.join('.')} ${i.message}`;

/** loadInput with the fast path and with zod alone report the same issues and load the same records. */
function agreeOnInput(input: () => unknown, config: unknown, stats: LoadStats): void {
  const withFast: MatchIssue[] = [];
  const withZod: MatchIssue[] = [];
  const a = loadInput(input(), config, withFast, { stats });
  const b = loadInput(input(), config, withZod, { fastPath: false });
  expect(withFast.map(key).sort()).toEqual(withZod.map(key).sort());
  expect(a?.candidates).toStrictEqual(b?.candidates);
  expect(a?.vacancies).toStrictEqual(b?.vacancies);
}

const records = (input: unknown, kind: Kind): unknown[] => {
  const list = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[kind] : undefined;
  return Array.isArray(list) ? [...list.keys()].filter((i) => i in list).map((i) => list[i]) : [];
};

describe('the fast path agrees with zod', () => {
  it('on the hardening fuzz corpus (mutated inputs and configs), record by record and input by input', () => {
    let took = 0;
    let seen = 0;
    const stats: LoadStats = { fastPath: 0 };
    fc.assert(
      fc.property(matcherAttack.arbitrary, ({ input, config }) => {
        for (const kind of ['candidates', 'vacancies'] as const) {
          for (const record of records(input, kind)) {
            seen++;
            if (agreeOnRecord(kind, record)) took++;
          }
        }
        agreeOnInput(() => structuredCloneOrSame(input), structuredCloneOrSame(config), stats);
      }),
      { numRuns: 300 },
    );
    // Most corpus records are valid (one to three mutations per input): the fast path must have taken them.
    expect(took).toBeGreaterThan(seen / 2);
    expect(stats.fastPath).toBeGreaterThan(seen / 2);
  });

  // Values at and just past each bound the schemas set, on one field of an otherwise valid record.
  const EDGES: readonly (readonly [string, unknown])[] = [
    ['ladderStep', 0],
    ['ladderStep', 6],
    ['ladderStep', 7],
    ['ladderStep', 2.5],
    ['ladderStep', '3'],
    ['ladderStep', -0],
    ['hours.min', 0],
    ['hours.min', -0],
    ['hours.min', 60],
    ['hours.min', 60.5],
    ['hours.max', 1e-9],
    ['hours.max', Number.NaN],
    ['hours.max', 8],
    ['hours', { min: 8, max: 8 }],
    ['hours', { min: 8, max: 9, extra: 1 }],
    ['hours', { min: 8 }],
    ['hours', [8, 9]],
    ['hours', null],
    ['location', { lat: 90, lon: -180 }],
    ['location', { lat: 90.0001, lon: 0 }],
    ['location', { lat: 52 }],
    ['location', undefined],
    ['location', { lat: 52, lon: 4, alt: 0 }],
    ['travel.maxMinutes', 240],
    ['travel.maxMinutes', 240.5],
    ['travel.maxMinutes', 0],
    ['travel.modes', []],
    ['travel.modes', ['bike', 'bike']],
    ['travel.modes', ['boat']],
    ['travel.modes', 'bike'],
    ['competences', []],
    ['competences', ['  VIG  ']],
    ['competences', ['   ']],
    ['competences', ['™']],
    ['competences', ['—']],
    ['competences', ['Ωμέγα']],
    ['competences', [` ${'x'.repeat(200)} `]],
    ['competences', ['x'.repeat(201)]],
    ['competences', [{ label: ' HACCP ', level: 3 }]],
    ['competences', [{ label: 'HACCP', level: 4 }]],
    ['competences', [{ label: 'HACCP', level: undefined }]],
    ['competences', [{ label: 'HACCP', required: true, weight: 100 }]],
    ['competences', [{ label: 'HACCP', weight: 100.5 }]],
    ['competences', [{ label: 'HACCP', required: 'yes' }]],
    ['competences', [{ level: 2 }]],
    ['competences', Array.from({ length: 200 }, () => 'VIG')],
    ['competences', Array.from({ length: 201 }, () => 'VIG')],
    ['competences', [1]],
    ['sectors', {}],
    ['sectors', { preferred: ['zorg'], excluded: ['zorg'] }],
    ['sectors', { experience: ['bouw'], excluded: ['bouw', 'ict'] }],
    ['sectors', { preferred: ['zorg'], excluded: [] }],
    ['sectors', { preferred: undefined }],
    ['sectors', { other: [] }],
    ['sectors', { preferred: ['Zorg'] }],
    ['wageValue', 1],
    ['wageValue', 0],
    ['wageValue', 1.01],
    ['exempt', 'ja'],
    ['exempt', undefined],
    ['targetGroups', []],
    ['targetGroups', ['nug', 'nug']],
    ['targetGroups', ['NUG']],
    ['birthDate', '2024-02-29'],
    ['birthDate', '2023-02-29'],
    ['birthDate', '2024-2-29'],
    ['birthDate', 20240229],
    ['gender', ''],
    ['gender', 'x'.repeat(1001)],
    ['perspective', 'werken'],
    ['perspective', 'Werken'],
    ['reporting', { team: 'noord' }],
    ['reporting', { n: Number.POSITIVE_INFINITY }],
    ['reporting', { team: 'noord', fte: 0.8, pilot: true, note: null, 12: 'x', '': 'empty name' }],
    ['reporting', { ['k'.repeat(200)]: 1 }],
    ['reporting', { ['k'.repeat(201)]: 1 }],
    ['reporting', { note: 'x'.repeat(1000) }],
    ['reporting', { note: 'x'.repeat(1001) }],
    ['reporting', { nested: { a: [1, 2] } }],
    ['reporting', { list: ['a'] }],
    ['reporting', { gone: undefined }],
    ['reporting', { constructor: 'x' }],
    ['reporting', JSON.parse('{"team": "noord", "__proto__": {"polluted": true}}')],
    ['reporting', {}],
    ['reporting', []],
    ['reporting', 'team noord'],
    ['extra', 1],
    ['__proto__', {}],
    ['id', ''],
    ['id', 'x'.repeat(200)],
    ['id', 'x'.repeat(201)],
    ['id', 7],
    ['municipality', ''],
    ['municipality', 'x'.repeat(101)],
    ['municipality', 'Atlantis'],
    ['employerId', ''],
    ['title', 'x'.repeat(1000)],
    ['title', 'x'.repeat(1001)],
    ['sector', 'zorg'],
    ['sector', 'ZORG'],
    ['minLadderStep', 3],
    ['minLadderStep', 6],
    ['support', { jobCoach: true, wageSubsidy: undefined }],
    ['support', { jobCoach: 1 }],
    ['support', { coach: true }],
    ['positions', 10_000],
    ['positions', 10_001],
    ['positions', 1.5],
    ['positions', 0],
    ['whiteSpot', false],
    ['whiteSpot', 0],
  ];

  function withEdge(record: Record<string, unknown>, [path, value]: readonly [string, unknown]): Record<string, unknown> {
    const copy = structuredClone(record);
    const keys = path.split('.');
    let node: Record<string, unknown> = copy;
    for (const k of keys.slice(0, -1)) {
      if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
      node = node[k] as Record<string, unknown>;
    }
    const last = keys.at(-1)!;
    if (last === '__proto__') Object.defineProperty(node, last, { value, enumerable: true, configurable: true, writable: true });
    else node[last] = value;
    return copy;
  }

  it('on each bound of each field, just inside and just outside', () => {
    let took = 0;
    let missed = 0;
    fc.assert(
      fc.property(candidateArb('c'), vacancyArb('v'), fc.constantFrom(...EDGES), (candidate, vacancy, edge) => {
        for (const [kind, record] of [
          ['candidates', candidate],
          ['vacancies', vacancy],
        ] as const) {
          if (agreeOnRecord(kind, withEdge(record, edge))) took++;
          else missed++;
        }
      }),
      { numRuns: 1000 },
    );
    expect(took).toBeGreaterThan(300);
    expect(missed).toBeGreaterThan(300);
  });

  it('on hostile values in any field of a valid record', () => {
    let took = 0;
    fc.assert(
      fc.property(candidateArb('c'), vacancyArb('v'), fc.array(fc.record({ at: fc.nat(), value: hostileValue, kind: fc.constant('set' as const) }), { maxLength: 2 }), (c, v, ms) => {
        if (agreeOnRecord('candidates', mutate(c, ms))) took++;
        if (agreeOnRecord('vacancies', mutate(v, ms))) took++;
      }),
      { numRuns: 500 },
    );
    expect(took).toBeGreaterThan(100);
  });

  it('on a synthetic caseload, taking every record', () => {
    const region = generateSyntheticRegion({ seed: 3, candidates: 3000, vacancies: 300 });
    const stats: LoadStats = { fastPath: 0 };
    const issues: MatchIssue[] = [];
    const fast = loadInput(region, undefined, issues, { stats });
    const zod = loadInput(region, undefined, [], { fastPath: false });
    expect(issues).toEqual([]);
    expect(stats.fastPath).toBe(3300);
    expect(fast?.candidates).toStrictEqual(zod?.candidates);
    expect(fast?.vacancies).toStrictEqual(zod?.vacancies);
    expect(fast?.candidates).toStrictEqual(region.candidates.map((c) => shapeCandidate(candidateSchema.parse(c))));
  });

  it('hands a record it cannot take to zod without reading any field twice', () => {
    const region = generateSyntheticRegion({ seed: 3, candidates: 1, vacancies: 1 });
    const fields = { ...region.candidates[0]!, ladderStep: 9 };
    let reads = 0;
    const counted = new Proxy(fields, {
      get: (t, k, r) => {
        reads++;
        return Reflect.get(t, k, r);
      },
    });
    const stats: LoadStats = { fastPath: 0 };
    const issues: MatchIssue[] = [];
    loadInput({ candidates: [counted], vacancies: region.vacancies }, undefined, issues, { stats });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_value', 'candidates.0.ladderStep']]);
    expect(reads).toBe(Object.keys(fields).length);
    expect(stats.fastPath).toBe(1);
  });

  it('reads reporting names once: a proxy that names __proto__ only on a later ask reaches no prototype', () => {
    const region = generateSyntheticRegion({ seed: 3, candidates: 1, vacancies: 1 });
    const evil = { polluted: true };
    // The proxy answers `team` for the first `honest` asks of its keys, then `__proto__`: whichever ask the reader makes last.
    for (let honest = 0; honest <= 4; honest++) {
      let asked = 0;
      const reporting = new Proxy(
        { team: 'noord', ['__proto__']: evil },
        {
          ownKeys: () => (++asked <= honest ? ['team'] : ['__proto__']),
          getOwnPropertyDescriptor: (t, k) => ({ value: (t as Record<PropertyKey, unknown>)[k as string], enumerable: true, configurable: true, writable: true }),
        },
      );
      const loaded = loadInput({ candidates: [{ ...region.candidates[0]!, reporting }], vacancies: region.vacancies }, undefined, []);
      const kept = loaded?.candidates[0]?.reporting;
      if (kept !== undefined) expect(Object.getPrototypeOf(kept), `after ${honest} honest answers`).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('hands over a record whose nested getter throws, which is then reported at its path', () => {
    const region = generateSyntheticRegion({ seed: 3, candidates: 1, vacancies: 1 });
    const hours = Object.defineProperty({ max: 32 }, 'min', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const issues: MatchIssue[] = [];
    const stats: LoadStats = { fastPath: 0 };
    loadInput({ candidates: [{ ...region.candidates[0]!, hours }], vacancies: region.vacancies }, undefined, issues, { stats });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unreadable', 'candidates.0.hours.min']]);
    expect(stats.fastPath).toBe(1);
  });
});
