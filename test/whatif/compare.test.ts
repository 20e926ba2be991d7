import { describe, expect, it } from 'vitest';
import { assignPlacements, compareScenarios, createMatcher, generateSyntheticRegion, MatchError, wageCostSubsidy, type CandidateInput, type VacancyInput } from '../../src/index.js';

const region = generateSyntheticRegion({ seed: 5, candidates: 300, vacancies: 30 });
const date = '2026-01-01';

describe('compareScenarios', () => {
  const scenarios = {
    'alleen eigen gemeente': { assign: { fallback: 'off' as const } },
    // No assign options: assignPlacements' defaults, home first and then the fallback pool.
    'met terugvalpool': {},
    'alle tiers op score': { assign: { fallback: 'fill' as const, strategy: 'greedy' as const } },
    'jobcarving horeca': { vacancies: (v: VacancyInput) => (v.sector === 'horeca' ? { ...v, support: { ...v.support, jobCarving: true } } : v) },
  };

  it('gives one row per scenario, in order, with the baseline first and no delta on it', () => {
    const rows = compareScenarios(region, scenarios, { date });
    expect(rows.map((r) => r.scenario)).toEqual(Object.keys(scenarios));
    expect(rows[0]!.delta).toBeNull();
    expect(rows[1]!.delta!.placements).toBe(rows[1]!.placements - rows[0]!.placements);
    expect(rows[2]!.delta!.netResult).toBeCloseTo(rows[2]!.netResult - rows[0]!.netResult, 2);
  });

  it('counts placements like assignPlacements with the same options, its defaults where a scenario gives none', () => {
    const rows = compareScenarios(region, scenarios, { date });
    const matcher = createMatcher(region);
    const direct = [assignPlacements(matcher, { fallback: 'off' }), assignPlacements(matcher), assignPlacements(matcher, { fallback: 'fill', strategy: 'greedy' })];
    direct.forEach((a, i) => {
      expect([rows[i]!.placements, rows[i]!.fromHome, rows[i]!.fromFallback, rows[i]!.fromRegion]).toEqual([a.placements.length, a.byTier.home, a.byTier.fallback, a.byTier.region]);
    });
    expect(rows[0]!.fromFallback + rows[0]!.fromRegion).toBe(0);
  });

  it('adds up by tier and per municipality, and prices every row', () => {
    const rows = compareScenarios(region, scenarios, { date });
    for (const r of rows) {
      expect(r.fromHome + r.fromFallback + r.fromRegion).toBe(r.placements);
      expect(r.byMunicipality.reduce((s, m) => s + m.placements, 0)).toBe(r.placements);
      expect(r.durableExpected).toBeGreaterThan(0);
      expect(r.durableExpected).toBeLessThanOrEqual(r.placements);
      // The date is in the first half-year: the norm and the subsidy set against it both cover 12 months.
      expect(r.netResult).toBeCloseTo(r.notionalSavings - r.subsidyPerYear, 2);
    }
  });

  it('prices the wage subsidy with the rules: wage value below 1 at an employer that accepts it', () => {
    const candidate: CandidateInput = {
      id: 'c',
      municipality: 'Lisse',
      ladderStep: 5,
      wageValue: 0.5,
      competences: ['VIG'],
      hours: { min: 36, max: 36 },
      travel: { maxMinutes: 30, modes: ['bike'] },
      birthDate: '1990-01-01',
    };
    const vacancy: VacancyInput = { id: 'v', employerId: 'w', municipality: 'Lisse', sector: 'zorg', competences: ['VIG'], hours: { min: 32, max: 40 }, support: { wageSubsidy: true } };
    const [row] = compareScenarios({ candidates: [candidate], vacancies: [vacancy] }, { basis: {} }, { date });
    expect(row!.placements).toBe(1);
    expect(row!.subsidyPerMonth).toBe(wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date }).monthly);
    expect(row!.subsidyPerMonth).toBe(1530.14);
    // Full-time placement starting in the first half of the year: €13,000 notional saving.
    expect(row!.notionalSavings).toBe(13000);
    expect(row!.netResult).toBeCloseTo(13000 - 12 * 1530.14, 2);
    // A start in the second half-year: the norm covers half a year (€6,500), and so does the subsidy set against it.
    const [later] = compareScenarios({ candidates: [candidate], vacancies: [vacancy] }, { basis: {} }, { date: '2025-09-01' });
    expect(later!.notionalSavings).toBe(6500);
    expect(later!.netResult).toBeCloseTo(6500 - 6 * later!.subsidyPerMonth, 2);
  });

  it('applies record transforms without mutating the input', () => {
    const before = JSON.stringify(region);
    const rows = compareScenarios(region, { basis: {}, 'iedereen 45 min': { candidates: (c) => ({ ...c, travel: { ...c.travel, maxMinutes: Math.max(45, c.travel.maxMinutes) } }) } }, { date });
    expect(JSON.stringify(region)).toBe(before);
    expect(rows[1]!.placements).toBeGreaterThanOrEqual(rows[0]!.placements);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(compareScenarios(region, scenarios, { date }))).toBe(JSON.stringify(compareScenarios(region, scenarios, { date })));
  });

  it('requires a date and at least one scenario', () => {
    expect(() => compareScenarios(region, scenarios, { date: '2026-02-30' })).toThrow(/^compareScenarios: options.date/);
    expect(() => compareScenarios(region, {}, { date })).toThrow(RangeError);
  });
});

describe('compareScenarios input handling', () => {
  it('keeps the order of [name, options] pairs and refuses integer-like names in a record', () => {
    const rows = compareScenarios(
      region,
      [
        ['45', { assign: { fallback: 'off' } }],
        ['basis', {}],
      ],
      { date },
    );
    expect(rows.map((r) => r.scenario)).toEqual(['45', 'basis']);
    expect(() => compareScenarios(region, { basis: {}, '45': {} }, { date })).toThrow(/would be reordered/);
  });

  it('defaults the date to the newest minimum-wage table date, never the clock', () => {
    expect(JSON.stringify(compareScenarios(region, { basis: {} }))).toBe(JSON.stringify(compareScenarios(region, { basis: {} }, { date: '2026-01-01' })));
  });

  it('reports bad records as one MatchError and rejects a bad durability model', () => {
    expect(() => compareScenarios({ candidates: 'x' as unknown as [], vacancies: [] }, { basis: {} })).toThrow(MatchError);
    expect(() => compareScenarios(region, { basis: {} }, { durability: { byStep: { 4: 2, 5: 0.8, 6: 0.9 }, scoreSlope: 0, pivotScore: 0 } })).toThrow(RangeError);
  });
});
