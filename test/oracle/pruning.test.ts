// The two pruning paths of a ranking scan, each on an instance built for it: the path ran, it visited fewer
// candidates than a full scan would, and the ranking still equals the oracle's (nothing eligible was pruned).
import { describe, expect, it } from 'vitest';
import { TIERS } from '../../src/engine/compile.js';
import { resolveRankSpec, VacancyRanker } from '../../src/engine/scan.js';
import { createMatcher, generateSyntheticRegion, type CandidateInput, type Matcher, type VacancyInput } from '../../src/index.js';
import { INDEX, type MatcherWithIndex } from '../../src/match/matcher.js';
import { MUNICIPALITIES } from '../../src/region/municipalities.js';
import { rankingMismatch } from './compare.js';
import { referenceScorer } from './reference-scorer.js';

/** Ranks every vacancy with the scan behind rankCandidates ('fill', minScore 0, no limit); returns the scan's counters. */
function rankEveryVacancy(matcher: Matcher, input: { candidates: readonly { id: string }[]; vacancies: readonly { id: string }[] }) {
  const ix = (matcher as MatcherWithIndex)[INDEX];
  const ranker = new VacancyRanker(ix, resolveRankSpec('test', 0, { fallback: 'fill', minScore: 0, limit: input.candidates.length }));
  const oracle = referenceScorer(input, matcher.config);
  const mismatches = input.vacancies.flatMap((v, vi) => {
    const ranked = ranker.rank(vi).map((e) => ({ candidateId: input.candidates[e.candidate]!.id, score: e.score, tier: TIERS[e.tier]! }));
    const why = rankingMismatch(ranked, oracle.rank(v.id, { fallback: 'fill', minScore: 0 }), input.candidates.length);
    return why === undefined ? [] : [`${v.id}: ${why}`];
  });
  return { stats: ranker.stats, mismatches };
}

describe('pruning', () => {
  it('the grid walk runs and visits a fraction of the candidates on a caseload spread over the country', () => {
    const input = generateSyntheticRegion({ seed: 3, candidates: 3000, vacancies: 25, municipalities: MUNICIPALITIES.map((m) => m.name) });
    const { stats, mismatches } = rankEveryVacancy(createMatcher(input), input);
    expect(mismatches).toEqual([]);
    expect(stats.grid.scans).toBeGreaterThan(0);
    // Travel reach is tens of km in a country some 300 km across: most candidates are never looked at.
    expect(stats.grid.visited).toBeLessThan(0.2 * stats.grid.scans * stats.members);
    expect(stats.grid.scored).toBeLessThanOrEqual(stats.grid.visited);
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
});
