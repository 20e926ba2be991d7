// The pruning of a ranking scan, each path on an instance built for it: the path ran, it visited fewer candidates
// than a full scan would (only those of the tiers ranked), and the ranking still equals the oracle's (nothing
// eligible was pruned); and the distance bound it prunes with never exceeds the distance.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS } from '../../src/engine/compile.js';
import { boundScale, boxLowerBound } from '../../src/engine/grid.js';
import { pairKm } from '../../src/score/travel.js';
import { resolveRankSpec, VacancyRanker } from '../../src/engine/scan.js';
import { createMatcher, generateSyntheticRegion, type CandidateInput, type Matcher, type VacancyInput } from '../../src/index.js';
import { INDEX, type MatcherWithIndex } from '../../src/match/matcher.js';
import { MUNICIPALITIES } from '../../src/region/municipalities.js';
import { rankingMismatch } from './compare.js';
import { referenceScorer } from './reference-scorer.js';

/** Ranks every vacancy with the scan behind rankCandidates (minScore 0, no limit); returns the scan's counters. */
function rankEveryVacancy(matcher: Matcher, input: { candidates: readonly { id: string }[]; vacancies: readonly { id: string }[] }, fallback: 'fill' | 'off' = 'fill') {
  const ix = (matcher as MatcherWithIndex)[INDEX];
  const ranker = new VacancyRanker(ix, resolveRankSpec('test', 0, { fallback, minScore: 0, limit: input.candidates.length }));
  const oracle = referenceScorer(input, matcher.config);
  const visited: number[] = [];
  const mismatches = input.vacancies.flatMap((v, vi) => {
    const before = ranker.stats.grid.visited + ranker.stats.postings.visited;
    const ranked = ranker.rank(vi).map((e) => ({ candidateId: input.candidates[e.candidate]!.id, score: e.score, tier: TIERS[e.tier]! }));
    visited.push(ranker.stats.grid.visited + ranker.stats.postings.visited - before);
    const why = rankingMismatch(ranked, oracle.rank(v.id, { fallback, minScore: 0 }), input.candidates.length);
    return why === undefined ? [] : [`${v.id}: ${why}`];
  });
  return { stats: ranker.stats, mismatches, visited, ix };
}

describe('pruning', () => {
  it('the grid walk runs and visits a fraction of the candidates on a caseload spread over the country', () => {
    const input = generateSyntheticRegion({ seed: 3, candidates: 3000, vacancies: 25, municipalities: MUNICIPALITIES.map((m) => m.name) });
    const { stats, mismatches, visited, ix } = rankEveryVacancy(createMatcher(input), input);
    expect(mismatches).toEqual([]);
    expect(stats.grid.scans).toBeGreaterThan(0);
    // Travel reach is tens of km in a country some 300 km across: most candidates are never looked at.
    expect(stats.grid.visited).toBeLessThan(0.2 * stats.grid.scans * stats.members);
    expect(stats.grid.scored).toBeLessThanOrEqual(stats.grid.visited);
    // Each pass reads only the municipalities of its tier: candidates outside every tier are never looked at.
    const members = [...ix.blocks.order];
    visited.forEach((n, vi) => {
      const inTier = members.filter((ci) => ix.tiers[ix.vMuni[vi]! * MUNICIPALITIES.length + ix.cMuni[ci]!]! <= 2).length;
      expect(n).toBeLessThanOrEqual(inTier);
    });
  });

  it("the home pass looks only at candidates of the vacancy's municipality", () => {
    const input = generateSyntheticRegion({ seed: 5, candidates: 3000, vacancies: 25, municipalities: MUNICIPALITIES.map((m) => m.name) });
    const { mismatches, visited, ix, stats } = rankEveryVacancy(createMatcher(input), input, 'off');
    expect(mismatches).toEqual([]);
    const members = [...ix.blocks.order];
    visited.forEach((n, vi) => {
      const home = members.filter((ci) => ix.cMuni[ci] === ix.vMuni[vi]).length;
      expect(n).toBeLessThanOrEqual(home);
    });
    expect(stats.grid.visited + stats.postings.visited).toBeGreaterThan(0);
  });

  it('the posting-list walk runs where a required competence is rarer than the candidates in reach, and not under job carving', () => {
    // 300 candidates in Noordwijk, all within reach of a Noordwijk vacancy; every 50th has a forklift certificate.
    const candidates: CandidateInput[] = Array.from({ length: 300 }, (_, i) => ({
      id: `c${String(i).padStart(3, '0')}`,
      municipality: 'Noordwijk',
      ladderStep: 6,
      competences: i % 50 === 0 ? ['Heftruckcertificaat', 'Orderpicken'] : ['Orderpicken'],
      hours: { min: 16, max: 36 },
      travel: { maxMinutes: 45, modes: ['bike'] },
    }));
    const vacancy = (id: string, jobCarving: boolean): VacancyInput => ({
      id,
      employerId: 'w-1',
      municipality: 'Noordwijk',
      sector: 'logistiek',
      competences: [{ label: 'Heftruckcertificaat', required: true }, 'Orderpicken'],
      hours: { min: 24, max: 36 },
      minLadderStep: 4,
      support: { jobCarving },
    });
    const required = { candidates, vacancies: [vacancy('v-required', false)] };
    const one = rankEveryVacancy(createMatcher(required), required);
    expect(one.mismatches).toEqual([]);
    expect(one.stats.postings.scans).toBe(1);
    expect(one.stats.grid.scans).toBe(0);
    expect(one.stats.postings.visited).toBe(6);
    expect(one.stats.members).toBe(300);

    // With job carving a missing competence costs points instead of a knock-out, so every candidate is scanned.
    const carving = { candidates, vacancies: [vacancy('v-carving', true)] };
    const other = rankEveryVacancy(createMatcher(carving), carving);
    expect(other.mismatches).toEqual([]);
    expect(other.stats.postings.scans).toBe(0);
    expect(other.stats.grid.visited).toBe(300);
  });

  it('the box bound never exceeds the haversine distance to a point of the box, wherever the box and the vacancy lie', () => {
    const lat = fc.double({ min: -89.9, max: 89.9, noNaN: true });
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const point = fc.record({ lat, lon });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 4 }), point, fc.double({ min: 0.01, max: 30000, noNaN: true }), (box, from, maxReach) => {
        const lats = box.map((p) => p.lat);
        const lons = box.map((p) => p.lon);
        const cos = (deg: number) => Math.cos((deg * Math.PI) / 180);
        const bounds = {
          latLo: Float64Array.of(Math.min(...lats)),
          latHi: Float64Array.of(Math.max(...lats)),
          lonLo: Float64Array.of(Math.min(...lons)),
          lonHi: Float64Array.of(Math.max(...lons)),
          cosMin: Float64Array.of(Math.min(cos(Math.min(...lats)), cos(Math.max(...lats)))),
        };
        const { clampDeg, kmPerDeg } = boundScale(maxReach);
        const bound = boxLowerBound(bounds, 0, from.lat, from.lon, cos(from.lat), clampDeg, kmPerDeg);
        return box.every((p) => {
          const km = pairKm(
            {
              cLat: Float64Array.of(p.lat),
              cLon: Float64Array.of(p.lon),
              cCosLat: Float64Array.of(cos(p.lat)),
              vLat: Float64Array.of(from.lat),
              vLon: Float64Array.of(from.lon),
              vCosLat: Float64Array.of(cos(from.lat)),
            },
            0,
            0,
          );
          return bound <= km;
        });
      }),
      { numRuns: 2000 },
    );
  });
});
