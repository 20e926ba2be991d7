// Assignment instances small enough for the brute-force oracles, each with the minScore its properties use.
import fc from 'fast-check';
import type { CandidateInput, VacancyInput } from '../../src/index.js';
import { candidateArb, locationArb, vacancyArb } from '../arbitraries.js';

export interface Instance {
  readonly candidates: readonly CandidateInput[];
  readonly vacancies: readonly (VacancyInput & { readonly positions: number })[];
  readonly minScore: number;
}

/** Up to 7 candidates × 5 vacancies with 1–3 positions over the shared arbitraries: few pairs are acceptable. */
export const sparseInstanceArb: fc.Arbitrary<Instance> = fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 5 })).chain(([nc, nv]) =>
  fc.record({
    candidates: fc.tuple(...Array.from({ length: nc }, (_, i) => candidateArb(`c${i}`).map((c) => ({ ...c, exempt: false })))),
    vacancies: fc.tuple(...Array.from({ length: nv }, (_, j) => fc.tuple(vacancyArb(`v${j}`), fc.integer({ min: 1, max: 3 })).map(([v, positions]) => ({ ...v, positions })))),
    minScore: fc.constant(0.3),
  }),
);

const LABELS = ['Verzorgende IG', 'HACCP', 'Bediening', 'Kassawerk', 'Orderpicken'] as const;
const SECTORS = ['zorg', 'horeca', 'detailhandel', 'logistiek'] as const;
// For a Noordwijk or Katwijk vacancy these are home, fallback (the Bollenstreek) and region (Holland Rijnland); for a
// Leiden vacancy, home and region.
const TOWNS = ['Noordwijk', 'Katwijk', 'Leiden'] as const;

/**
 * Every pair eligible (step 6, overlapping hours, a car and an hour's travel) with scores spread around the suitable
 * score 0.65, and candidates of every tier contending for the same few vacancies: the cases the fallback rule is about.
 * Locations are sometimes absent (reference points, so tied scores), sometimes scattered (distinct scores).
 */
export const tieredInstanceArb: fc.Arbitrary<Instance> = fc.tuple(fc.integer({ min: 2, max: 7 }), fc.integer({ min: 1, max: 4 })).chain(([nc, nv]) =>
  fc.record({
    candidates: fc.tuple(
      ...Array.from({ length: nc }, (_, i) =>
        fc.record(
          {
            id: fc.constant(`c${i}`),
            municipality: fc.constantFrom(...TOWNS),
            location: locationArb,
            ladderStep: fc.constant(6 as const),
            competences: fc.uniqueArray(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 3 }),
            hours: fc.record({ min: fc.integer({ min: 16, max: 24 }), max: fc.integer({ min: 32, max: 40 }) }),
            travel: fc.constant<CandidateInput['travel']>({ maxMinutes: 60, modes: ['car'] }),
            sectors: fc.record({ preferred: fc.uniqueArray(fc.constantFrom(...SECTORS), { maxLength: 2 }) }),
          },
          { requiredKeys: ['id', 'municipality', 'ladderStep', 'competences', 'hours', 'travel', 'sectors'] },
        ),
      ),
    ),
    vacancies: fc.tuple(
      ...Array.from({ length: nv }, (_, j) =>
        fc.record(
          {
            id: fc.constant(`v${j}`),
            employerId: fc.constant('w-1'),
            municipality: fc.constantFrom(...TOWNS),
            location: locationArb,
            sector: fc.constantFrom(...SECTORS),
            competences: fc.uniqueArray(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 3 }),
            hours: fc.record({ min: fc.integer({ min: 16, max: 24 }), max: fc.integer({ min: 24, max: 36 }) }),
            positions: fc.integer({ min: 1, max: 2 }),
          },
          { requiredKeys: ['id', 'employerId', 'municipality', 'sector', 'competences', 'hours', 'positions'] },
        ),
      ),
    ),
    minScore: fc.constant(0.65),
  }),
);

/** Either kind, half and half. */
export const instanceArb: fc.Arbitrary<Instance> = fc.oneof(sparseInstanceArb, tieredInstanceArb);
