// The synthetic region (issue 13 §5): coherent occupations for vacancies and candidates, the realistic mix kept, one seed one region.
import { describe, expect, it } from 'vitest';
import { SECTORS } from '../../src/basics/sectors.js';
import { buildVocabulary } from '../../src/competence/resolve.js';
import { BUILTIN_VOCABULARY } from '../../src/competence/vocabulary.data.js';
import { generateSyntheticRegion, MUNICIPALITIES, safeCreateMatcher, type CandidateInput, type VacancyInput } from '../../src/index.js';
import { DUTCH_A2, DUTCH_B1, RIJBEWIJS_B, SOFT_SKILLS, SYNTHETIC_OCCUPATIONS, syntheticCoreCompetence, type SyntheticOccupation } from '../../src/synthetic/occupations.js';

const vocabulary = buildVocabulary([], []);
const resolved = new Map<string, string | undefined>();
/** The built-in id a written label resolves to (synonyms and typos included), as the matcher reads it. */
function idOf(label: string): string | undefined {
  if (!resolved.has(label)) {
    const r = vocabulary.resolve(label);
    resolved.set(label, r.kind === 'unresolved' ? undefined : vocabulary.ids[r.index]);
  }
  return resolved.get(label);
}
const labelOf = (c: string | { readonly label: string }) => (typeof c === 'string' ? c : c.label);
const idsOf = (record: CandidateInput | VacancyInput) => record.competences.map((c) => idOf(labelOf(c)));
const occupationOf = (v: VacancyInput) => SYNTHETIC_OCCUPATIONS.find((o) => o.title === v.title);
const trade = (o: SyntheticOccupation) => new Set([o.core, ...o.related]);
const TRANSVERSAL = new Set([...SOFT_SKILLS, DUTCH_A2, DUTCH_B1, RIJBEWIJS_B]);

const SEEDS = [7, 2026];
const regions = SEEDS.map((seed) => ({ seed, region: generateSyntheticRegion({ seed, candidates: 1500, vacancies: 200 }) }));

describe('SYNTHETIC_OCCUPATIONS', () => {
  it('names built-in competences only, each title once, and covers every WSP sector', () => {
    const builtin = new Set(BUILTIN_VOCABULARY.map((e) => e.id));
    for (const o of SYNTHETIC_OCCUPATIONS) {
      for (const id of [o.core, ...o.related, ...Object.keys(o.transversal)]) expect(builtin, `${o.title}: ${id}`).toContain(id);
      expect(o.related, o.title).not.toContain(o.core);
      expect(o.demand > 0 && o.supply > 0, o.title).toBe(true);
    }
    expect(new Set(SYNTHETIC_OCCUPATIONS.map((o) => o.title)).size).toBe(SYNTHETIC_OCCUPATIONS.length);
    expect(new Set(SYNTHETIC_OCCUPATIONS.map((o) => o.sector))).toEqual(new Set(SECTORS));
  });

  it('asks only transversal competences as transversal ones', () => {
    for (const o of SYNTHETIC_OCCUPATIONS) for (const id of Object.keys(o.transversal)) expect(TRANSVERSAL, `${o.title}: ${id}`).toContain(id);
  });
});

describe('generateSyntheticRegion', () => {
  it('is deterministic for a seed, byte for byte, and differs for another seed', () => {
    const again = generateSyntheticRegion({ seed: 2026, candidates: 1500, vacancies: 200 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(regions[1]!.region));
    expect(JSON.stringify(regions[0]!.region)).not.toBe(JSON.stringify(regions[1]!.region));
  });

  it.each(SEEDS)('seed %i: every vacancy asks its trade first, then only what fits that trade or is transversal', (seed) => {
    const { region } = regions.find((r) => r.seed === seed)!;
    for (const v of region.vacancies) {
      const o = occupationOf(v);
      expect(o, `${v.id} ${v.title}`).toBeDefined();
      const ids = idsOf(v);
      expect(v.sector).toBe(o!.sector);
      expect(ids[0], v.id).toBe(o!.core);
      expect(syntheticCoreCompetence(v)?.id).toBe(o!.core);
      const fits = new Set([...trade(o!), ...Object.keys(o!.transversal)]);
      for (const id of ids) expect(fits, `${v.id} ${v.title}: ${String(id)}`).toContain(id);
      expect(new Set(ids).size, v.id).toBe(ids.length);
    }
  });

  it.each(SEEDS)('seed %i: every candidate holds a trade or two with what fits them, plus transversal skills', (seed) => {
    const { region } = regions.find((r) => r.seed === seed)!;
    for (const c of region.candidates) {
      const ids = idsOf(c);
      expect(
        ids.every((id) => id !== undefined),
        c.id,
      ).toBe(true);
      const own = ids.filter((id): id is string => !TRANSVERSAL.has(id!));
      const candidates = SYNTHETIC_OCCUPATIONS.filter((o) => own.some((id) => trade(o).has(id)));
      const covered = candidates.some((a) => candidates.some((b) => own.every((id) => trade(a).has(id) || trade(b).has(id))));
      expect(own.length === 0 || covered, `${c.id}: ${own.join(', ')}`).toBe(true);
    }
  });

  it('writes labels the way case files do (synonyms, typos, casing), each still read as the competence meant', () => {
    const { region } = regions[1]!;
    const labels = [...region.candidates, ...region.vacancies].flatMap((r) => r.competences.map(labelOf));
    const builtinLabels = new Set(BUILTIN_VOCABULARY.map((e) => e.label));
    expect(labels.filter((l) => !builtinLabels.has(l)).length / labels.length).toBeGreaterThan(0.2);
    expect(labels.every((l) => idOf(l) !== undefined)).toBe(true);
  });

  it.each(SEEDS)("seed %i: a vacancy's trade is held by someone in the region, and by three or more for most", (seed) => {
    const { region } = regions.find((r) => r.seed === seed)!;
    const holders = new Map<string, number>();
    for (const c of region.candidates) for (const id of new Set(idsOf(c))) if (id) holders.set(id, (holders.get(id) ?? 0) + 1);
    const counts = region.vacancies.map((v) => holders.get(occupationOf(v)!.core) ?? 0);
    expect(counts.every((n) => n >= 1)).toBe(true);
    expect(counts.filter((n) => n >= 3).length / counts.length).toBeGreaterThan(0.9);
  });

  it('keeps the caseload mix: ladder, part-time share, statushouders learning Dutch, every municipality, shortage sectors', () => {
    const { candidates, vacancies } = generateSyntheticRegion({ seed: 3, candidates: 6000, vacancies: 1500 });
    const share = <T>(items: readonly T[], test: (t: T) => boolean) => items.filter(test).length / items.length;
    expect(share(candidates, (c) => c.ladderStep <= 3)).toBeCloseTo(0.52, 1);
    expect(share(candidates, (c) => c.hours.max < 32)).toBeGreaterThan(0.25);
    expect(share(candidates, (c) => c.hours.max < 32)).toBeLessThan(0.45);
    const statushouders = candidates.filter((c) => c.targetGroups?.includes('statushouder'));
    expect(share(statushouders, (c) => idsOf(c).includes(DUTCH_A2))).toBeGreaterThan(0.55);
    expect(statushouders.some((c) => idsOf(c).includes(DUTCH_B1))).toBe(false);
    expect(new Set(candidates.map((c) => c.municipality))).toEqual(new Set(['Noordwijk', 'Hillegom', 'Lisse', 'Katwijk', 'Teylingen']));
    expect(share(vacancies, (v) => v.sector === 'zorg')).toBeCloseTo(0.18, 1);
    expect(share(vacancies, (v) => v.sector === 'horeca')).toBeCloseTo(0.14, 1);
    expect(share(vacancies, (v) => typeof v.competences[0] === 'object' && v.competences[0].required === true)).toBeCloseTo(0.6, 1);
  });

  it('gives records createMatcher accepts, in the Bollenstreek and across the country', () => {
    for (const { region } of regions) expect(safeCreateMatcher(region).success).toBe(true);
    const national = generateSyntheticRegion({ seed: 5, candidates: 800, vacancies: 80, municipalities: MUNICIPALITIES.map((m) => m.name) });
    expect(safeCreateMatcher(national).success).toBe(true);
  });
});

describe('syntheticCoreCompetence', () => {
  it('gives the trade of a title the generator writes, and nothing for another title', () => {
    expect(syntheticCoreCompetence({ title: 'Barista' })).toEqual({ id: 'horeca.barista', label: 'Barista' });
    expect(syntheticCoreCompetence({ title: 'Astronaut' })).toBeUndefined();
    expect(syntheticCoreCompetence({})).toBeUndefined();
  });
});
