// The factor registry: every factor brings all its parts, and the index columns are declared once and honoured.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDEX_COLUMNS, mapScoringIndex } from '../../src/engine/compile.js';
import { createMatcher, FACTORS } from '../../src/index.js';
import { INDEX, type MatcherWithIndex } from '../../src/match/matcher.js';
import { columnLength, type ArrayKind } from '../../src/score/columns.js';
import { FACTOR_LIST } from '../../src/score/registry.js';
import { pairArb } from '../arbitraries.js';
import { referenceScorer } from '../oracle/reference-scorer.js';

const ARRAY_OF: Record<ArrayKind, new (n: number) => ArrayBufferView> = { int8: Int8Array, uint8: Uint8Array, int16: Int16Array, int32: Int32Array, float64: Float64Array };

// Reasons from real matches, per factor and code: a fixed sample of pairs reaches every code.
const reasons = new Map<string, Map<string, { readonly code: string }>>(FACTORS.map((f) => [f, new Map()]));
for (const pair of fc.sample(pairArb, { seed: 12, numRuns: 600 })) {
  const match = createMatcher({ candidates: [pair.candidate], vacancies: [pair.vacancy] }).score('c', 'v');
  for (const f of FACTORS) reasons.get(f)!.set(match.factors[f].reason.code, match.factors[f].reason);
}

describe('the factor registry', () => {
  it('lists the factors of FACTORS, in the order their contributions are summed', () => {
    expect(FACTOR_LIST.map((f) => f.name)).toEqual([...FACTORS]);
  });

  describe.each(FACTOR_LIST.map((f) => [f.name, f] as const))('%s', (name, factor) => {
    it('has a value kernel, reason codes and knock-out codes among them', () => {
      expect(typeof factor.value).toBe('function');
      expect(typeof factor.reason).toBe('function');
      expect(factor.codes.length).toBeGreaterThan(0);
      expect(Object.keys(factor.knockouts).length).toBeGreaterThan(0);
      for (const code of Object.keys(factor.knockouts)) expect(factor.codes).toContain(code);
    });

    it('gives every reason code a Dutch and an English sentence', () => {
      const seen = reasons.get(name)!;
      expect([...seen.keys()].sort()).toEqual([...factor.codes].sort());
      for (const reason of seen.values()) {
        const nl = factor.sentence.nl(reason);
        const en = factor.sentence.en(reason);
        expect(nl).toMatch(/\S.*\.$/);
        expect(en).toMatch(/\S.*\.$/);
        expect(nl).not.toBe(en);
      }
    });

    it('gives every knock-out a Dutch and an English sentence', () => {
      for (const sentences of Object.values(factor.knockouts)) {
        expect(sentences.nl).toMatch(/^Uitgesloten: .+\.$/);
        expect(sentences.en).toMatch(/^Excluded: .+\.$/);
      }
    });

    it('has an entry in the oracle', () => {
      const oracle = referenceScorer({ candidates: [], vacancies: [] }, createMatcher({ candidates: [], vacancies: [] }).config);
      expect(typeof oracle.factors[name]).toBe('function');
    });
  });
});

describe('the index columns', () => {
  const input = {
    candidates: fc.sample(pairArb, { seed: 3, numRuns: 8 }).map((p, i) => ({ ...p.candidate, id: `c${i}` })),
    vacancies: fc.sample(pairArb, { seed: 4, numRuns: 5 }).map((p, j) => ({ ...p.vacancy, id: `v${j}` })),
  };
  const ix = (createMatcher(input) as MatcherWithIndex)[INDEX] as unknown as Record<string, unknown> & MatcherWithIndex[typeof INDEX];

  it('are each declared by one factor at most', () => {
    const names = FACTOR_LIST.flatMap((f) => Object.keys(f.columns));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(INDEX_COLUMNS).toHaveProperty(name);
  });

  it('are compiled with their declared kind and length', () => {
    const sizes = { candidates: 8, vacancies: 5, candidateCompetences: ix.cCompOff[8]!, vacancyCompetences: ix.vCompOff[5]! };
    for (const [name, spec] of Object.entries(INDEX_COLUMNS)) {
      const array = ix[name] as ArrayBufferView & { length: number };
      expect(array, name).toBeInstanceOf(ARRAY_OF[spec.kind]);
      expect(array.length, name).toBe(columnLength(spec.per, sizes));
    }
  });

  it('are copied for worker threads exactly when the pair kernel reads them', () => {
    const copied = new Set<unknown>();
    mapScoringIndex(ix, (array) => {
      copied.add(array);
      return array.slice() as typeof array;
    });
    for (const [name, spec] of Object.entries(INDEX_COLUMNS)) expect(copied.has(ix[name]), name).toBe(spec.use === 'score');
  });
});
