// The readable reference scorer: the scoring model of the README written out plainly over parsed records
// (strings, objects, arrays), sharing nothing with the compiled index. The fast engine is tested against it.
import type { Factor, ResolvedConfig } from '../../src/schema/config.js';
import { buildVocabulary, languageLevel } from '../../src/competence/resolve.js';
import { findMunicipality, MUNICIPALITIES, type Municipality } from '../../src/region/municipalities.js';
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

  // README, "Competences": what a label is (its meaning, its kind, its Dutch CEFR level if it is one).
  const DUTCH = 'dutch';
  const about = (label: string): { key: string; transversal: boolean; cefr?: number } => {
    const r = vocabulary.resolve(label);
    if (r.kind === 'unresolved') return { key: meaning(label), transversal: false };
    const cefr = languageLevel(vocabulary.ids[r.index]!);
    const transversal = vocabulary.kinds[r.index] === 'transversal';
    return cefr === undefined ? { key: meaning(label), transversal } : { key: DUTCH, transversal, cefr };
  };

  function competence(c: Candidate, v: Vacancy): FactorOutcome {
    // What the candidate has: per meaning the highest level given (Dutch: the highest CEFR level), 0 for none given.
    const has = new Map<string, number>();
    for (const comp of c.competences) {
      const label = typeof comp === 'string' ? comp : comp.label;
      const a = about(label);
      const level = a.cefr ?? (typeof comp === 'string' ? 0 : (comp.level ?? 0));
      has.set(a.key, Math.max(has.get(a.key) ?? 0, level));
    }
    // What the vacancy asks, duplicates merged: the highest weight and level, required if any copy is.
    const asks = new Map<string, { weight: number; required: boolean; level: number }>();
    for (const comp of v.competences) {
      const label = typeof comp === 'string' ? comp : comp.label;
      const a = about(label);
      const given: { weight?: number | undefined; required?: boolean | undefined; level?: number | undefined } = typeof comp === 'string' ? {} : comp;
      const weight = given.weight ?? (a.transversal ? 0.5 : 1);
      const level = a.cefr ?? given.level ?? 0;
      const prev = asks.get(a.key) ?? { weight: 0, required: false, level: 0 };
      asks.set(a.key, { weight: Math.max(prev.weight, weight), required: prev.required || (given.required ?? false), level: Math.max(prev.level, level) });
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
      // Below a required Dutch level is as good as not having it; a level below another asked one earns its share.
      const lacking = level === undefined || (key === DUTCH && ask.required && level < ask.level);
      if (lacking) {
        if (ask.required) missingRequired += ask.weight;
        continue;
      }
      const meets = ask.level === 0 || level === 0 || level >= ask.level;
      covered += ask.weight * (meets ? 1 : level / ask.level);
    }
    const carving = v.support?.jobCarving ?? false;
    if (missingRequired > 0 && !carving) return knockout('missing_required');
    const coverage = covered / asked;
    return score(missingRequired > 0 ? coverage * (1 - config.jobCarvingPenalty * (missingRequired / required)) : coverage);
  }

  function ladder(c: Candidate, v: Vacancy): FactorOutcome {
    if (c.exempt) return knockout('exempt');
    const minStep = v.minLadderStep ?? 5;
    if (c.ladderStep <= 3) return knockout('step_too_low'); // not ready for paid work
    if (c.ladderStep < minStep) return knockout('below_minimum'); // below what the vacancy asks
    if (c.ladderStep === 5) {
      // Paid work with support: eligible either way, lower where the job coach or wage subsidy is still to arrange.
      const offered = v.support?.jobCoach === true || v.support?.wageSubsidy === true;
      return score(offered ? LADDER_SCORE[5]! : 0.7);
    }
    return score(LADDER_SCORE[c.ladderStep]!);
  }

  function hours(c: Candidate, v: Vacancy): FactorOutcome {
    // Fit, not volume: some hour both can do is a full fit.
    const from = Math.max(c.hours.min, v.hours.min);
    const to = Math.min(c.hours.max, v.hours.max);
    return from <= to ? score(1) : knockout('no_overlap');
  }

  // README "Travel model": a record without a location stands on its municipality's reference point (the configured
  // one where given); two such records in one municipality are half the distance from that point to the nearest
  // other municipality's apart.
  const pointOf = (m: Municipality): { lat: number; lon: number } => {
    const configured = Object.entries(config.referencePoints).find(([key]) => muni(key).code === m.code);
    return configured ? configured[1] : { lat: m.lat, lon: m.lon };
  };
  const radius = new Map<string, number>();
  const withinKm = (m: Municipality): number => {
    let r = radius.get(m.code);
    if (r === undefined) {
      const here = pointOf(m);
      const others = MUNICIPALITIES.filter((o) => o.code !== m.code).map((o) => haversineKm(here, pointOf(o)));
      r = Math.min(...others.filter((km) => km > 0)) / 2;
      radius.set(m.code, r);
    }
    return r;
  };

  function travel(c: Candidate, v: Vacancy): FactorOutcome {
    const from = c.location ?? pointOf(muni(c.municipality));
    const to = v.location ?? pointOf(muni(v.municipality));
    // In one municipality, with a location missing: the internal distance (both missing), or at least it (one missing).
    const sameMunicipality = muni(c.municipality).code === muni(v.municipality).code;
    const oneReferencePoint = !c.location && !v.location && sameMunicipality;
    const oneMissing = !c.location !== !v.location && sameMunicipality;
    const km = oneReferencePoint ? withinKm(muni(c.municipality)) : oneMissing ? Math.max(haversineKm(from, to), withinKm(muni(c.municipality))) : haversineKm(from, to);
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
    /** The parsed records, in input order. */
    candidates,
    vacancies,
    /** Each factor's verdict on a pair of parsed records. */
    factors,
    /** The whole verdict on a pair of parsed records (what `score` gives by ids). */
    scoreOf,
    /** Which tier a candidate is in for a vacancy. */
    tier,
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
