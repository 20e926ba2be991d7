// Shared fast-check arbitraries: valid candidate and vacancy records over a small, known vocabulary.
import fc from 'fast-check';
import { SECTORS, TRAVEL_MODES } from '../src/index.js';

export const LABELS = ['Verzorgende IG', 'VIG', 'Afwassen', 'Bediening', 'HACCP', 'Rijbewijs B', 'Kassawerk', 'Orderpicken', 'Heftruckcertificaat', 'Hovenier', 'Bollenpellen', 'Barista'] as const;
export const TOWNS = ['Noordwijk', 'Hillegom', 'Lisse', 'Katwijk', 'Teylingen', 'Leiden', 'Haarlem'] as const;

export const hoursArb = fc.tuple(fc.integer({ min: 4, max: 40 }), fc.integer({ min: 0, max: 20 })).map(([min, extra]) => ({ min, max: Math.min(60, min + extra) }));

export const locationArb = fc.record({
  lat: fc.double({ min: 52.1, max: 52.4, noNaN: true }),
  lon: fc.double({ min: 4.35, max: 4.7, noNaN: true }),
});

const sectorArb = fc.constantFrom(...SECTORS);

export const candidateArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      municipality: fc.constantFrom(...TOWNS),
      location: locationArb,
      ladderStep: fc.constantFrom(1, 2, 3, 4, 5, 6, 5, 6) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6>,
      exempt: fc.boolean(),
      competences: fc.array(fc.oneof(fc.constantFrom(...LABELS), fc.record({ label: fc.constantFrom(...LABELS), level: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3> })), { maxLength: 5 }),
      hours: hoursArb,
      travel: fc.record({
        maxMinutes: fc.integer({ min: 5, max: 90 }),
        modes: fc.uniqueArray(fc.constantFrom(...TRAVEL_MODES), { minLength: 1, maxLength: 5 }),
      }),
      sectors: fc
        .record(
          { preferred: fc.uniqueArray(sectorArb, { maxLength: 2 }), experience: fc.uniqueArray(sectorArb, { maxLength: 2 }), excluded: fc.uniqueArray(sectorArb, { maxLength: 2 }) },
          { requiredKeys: [] },
        )
        .map((s) => ({ ...s, ...(s.excluded ? { excluded: s.excluded.filter((x) => !s.preferred?.includes(x) && !s.experience?.includes(x)) } : {}) })),
      wageValue: fc.double({ min: 0.3, max: 1, noNaN: true }),
      birthDate: fc.constantFrom('1960-02-29', '1999-12-31', '2008-06-15'),
    },
    { requiredKeys: ['id', 'municipality', 'ladderStep', 'competences', 'hours', 'travel'] },
  );

export const vacancyArb = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      employerId: fc.constantFrom('w-1', 'w-2', 'w-3'),
      municipality: fc.constantFrom(...TOWNS),
      location: locationArb,
      sector: sectorArb,
      competences: fc.array(
        fc.oneof(fc.constantFrom(...LABELS), fc.record({ label: fc.constantFrom(...LABELS), required: fc.boolean(), weight: fc.constantFrom(1, 2, 3) }, { requiredKeys: ['label'] })),
        { maxLength: 4 },
      ),
      hours: hoursArb,
      minLadderStep: fc.constantFrom(4, 5, 6) as fc.Arbitrary<4 | 5 | 6>,
      support: fc.record({ jobCoach: fc.boolean(), wageSubsidy: fc.boolean(), jobCarving: fc.boolean() }, { requiredKeys: [] }),
      positions: fc.integer({ min: 1, max: 3 }),
    },
    { requiredKeys: ['id', 'employerId', 'municipality', 'sector', 'competences', 'hours'] },
  );

/** A small valid input: 1–12 candidates and 1–5 vacancies with distinct ids. */
export const inputArb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 5 })).chain(([nc, nv]) =>
  fc.record({
    candidates: fc.tuple(...Array.from({ length: nc }, (_, i) => candidateArb(`c${i}`))),
    vacancies: fc.tuple(...Array.from({ length: nv }, (_, j) => vacancyArb(`v${j}`))),
  }),
);

/** A valid pair: one candidate and one vacancy. */
export const pairArb = fc.record({ candidate: candidateArb('c'), vacancy: vacancyArb('v') });
