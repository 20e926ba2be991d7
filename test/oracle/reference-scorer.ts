// The readable reference scorer: the scoring model of the README written out plainly over parsed records
// (strings, objects, arrays), sharing nothing with the compiled index. The fast engine is tested against it.
import type { Factor, ResolvedConfig } from '../../src/schema/config.js';
import { buildVocabulary } from '../../src/competence/resolve.js';
import { findMunicipality, type Municipality } from '../../src/region/municipalities.js';
import { candidateSchema, vacancySchema, type Candidate, type Vacancy } from '../../src/schema/records.js';
import { normalizeLabel } from '../../src/basics/text.js';

type Tier = 'home' | 'fallback' | 'region' | 'outside';

/** One factor's verdict: its score in [0, 1], or a knock-out (score 0) with its code. */
export type FactorOutcome = { readonly score: number; readonly knockout?: undefined } | { readonly score: 0; readonly knockout: string };

export interface ReferenceScore {
  readonly eligible: boolean;
  /** 0 when not eligible. */
  readonly score: number;
  readonly tier: Tier;
  /** Each factor's score, 0 where it knocks out. */
  readonly factors: Readonly<Record<Factor, number>>;
  /** Every knock-out, e.g. `[{ factor: 'ladder', code: 'below_minimum' }, { factor: 'travel', code: 'too_far' }]`. */
  readonly knockouts: readonly { readonly factor: Factor; readonly code: string }[];
}

export interface ReferenceRanked {
  readonly candidateId: string;
  readonly score: number;
  readonly tier: Tier;
}

// README, "The scoring model" and "Travel model".
const LEVEL_CREDIT: Record<number, number> = { 1: 0.6, 2: 0.8, 3: 1.0 };
const LADDER_SCORE: Record<number, number> = { 4: 0.6, 5: 0.85, 6: 1.0 };
const TRAVEL: Record<string, { detour: number; kmPerHour: number; overhead: number }> = {
  walk: { detour: 1.3, kmPerHour: 5, overhead: 0 },
  bike: { detour: 1.3, kmPerHour: 15, overhead: 0 },
  ebike: { detour: 1.3, kmPerHour: 20, overhead: 0 },
  transit: { detour: 1.4, kmPerHour: 30, overhead: 12 },
  car: { detour: 1.3, kmPerHour: 50, overhead: 5 },
};

function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A reference scorer over the same raw input and the matcher's resolved config. */
export function referenceScorer(input: { readonly candidates: readonly unknown[]; readonly vacancies: readonly unknown[] }, config: ResolvedConfig) {
  const candidates = input.candidates.map((c) => candidateSchema.parse(c));
  const vacancies = input.vacancies.map((v) => vacancySchema.parse(v));
  const vocabulary = buildVocabulary(config.vocabulary, []);
  // A label means its vocabulary entry; a label the vocabulary does not know only meets the same text.
  const meanings = new Map<string, string>();
  const meaning = (label: string): string => {
    let key = meanings.get(label);
    if (key === undefined) {
      const r = vocabulary.resolve(label);
      key = r.kind === 'unresolved' ? `text:${normalizeLabel(label)}` : `id:${r.index}`;
      meanings.set(label, key);
    }
    return key;
  };
  const muni = (name: string): Municipality => findMunicipality(name)!;

  const score = (value: number): FactorOutcome => ({ score: value });
  const knockout = (code: string): FactorOutcome => ({ score: 0, knockout: code });

  function competence(c: Candidate, v: Vacancy): FactorOutcome {
    const has = new Map<string, number>();
    for (const comp of c.competences) {
      const [label, level] = typeof comp === 'string' ? [comp, 2] : [comp.label, comp.level ?? 2];
      const key = meaning(label);
      has.set(key, Math.max(has.get(key) ?? 0, level));
    }
    const asks = new Map<string, { weight: number; required: boolean }>();
    for (const comp of v.competences) {
      const [label, weight, required] = typeof comp === 'string' ? [comp, 1, false] : [comp.label, comp.weight ?? 1, comp.required ?? false];
      const key = meaning(label);
      const prev = asks.get(key);
      asks.set(key, { weight: Math.max(prev?.weight ?? 0, weight), required: (prev?.required ?? false) || required });
    }
    if (asks.size === 0) return score(0.5);
    let asked = 0;
    let covered = 0;
    let required = 0;
    let missingRequired = 0;
    for (const [key, ask] of asks) {
      asked += ask.weight;
      if (ask.required) required += ask.weight;
      const level = has.get(key);
      if (level !== undefined) covered += ask.weight * LEVEL_CREDIT[level]!;
      else if (ask.required) missingRequired += ask.weight;
    }
    const carving = v.support?.jobCarving ?? false;
    if (missingRequired > 0 && !carving) return knockout('missing_required');
    const coverage = covered / asked;
    return score(missingRequired > 0 ? coverage * (1 - config.jobCarvingPenalty * (missingRequired / required)) : coverage);
  }

  function ladder(c: Candidate, v: Vacancy): FactorOutcome {
    if (c.exempt) return knockout('exempt');
    const minStep = v.minLadderStep ?? 5;
    const support = (v.support?.jobCoach ?? false) || (v.support?.wageSubsidy ?? false);
    if (c.ladderStep <= 3) return knockout('step_too_low'); // not ready for paid work
    if (c.ladderStep < minStep) return knockout('below_minimum'); // below what the vacancy asks
    if (c.ladderStep === 5 && !support) return knockout('support_required'); // step 5 means paid work with support
    return score(LADDER_SCORE[c.ladderStep]!);
  }

  function hours(c: Candidate, v: Vacancy): FactorOutcome {
    if (c.hours.max < v.hours.min || v.hours.max < c.hours.min) return knockout('no_overlap');
    return score(Math.min(c.hours.max, v.hours.max) / v.hours.max);
  }

  function travel(c: Candidate, v: Vacancy): FactorOutcome {
    const from = c.location ?? muni(c.municipality);
    const to = v.location ?? muni(v.municipality);
    const km = haversineKm(from, to);
    const minutesBy = (mode: string): number => {
      if (config.travelTime) return config.travelTime({ lat: from.lat, lon: from.lon }, { lat: to.lat, lon: to.lon }, mode as never);
      const m = TRAVEL[mode]!;
      return (km * m.detour * 60) / m.kmPerHour + m.overhead;
    };
    const minutes = Math.min(...c.travel.modes.map(minutesBy));
    if (minutes > c.travel.maxMinutes) return knockout('too_far');
    return score(1 - 0.5 * (minutes / c.travel.maxMinutes) ** 2);
  }

  function sector(c: Candidate, v: Vacancy): FactorOutcome {
    if (c.sectors?.excluded?.includes(v.sector)) return knockout('excluded');
    if (c.sectors?.preferred?.includes(v.sector)) return score(1);
    if (c.sectors?.experience?.includes(v.sector)) return score(0.8);
    return score(config.shortageSectors.includes(v.sector) ? 0.6 : 0.5);
  }

  /** The factors by name, in the README's order. */
  const factors: Readonly<Record<Factor, (c: Candidate, v: Vacancy) => FactorOutcome>> = { competence, ladder, hours, travel, sector };

  function tier(c: Candidate, v: Vacancy): Tier {
    const home = muni(v.municipality);
    const theirs = muni(c.municipality);
    if (home.code === theirs.code) return 'home';
    const fallbacks = Object.entries(config.fallbacks).find(([key]) => muni(key).code === home.code)?.[1] ?? [];
    if (fallbacks.some((name) => muni(name).code === theirs.code)) return 'fallback';
    if (config.regionTier && home.regionCode === theirs.regionCode) return 'region';
    return 'outside';
  }

  function scoreOf(c: Candidate, v: Vacancy): ReferenceScore {
    const outcomes = Object.entries(factors).map(([f, fn]) => [f as Factor, fn(c, v)] as const);
    const knockouts = outcomes.flatMap(([factor, o]) => (o.knockout === undefined ? [] : [{ factor, code: o.knockout }]));
    const total = outcomes.reduce((sum, [f, o]) => sum + config.weights[f] * o.score, 0);
    const scores = Object.fromEntries(outcomes.map(([f, o]) => [f, o.score])) as Record<Factor, number>;
    return { eligible: knockouts.length === 0, score: knockouts.length === 0 ? total : 0, tier: tier(c, v), factors: scores, knockouts };
  }

  const byId = <T extends { id: string }>(list: readonly T[], id: string): T => list.find((x) => x.id === id)!;

  return {
    /** Each factor's verdict on a pair of parsed records. */
    factors,
    score(candidateId: string, vacancyId: string): ReferenceScore {
      return scoreOf(byId(candidates, candidateId), byId(vacancies, vacancyId));
    },
    /** Every eligible candidate of the allowed tiers at or above minScore, tier by tier, best first; `limit` not applied. */
    rank(vacancyId: string, options: { fallback: 'when-none' | 'fill' | 'off'; minScore: number }): ReferenceRanked[] {
      const v = byId(vacancies, vacancyId);
      const order: Tier[] = options.fallback === 'off' ? ['home'] : ['home', 'fallback', 'region'];
      const all = candidates
        .map((c) => ({ candidateId: c.id, ...scoreOf(c, v) }))
        .filter((m) => m.eligible && m.score >= options.minScore && order.includes(m.tier))
        .sort((a, b) => order.indexOf(a.tier) - order.indexOf(b.tier) || b.score - a.score || (a.candidateId < b.candidateId ? -1 : a.candidateId > b.candidateId ? 1 : 0))
        .map(({ candidateId, score, tier }) => ({ candidateId, score, tier }));
      if (options.fallback !== 'when-none') return all;
      // 'when-none': only the first tier that has anyone.
      const first = all[0]?.tier;
      return all.filter((m) => m.tier === first);
    },
  };
}
