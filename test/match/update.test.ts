import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignPlacements, createMatcher, generateSyntheticRegion, MatchError, rankAll, type Matcher } from '../../src/index.js';
import { rankAllParallel } from '../../src/node/index.js';

type Rec = { id: string } & Record<string, unknown>;

// A base region and a pool of other records to upsert, some with labels no vocabulary knows (on both sides, shared and
// new), so the delta's competence ids must be mapped into the base's.
const MUNICIPALITIES = ['Noordwijk', 'Hillegom', 'Lisse', 'Katwijk', 'Teylingen', 'Leiden', 'Haarlem', 'Groningen'];
const base = generateSyntheticRegion({ seed: 11, candidates: 60, vacancies: 14, municipalities: MUNICIPALITIES });
const pool = generateSyntheticRegion({ seed: 12, candidates: 40, vacancies: 12, municipalities: MUNICIPALITIES });
// Base records hold the first two odd labels; pool records meet them in another order, after labels the base lacks.
const ODD = ['zqx lasser', 'kwzp bakker', 'yyv monteur', 'ppq kapper'];
const BASE_ODD = [ODD[0]!, ODD[1]!];
const POOL_ODD = [ODD[3]!, ODD[1]!, ODD[2]!, ODD[0]!];
const withOdd = (r: Rec, i: number, vacancy: boolean, labels: readonly string[]): Rec => {
  if (i % 2 !== 0) return r;
  // Two odd labels on every fourth record: their order by id differs between the delta and the base.
  const picked = labels.slice((i / 2) % labels.length, ((i / 2) % labels.length) + (i % 4 === 0 ? 2 : 1));
  return { ...r, competences: [...(r.competences as unknown[]), ...picked.map((label) => (vacancy ? { label, weight: 0.5, required: i % 8 === 0 } : label))] };
};
const baseCandidates = (base.candidates as Rec[]).map((r, i) => withOdd(r, i, false, BASE_ODD));
const baseVacancies = (base.vacancies as Rec[]).map((r, i) => withOdd(r, i, true, BASE_ODD));
const poolCandidates = (pool.candidates as Rec[]).map((r, i) => withOdd({ ...r, id: `n-${r.id}` }, i, false, POOL_ODD));
const poolVacancies = (pool.vacancies as Rec[]).map((r, i) => withOdd({ ...r, id: `n-${r.id}` }, i, true, POOL_ODD));

/** One update in abstract form, resolved against the current records: picks are taken modulo what is there. */
const sideArb = fc.record({
  upsert: fc.array(fc.record({ pick: fc.nat(), existing: fc.boolean() }), { maxLength: 6 }),
  remove: fc.array(fc.nat(), { maxLength: 4 }),
});
const stepArb = fc.record({ candidates: sideArb, vacancies: sideArb });

type Side = { upsert: { pick: number; existing: boolean }[]; remove: number[] };

/** The concrete changes of a step, and the model (id → record, in insertion order) after them. */
function resolve(model: Map<string, Rec>, side: Side, fresh: readonly Rec[]): { upsert: Rec[]; remove: string[] } {
  const ids = [...model.keys()];
  const remove = [...new Set(side.remove.map((p) => ids[p % Math.max(1, ids.length)]).filter((id): id is string => id !== undefined))];
  for (const id of remove) model.delete(id);
  const upsert: Rec[] = [];
  const taken = new Set<string>();
  for (const { pick, existing } of side.upsert) {
    const source = fresh[pick % fresh.length]!;
    const id = existing && ids.length > 0 ? ids[pick % ids.length]! : source.id;
    if (taken.has(id)) continue;
    taken.add(id);
    upsert.push({ ...source, id });
  }
  for (const r of upsert) model.set(r.id, r);
  return { upsert, remove };
}

const POLICIES = ['when-none', 'fill', 'off'] as const;

/** Everything the matcher answers for a sample of ids, as plain data. */
function answers(m: Matcher, candidateIds: readonly string[], vacancyIds: readonly string[]) {
  const out: unknown[] = [];
  for (const v of vacancyIds) {
    for (const fallback of POLICIES) for (const limit of [0, 3, 100]) for (const minScore of [0, undefined]) out.push(m.rankCandidates(v, { fallback, limit, minScore }));
    out.push(m.rankCandidates(v, { perspectives: ['werken'], limit: 5, minScore: 0 }));
  }
  for (const c of candidateIds) {
    out.push(m.rankVacancies(c, { limit: 3, minScore: 0 }), m.rankVacancies(c, { limit: 100 }));
    for (const v of vacancyIds.slice(0, 4)) out.push(m.score(c, v), m.instruments(c, v, { date: '2026-01-01' }));
  }
  return out;
}

const sample = (ids: readonly string[], n: number) => ids.filter((_, i) => i % Math.max(1, Math.floor(ids.length / n)) === 0);

describe('matcher.update', () => {
  it('any sequence of updates answers as createMatcher on the final records', () => {
    const start = createMatcher({ candidates: baseCandidates, vacancies: baseVacancies });
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (steps, bulkBetween) => {
        const cs = new Map(baseCandidates.map((r) => [r.id, r]));
        const vs = new Map(baseVacancies.map((r) => [r.id, r]));
        let m = start;
        for (const step of steps) {
          const probeId = [...vs.keys()][0]!;
          const candidates = resolve(cs, step.candidates, poolCandidates);
          const vacancies = resolve(vs, step.vacancies, poolVacancies);
          const before = m;
          const probe = before.rankCandidates(probeId, { minScore: 0, fallback: 'fill' });
          m = m.update({ candidates, vacancies });
          // The old matcher still answers as it did.
          expect(before.rankCandidates(probeId, { minScore: 0, fallback: 'fill' })).toEqual(probe);
          // Reading the full index (rankAll) between steps makes the next update start from it.
          if (bulkBetween) rankAll(m, { limit: 2 });
        }
        const fresh = createMatcher({ candidates: [...cs.values()], vacancies: [...vs.values()] });
        const cIds = sample([...cs.keys()], 8);
        const vIds = sample([...vs.keys()], 6);
        // Records just upserted are sampled on purpose: they live in the delta.
        const last = steps.at(-1)!;
        const lastC = resolveIds(cs, last.candidates.upsert.length);
        const lastV = resolveIds(vs, last.vacancies.upsert.length);
        expect(answers(m, [...cIds, ...lastC], [...vIds, ...lastV])).toEqual(answers(fresh, [...cIds, ...lastC], [...vIds, ...lastV]));
        expect(rankAll(m, { limit: 4, minScore: 0 })).toEqual(rankAll(fresh, { limit: 4, minScore: 0 }));
        expect(assignPlacements(m)).toEqual(assignPlacements(fresh));
        expect(m.report).toEqual(fresh.report);
      }),
      { numRuns: 40 },
    );
  });

  it('rankAllParallel on an updated matcher gives what rankAll gives on a rebuild', async () => {
    const m0 = createMatcher({ candidates: baseCandidates, vacancies: baseVacancies });
    const m1 = m0.update({ candidates: { upsert: poolCandidates.slice(0, 10), remove: [baseCandidates[1]!.id] }, vacancies: { upsert: poolVacancies.slice(0, 3) } });
    const fresh = createMatcher({
      candidates: [...baseCandidates.filter((_, i) => i !== 1), ...poolCandidates.slice(0, 10)],
      vacancies: [...baseVacancies, ...poolVacancies.slice(0, 3)],
    });
    expect(await rankAllParallel(m1, { workers: 2, minScore: 0, limit: 5 })).toEqual(rankAll(fresh, { minScore: 0, limit: 5 }));
  });

  it('unknown ids are unknown after removal, and new ones known', () => {
    const m0 = createMatcher({ candidates: baseCandidates, vacancies: baseVacancies });
    const gone = baseCandidates[3]!.id;
    const m1 = m0.update({ candidates: { remove: [gone], upsert: [poolCandidates[0]] } });
    expect(() => m1.score(gone, baseVacancies[0]!.id)).toThrow(RangeError);
    expect(m0.score(gone, baseVacancies[0]!.id).candidateId).toBe(gone);
    expect(m1.score(poolCandidates[0]!.id, baseVacancies[0]!.id).candidateId).toBe(poolCandidates[0]!.id);
    expect(m1.report.candidates).toBe(baseCandidates.length);
  });

  it('a bad record is a MatchError naming its place under upsert, and nothing is applied', () => {
    const m0 = createMatcher({ candidates: baseCandidates, vacancies: baseVacancies });
    const bad = { ...poolCandidates[1]!, hours: { min: 'veel' } };
    let error: unknown;
    try {
      m0.update({ candidates: { upsert: [poolCandidates[0], bad], remove: [baseCandidates[0]!.id] }, vacancies: { upsert: [{ ...poolVacancies[0]!, municipality: 'Noordwijkk' }] } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MatchError);
    const paths = (error as MatchError).issues.map((i) => i.path.slice(0, 4));
    expect(paths).toContainEqual(['candidates', 'upsert', 1, 'hours']);
    expect((error as MatchError).issues).toContainEqual(expect.objectContaining({ code: 'unknown_municipality', path: ['vacancies', 'upsert', 0, 'municipality'] }));
    expect(paths.some((p) => p[2] === 0 && p[0] === 'candidates')).toBe(false);
    // m0 is untouched and nothing was applied anywhere.
    expect(m0.score(baseCandidates[0]!.id, baseVacancies[0]!.id).candidateId).toBe(baseCandidates[0]!.id);
    expect(() => m0.score(poolCandidates[0]!.id, baseVacancies[0]!.id)).toThrow(RangeError);
  });

  it('removing an id the matcher does not hold, or twice, is reported with its place; an id upserted twice too', () => {
    const m0 = createMatcher({ candidates: baseCandidates, vacancies: baseVacancies });
    const id = baseVacancies[2]!.id;
    let error: unknown;
    try {
      m0.update({ vacancies: { remove: [id, 'no-such', id] }, candidates: { upsert: [poolCandidates[0], poolCandidates[0]] } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MatchError);
    const issues = (error as MatchError).issues.map((i) => [i.code, i.path]);
    expect(issues).toContainEqual(['unknown_vacancy', ['vacancies', 'remove', 1]]);
    expect(issues).toContainEqual(['unknown_vacancy', ['vacancies', 'remove', 2]]);
    expect(issues).toContainEqual(['duplicate_id', ['candidates', 'upsert', 1, 'id']]);
    expect(issues).not.toContainEqual(['unknown_vacancy', ['vacancies', 'remove', 0]]);
    expect(() => m0.update({ candidates: [] as never })).toThrow(TypeError);
    // A misspelt part is no change silently not made.
    expect(() => m0.update({ candidate: { remove: [baseCandidates[0]!.id] } } as never)).toThrow(/unknown field "candidate"/);
    expect(() => m0.update({ vacancies: { delete: [id] } } as never)).toThrow(/unknown field "delete"/);
  });

  it('a large change is folded into a new base and still answers as a rebuild', () => {
    const big = generateSyntheticRegion({ seed: 13, candidates: 4200, vacancies: 5, municipalities: MUNICIPALITIES });
    const added = (big.candidates as Rec[]).map((r) => ({ ...r, id: `b-${r.id}` }));
    const m0 = createMatcher({ candidates: baseCandidates, vacancies: baseVacancies });
    const m1 = m0.update({ candidates: { upsert: added } });
    const fresh = createMatcher({ candidates: [...baseCandidates, ...added], vacancies: baseVacancies });
    const vIds = sample(
      baseVacancies.map((v) => v.id),
      5,
    );
    expect(answers(m1, [added[0]!.id, added[4000]!.id], vIds)).toEqual(answers(fresh, [added[0]!.id, added[4000]!.id], vIds));
  });
});

/** The ids of the last `n` records of the model (where a step's new records went), at most 4. */
function resolveIds(model: Map<string, Rec>, n: number): string[] {
  return [...model.keys()].slice(-Math.min(n, 4)).slice(0, 4);
}
