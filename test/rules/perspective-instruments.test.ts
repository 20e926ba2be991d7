import { describe, expect, it } from 'vitest';
import type { MatchError } from '../../src/basics/errors.js';
import { pilotReport, suggestInstruments, wageCostSubsidy, type MunicipalInstrument } from '../../src/rules/index.js';
import { indicators } from '../../src/rules/index.js';
import { issuesOf } from './helpers.js';

// seeds/001: werken (50–70 a year), werken aan (280–300), meedoen (~140, exempt).
const employers = [{ id: 'e1', whiteSpot: true }, { id: 'e2' }];
const placement = (candidateId: string, start: string, perspective?: string) => ({
  candidateId,
  employerId: 'e1',
  municipality: 'Noordwijk',
  start,
  ...(perspective === undefined ? {} : { perspective }),
});

describe('placements per perspective', () => {
  it('indicators count each placement under its perspective, the seeds\' spelling "werken aan" included', () => {
    const result = indicators({
      placements: [placement('a', '2026-01-05', 'werken'), placement('b', '2026-02-02', 'werken aan'), placement('c', '2026-03-02', 'werken-aan'), placement('d', '2026-03-09')] as never,
      employers,
      contacts: [],
      asOf: '2026-12-31',
      homeMunicipality: 'Noordwijk',
    });
    expect(result.placementsByPerspective).toEqual({ werken: 1, 'werken-aan': 2, meedoen: 0 });
    expect(result.placementsWithoutPerspective).toBe(1);
  });

  it('pilotReport counts them per checkpoint with what was known on its date', () => {
    const report = pilotReport({
      placements: [placement('a', '2026-01-20', 'werken'), placement('b', '2026-03-20', 'werken-aan'), placement('c', '2026-06-01', 'werken')] as never,
      employers,
      contacts: [],
      pilotStart: '2026-01-01',
      pilotEnd: '2026-12-31',
      homeMunicipality: 'Noordwijk',
    });
    expect(report.checkpoints.map((c) => [c.placementsByPerspective.werken, c.placementsByPerspective['werken-aan']])).toEqual([
      [1, 0],
      [1, 1],
      [2, 1],
      [2, 1],
    ]);
  });

  it('an unknown perspective is a MatchError at the record and field, naming the one meant', () => {
    const input = { placements: [placement('a', '2026-01-05', 'werk'), placement('b', '2026-01-05', 'sport')], employers, contacts: [], asOf: '2026-12-31', homeMunicipality: 'Noordwijk' };
    expect(issuesOf(() => indicators(input as never))).toEqual([
      ['invalid_value', 'placements', 0, 'perspective'],
      ['invalid_value', 'placements', 1, 'perspective'],
    ]);
    try {
      indicators(input as never);
    } catch (e) {
      expect((e as MatchError).issues[0]!.message).toContain('did you mean "werken"?');
    }
  });
});

// The instruments the seeds name (seeds/000, 001, 003); the amounts are a municipality's own choice, illustrative here.
const catalogue: MunicipalInstrument[] = [
  { id: 'opstap', label: 'Opstapsubsidie', amount: 1500, conditions: { ladderSteps: [4, 5] } },
  { id: 'scholing', label: 'Vakgerichte scholing', amount: 2500, conditions: { targetGroups: ['statushouder', 'regulier'] } },
  { id: 'cheque', label: 'Werkgeverscheque', amount: 2000, conditions: { minAge: 27, maxAge: 66 } },
  { id: 'jongeren', label: 'Jongerenbonus', conditions: { maxAge: 26 } },
];
const pair = { ladderStep: 5, hoursPerWeek: 24, date: '2026-01-01' } as const;

describe('suggestInstruments with the municipality catalogue', () => {
  it('suggests each catalogue instrument after the national ones, with its amount and the first condition that fails', () => {
    const all = suggestInstruments({ ...pair, targetGroups: ['statushouder'], age: 30 }, { instruments: catalogue, locale: 'en' });
    expect(all.slice(0, 5).map((s) => s.instrument)).toEqual(['jobcoach', 'loonkostensubsidie', 'proefplaatsing', 'no-riskpolis', 'jobcarving']);
    const municipal = all.slice(5);
    expect(municipal.map((s) => [s.instrument, s.applies, s.reason, s.amount])).toEqual([
      ['municipal', true, 'conditions_met', 1500],
      ['municipal', true, 'conditions_met', 2500],
      ['municipal', true, 'conditions_met', 2000],
      ['municipal', false, 'age', undefined],
    ]);
    expect(municipal[0]!.sentence).toBe('Opstapsubsidie: suitable, €1,500.00 per placement (municipal instrument).');
  });

  it('each condition excludes on its own: ladder step, target group, age, unknown age', () => {
    const reasons = (input: object) =>
      suggestInstruments({ ...pair, ...input }, { instruments: catalogue })
        .slice(5)
        .map((s) => s.reason);
    expect(reasons({ ladderStep: 6, targetGroups: ['nug'] })).toEqual(['ladder_step', 'target_group', 'age_unknown', 'age_unknown']);
    expect(reasons({ age: 22, targetGroups: ['regulier'] })).toEqual(['conditions_met', 'conditions_met', 'age', 'conditions_met']);
    expect(reasons({ age: 67 })).toEqual(['conditions_met', 'target_group', 'age', 'age']);
  });

  it('without a catalogue the national five come alone, as before', () => {
    expect(suggestInstruments(pair)).toHaveLength(5);
    expect(suggestInstruments(pair, { instruments: [] })).toHaveLength(5);
  });

  it('a bad catalogue is a MatchError naming every entry and field', () => {
    const bad = [
      { id: 'a', label: 'A', amount: -5 },
      { id: 'a', label: 'B', conditions: { ladderSteps: [7], targetGroups: ['students'], minAge: 40, maxAge: 30 } },
      { id: 'c', label: 'C', cost: 3 },
    ];
    expect(issuesOf(() => suggestInstruments(pair, { instruments: bad as never }))).toEqual([
      ['out_of_range', 'instruments', 0, 'amount'],
      ['duplicate_id', 'instruments', 1, 'id'],
      ['out_of_range', 'instruments', 1, 'conditions', 'ladderSteps', 0],
      ['invalid_value', 'instruments', 1, 'conditions', 'targetGroups', 0],
      ['out_of_range', 'instruments', 1, 'conditions', 'maxAge'],
      ['unrecognized_keys', 'instruments', 2, 'cost'],
    ]);
  });
});

describe('wageCostSubsidy with flatRate and a measured wage value', () => {
  it('says the measurement is ignored, and computes the flat rate', () => {
    const flat = wageCostSubsidy({ flatRate: true, wageValue: 0.8, hoursPerWeek: 36, date: '2026-01-01' });
    const unmeasured = wageCostSubsidy({ flatRate: true, hoursPerWeek: 36, date: '2026-01-01' });
    expect(flat.monthly).toBe(unmeasured.monthly);
    expect(flat.notices?.map((n) => n.code)).toEqual(['wage_value_ignored']);
    expect(flat.notices?.[0]?.message).toContain('0.8');
  });

  it('says nothing where nothing is ignored', () => {
    expect(wageCostSubsidy({ flatRate: true, hoursPerWeek: 36, date: '2026-01-01' }).notices).toBeUndefined();
    expect(wageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 36, date: '2026-01-01' }).notices).toBeUndefined();
  });
});
