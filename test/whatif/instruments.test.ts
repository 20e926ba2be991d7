import { describe, expect, it } from 'vitest';
import { assignPlacements, compareScenarios, createMatcher, generateSyntheticRegion, MatchError, type MunicipalInstrument } from '../../src/index.js';

const region = generateSyntheticRegion({ seed: 7, candidates: 200, vacancies: 25 });
const date = '2026-01-01';
// The instruments the seeds name; the amounts are illustrative (the seeds give none per instrument).
const catalogue: MunicipalInstrument[] = [
  { id: 'opstap', label: 'Opstapsubsidie', amount: 1500, conditions: { ladderSteps: [4, 5] } },
  { id: 'scholing', label: 'Vakgerichte scholing', amount: 2500, conditions: { targetGroups: ['statushouder'] } },
  { id: 'netwerk', label: 'Netwerkcafé' },
];

describe('config.instruments in what-if', () => {
  it('costs each placement whose person meets an instrument’s conditions, and takes the costs off the net result', () => {
    const [without, withCatalogue] = compareScenarios(region, { zonder: {}, met: { config: { instruments: catalogue } } }, { date });
    // Counted by hand over the same assignment: instruments are never scored, so the placements are the same.
    const byId = new Map(region.candidates.map((c) => [c.id, c]));
    const placed = assignPlacements(createMatcher(region)).placements.map((p) => byId.get(p.candidateId)!);
    const opstap = placed.filter((c) => c.ladderStep === 4 || c.ladderStep === 5).length;
    const scholing = placed.filter((c) => c.targetGroups?.includes('statushouder')).length;
    expect(opstap).toBeGreaterThan(0);
    expect(withCatalogue!.placements).toBe(without!.placements);
    expect(withCatalogue!.instruments).toEqual([
      { id: 'opstap', label: 'Opstapsubsidie', placements: opstap, costs: opstap * 1500 },
      { id: 'scholing', label: 'Vakgerichte scholing', placements: scholing, costs: scholing * 2500 },
      { id: 'netwerk', label: 'Netwerkcafé', placements: placed.length, costs: 0 },
    ]);
    expect(withCatalogue!.instrumentCosts).toBe(opstap * 1500 + scholing * 2500);
    expect(without!.instrumentCosts).toBe(0);
    expect(withCatalogue!.delta!.netResult).toBeCloseTo(-withCatalogue!.instrumentCosts, 2);
    expect(withCatalogue!.delta!.instrumentCosts).toBe(withCatalogue!.instrumentCosts);
  });
});

describe('config.instruments in the matcher', () => {
  it('matcher.instruments lists the catalogue after the national instruments, never changing a score', () => {
    const plain = createMatcher(region);
    const withCatalogue = createMatcher(region, { instruments: catalogue });
    const c = region.candidates.find((x) => x.ladderStep === 5)!;
    const v = region.vacancies[0]!;
    expect(withCatalogue.score(c.id, v.id)).toEqual(plain.score(c.id, v.id));
    const listed = withCatalogue.instruments(c.id, v.id, { date });
    expect(listed.filter((s) => s.instrument !== 'municipal')).toEqual(plain.instruments(c.id, v.id, { date }));
    const municipal = listed.filter((s) => s.instrument === 'municipal');
    expect(municipal.map((s) => [s.id, s.applies])).toEqual([
      ['opstap', true],
      ['scholing', c.targetGroups?.includes('statushouder') === true],
      ['netwerk', true],
    ]);
  });

  it('a bad catalogue is one MatchError naming every entry and field under config.instruments', () => {
    const bad = [
      { id: 'a', label: 'A', amount: -1 },
      { id: 'a', label: 'B', conditions: { ladderSteps: [9], minAge: 50, maxAge: 40, targetGroups: ['studenten'] } },
    ];
    try {
      createMatcher({ candidates: [], vacancies: [] }, { instruments: bad as never });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MatchError);
      expect((e as MatchError).issues.map((i) => i.path.join('.')).sort()).toEqual(
        [
          'config.instruments.0.amount',
          'config.instruments.1.id',
          'config.instruments.1.conditions.ladderSteps.0',
          'config.instruments.1.conditions.maxAge',
          'config.instruments.1.conditions.targetGroups.0',
        ].sort(),
      );
    }
  });
});
