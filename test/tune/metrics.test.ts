import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRanking, MatchError, type RankedExample } from '../../src/index.js';

const ex = (vacancyId: string, candidateId: string, score: number, label: 0 | 1): RankedExample => ({ vacancyId, candidateId, score, label });

describe('evaluateRanking: hand-computed cases', () => {
  // v1: a 0.9 (+), b 0.8 (−), c 0.7 (+), d 0.6 (−), e 0.5 (+); v2: f 0.4 (−), g 0.3 (+)
  const examples = [ex('v1', 'a', 0.9, 1), ex('v1', 'b', 0.8, 0), ex('v1', 'c', 0.7, 1), ex('v1', 'd', 0.6, 0), ex('v1', 'e', 0.5, 1), ex('v2', 'f', 0.4, 0), ex('v2', 'g', 0.3, 1)];
  const m = evaluateRanking(examples, { k: 3 });

  it('AUC: the share of (positive, negative) pairs ordered correctly', () => {
    // positives 0.9 0.7 0.5 0.3, negatives 0.8 0.6 0.4: correct pairs 3 + 2 + 1 + 0 = 6 of 12
    expect(m.auc).toBe(0.5);
  });

  it('per vacancy: precision = hits ÷ k, recall = hits ÷ positives, NDCG with a log2 discount, reciprocal rank', () => {
    const [v1, v2] = m.perVacancy;
    // v1 top 3: a+ b− c+ → 2 hits; DCG = 1 + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) + 1/2
    expect(v1).toMatchObject({ vacancyId: 'v1', examples: 5, positives: 3, precisionAtK: 2 / 3, recallAtK: 2 / 3, reciprocalRank: 1 });
    expect(v1!.ndcgAtK).toBeCloseTo(1.5 / (1.5 + 1 / Math.log2(3)), 12);
    // v2 top 3: f− g+ → 1 hit of k = 3; DCG = 1/log2(3) = ideal × 1/log2(3)
    expect(v2).toMatchObject({ vacancyId: 'v2', examples: 2, positives: 1, precisionAtK: 1 / 3, recallAtK: 1, reciprocalRank: 0.5 });
    expect(v2!.ndcgAtK).toBeCloseTo(1 / Math.log2(3), 12);
  });

  it('averages over vacancies with at least one positive', () => {
    expect(m.precisionAtK).toBeCloseTo((2 / 3 + 1 / 3) / 2, 12);
    expect(m.recallAtK).toBeCloseTo((2 / 3 + 1) / 2, 12);
    expect(m.mrr).toBe(0.75);
    expect(m).toMatchObject({ k: 3, examples: 7, positives: 4, vacancies: 2, vacanciesWithoutPositive: 0 });
  });

  it('leaves vacancies without a positive out of the means and counts them', () => {
    const r = evaluateRanking([...examples, ex('v3', 'h', 0.99, 0)], { k: 3 });
    expect(r.vacancies).toBe(2);
    expect(r.vacanciesWithoutPositive).toBe(1);
    expect(r.precisionAtK).toBe(m.precisionAtK);
    expect(r.auc).toBeCloseTo(6 / 16, 12);
  });

  it('counts a tie between a positive and a negative as half', () => {
    expect(evaluateRanking([ex('v', 'a', 0.5, 1), ex('v', 'b', 0.5, 0)]).auc).toBe(0.5);
    // positive 0.7 beats both negatives (2), positive 0.5 ties one (0.5) and beats one (1): 3.5 of 4
    expect(evaluateRanking([ex('v', 'a', 0.7, 1), ex('v', 'b', 0.5, 1), ex('v', 'c', 0.5, 0), ex('v', 'd', 0.1, 0)]).auc).toBe(3.5 / 4);
  });

  it('breaks score ties within a vacancy by candidate id, as rankCandidates does', () => {
    const r = evaluateRanking([ex('v', 'b', 0.5, 1), ex('v', 'a', 0.5, 0)], { k: 1 });
    expect(r.precisionAtK).toBe(0);
    expect(r.mrr).toBe(0.5);
  });

  it('is 1 for a perfect ranking and 0 for a reversed one', () => {
    const perfect = [ex('v', 'a', 0.9, 1), ex('v', 'b', 0.8, 1), ex('v', 'c', 0.3, 0), ex('v', 'd', 0.1, 0)];
    const reversed = perfect.map((e) => ({ ...e, score: 1 - e.score }));
    expect(evaluateRanking(perfect, { k: 2 })).toMatchObject({ auc: 1, precisionAtK: 1, recallAtK: 1, ndcgAtK: 1, mrr: 1 });
    expect(evaluateRanking(reversed, { k: 2 })).toMatchObject({ auc: 0, precisionAtK: 0, recallAtK: 0, ndcgAtK: 0, mrr: 1 / 3 });
  });

  it('gives null where a metric is undefined', () => {
    expect(evaluateRanking([ex('v', 'a', 0.9, 0), ex('v', 'b', 0.8, 0)])).toMatchObject({ auc: null, precisionAtK: null, ndcgAtK: null, mrr: null, vacancies: 0 });
    expect(evaluateRanking([ex('v', 'a', 0.9, 1)]).auc).toBeNull();
    expect(evaluateRanking([])).toMatchObject({ examples: 0, auc: null, perVacancy: [] });
  });
});

describe('evaluateRanking: invariants', () => {
  const examplesArb = fc
    .array(fc.record({ vacancy: fc.integer({ min: 0, max: 3 }), score: fc.integer({ min: -20, max: 20 }).map((t) => t / 4), label: fc.constantFrom<0 | 1>(0, 1) }), { minLength: 2, maxLength: 60 })
    .map((rows) => rows.map((r, i) => ex(`v${r.vacancy}`, `c${String(i).padStart(2, '0')}`, r.score, r.label)));

  // Scores on a grid of quarters (with ties), so every transform stays strictly increasing in floating point too.
  const increasing = fc.constantFrom(
    (s: number) => Math.exp(s) * 3 + 1,
    (s: number) => s ** 3 + s,
    (s: number) => 1 / (1 + Math.exp(-s)),
    (s: number) => s / 100 - 7,
  );

  it('AUC and every top-k metric are unchanged by a strictly increasing transform of the scores', () => {
    fc.assert(
      fc.property(examplesArb, increasing, (examples, transform) => {
        const transformed = examples.map((e) => ({ ...e, score: transform(e.score) }));
        const a = evaluateRanking(examples, { k: 3 });
        const b = evaluateRanking(transformed, { k: 3 });
        return a.auc === b.auc && a.precisionAtK === b.precisionAtK && a.ndcgAtK === b.ndcgAtK && a.mrr === b.mrr;
      }),
    );
  });

  it('every metric lies in [0, 1]', () => {
    fc.assert(
      fc.property(examplesArb, fc.integer({ min: 1, max: 8 }), (examples, k) => {
        const m = evaluateRanking(examples, { k });
        return [m.auc, m.precisionAtK, m.recallAtK, m.ndcgAtK, m.mrr].every((v) => v === null || (v >= 0 && v <= 1));
      }),
    );
  });
});

describe('evaluateRanking: bad input', () => {
  it('names every bad example in one MatchError', () => {
    const bad = [ex('v', 'a', Number.NaN, 1), { vacancyId: 'v', candidateId: '', score: 0.5, label: 2 }, ex('v', 'b', 0.1, 0), ex('v', 'b', 0.2, 1)] as never;
    try {
      evaluateRanking(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MatchError);
      expect((e as MatchError).issues.map((i) => [i.code, ...i.path])).toEqual([
        ['invalid_score', 'examples', 0, 'score'],
        ['invalid_id', 'examples', 1, 'candidateId'],
        ['invalid_label', 'examples', 1, 'label'],
        ['duplicate_pair', 'examples', 3],
      ]);
    }
  });

  it('throws a RangeError starting with the function name for a bad k', () => {
    expect(() => evaluateRanking([], { k: 0 })).toThrow(/^evaluateRanking: k must be/);
    expect(() => evaluateRanking([], { k: 1.5 })).toThrow(RangeError);
  });
});
