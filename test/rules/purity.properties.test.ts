import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benefitEffect, durability, evaluationSchedule, notionalSavings, suggestInstruments, wageCostSubsidy, type Employment, type IndicatorsInput } from '../../src/rules/index.js';
// The root's indicators: its home may be a CBS code while placements give names.
import { indicators } from '../../src/index.js';
import { anyDate, dateBetween, employmentChain, hours, tableDate, wageValue } from './arbitraries.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// Each rule is called twice: on a deep-frozen input (a mutation would throw in strict mode) and on a fresh copy.
function samePureOutput<T>(rule: (input: T) => unknown): (input: T) => void {
  return (input) => {
    const frozen = deepFreeze(structuredClone(input));
    expect(rule(frozen)).toEqual(rule(structuredClone(input)));
  };
}

const placements = fc.array(fc.record({ start: anyDate, fullTime: fc.boolean() }), { maxLength: 6 });
const pilot = fc.record({
  asOf: dateBetween('2025-01-01', '2026-12-31'),
  chains: fc.array(employmentChain, { maxLength: 5 }),
  home: fc.constantFrom('Noordwijk', 'GM0575', 'Lisse'),
});

describe('every rule is pure: same input, same output, input untouched', () => {
  it('durability', () => {
    fc.assert(
      fc.property(
        fc.record({ chain: employmentChain, asOf: anyDate }),
        samePureOutput(({ chain, asOf }) => durability(chain, { asOf })),
      ),
    );
  });

  it('evaluationSchedule', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        expect(evaluationSchedule(start, end)).toEqual(evaluationSchedule(start, end));
      }),
    );
  });

  it('wageCostSubsidy', () => {
    fc.assert(fc.property(fc.record({ wageValue, hoursPerWeek: hours, date: tableDate }), samePureOutput(wageCostSubsidy)));
  });

  it('benefitEffect', () => {
    const input = fc.record({
      netMonthlyEarnings: fc.integer({ min: 0, max: 300_000 }).map((c) => c / 100),
      household: fc.constantFrom('single' as const, 'couple' as const),
      date: dateBetween('2025-01-01', '2026-06-30'),
      age: fc.integer({ min: 21, max: 66 }),
    });
    fc.assert(fc.property(input, samePureOutput(benefitEffect)));
  });

  it('notionalSavings', () => {
    fc.assert(fc.property(placements, samePureOutput(notionalSavings)));
  });

  it('indicators', () => {
    const toInput = ({ asOf, chains, home }: { asOf: string; chains: Employment[][]; home: string }): IndicatorsInput => ({
      asOf,
      homeMunicipality: home,
      employers: [{ id: 'e1', whiteSpot: true }, { id: 'e2' }],
      contacts: [{ employerId: 'e1', date: '2025-02-01', kind: 'visit' as const }],
      placements: chains.map((chain, i) => ({
        candidateId: `c${i}`,
        employerId: i % 2 === 0 ? 'e1' : 'e2',
        municipality: i % 3 === 0 ? 'Noordwijk' : 'Katwijk',
        start: chain[0]!.start,
        end: chain[0]!.end,
        targetGroups: i % 2 === 0 ? (['regulier'] as const) : [],
      })),
    });
    fc.assert(fc.property(pilot.map(toInput), samePureOutput(indicators)));
  });

  it('suggestInstruments', () => {
    const input = fc.record({
      ladderStep: fc.integer({ min: 1, max: 6 }),
      wageValue,
      hoursPerWeek: hours,
      support: fc.record({ jobCoach: fc.boolean(), wageSubsidy: fc.boolean(), jobCarving: fc.boolean() }),
      date: tableDate,
    });
    fc.assert(
      fc.property(
        input,
        samePureOutput((i) => suggestInstruments(i, { locale: 'en' })),
      ),
    );
  });
});
