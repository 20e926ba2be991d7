// Arbitraries for pilots followed over time (the seed is pinned in test/setup.ts). Dates are generated relative to the pilot's
// start so that placements before the start, after the end, ending early, durable, on checkpoints and with gaps all occur.
import fc from 'fast-check';
import { fromDays, toDays } from '../../src/basics/dates.js';
import type { PilotPlacement } from '../../src/rules/pilot.js';
import type { PilotReportInput } from '../../src/rules/report.js';
import { dayBetween } from './arbitraries.js';

export const EMPLOYERS = [{ id: 'e1', whiteSpot: true }, { id: 'e2', whiteSpot: true }, { id: 'e3' }, { id: 'e4' }] as const;
export const HOME = 'Noordwijk';

const employerId = fc.constantFrom(...EMPLOYERS.map((e) => e.id));
/** Half hours from 0 to 40, or none. */
const hours = fc.option(
  fc.integer({ min: 0, max: 80 }).map((h) => h / 2),
  { nil: undefined, freq: 4 },
);

/** One contract as days after the previous one (or after the placement's start offset). */
const part = fc.record({ length: fc.integer({ min: 0, max: 300 }), gap: fc.integer({ min: 0, max: 2 }), hours });

/** A placement relative to the pilot's start: one span, or a chain of contracts whose gaps are 0 to 2 days. */
const relativePlacement = (chains: boolean) =>
  fc.record({
    employerId,
    municipality: fc.constantFrom(HOME, 'Katwijk', 'Lisse'),
    offset: fc.integer({ min: -60, max: 480 }),
    parts: fc.array(part, { minLength: 1, maxLength: chains ? 3 : 1 }),
    openEnded: fc.boolean(),
    asChain: chains ? fc.boolean() : fc.constant(false),
    targetGroups: fc.subarray(['doelgroepregister', 'regulier', 'statushouder', 'NUG'] as const),
    fullTime: fc.option(fc.boolean(), { nil: undefined, freq: 4 }),
  });

type Relative = ReturnType<typeof relativePlacement> extends fc.Arbitrary<infer T> ? T : never;

function placementAt(start: number, index: number, r: Relative): PilotPlacement {
  let day = start + r.offset;
  const contracts = r.parts.map(({ length, gap, hours }, i) => {
    const open = r.openEnded && i === r.parts.length - 1;
    const contract = { start: fromDays(day), ...(open ? {} : { end: fromDays(day + length) }), ...(hours === undefined ? {} : { hoursPerWeek: hours }) };
    day += length + 1 + gap;
    return contract;
  });
  const base = {
    candidateId: `c${index}`,
    employerId: r.employerId,
    municipality: r.municipality,
    targetGroups: r.targetGroups,
    ...(r.fullTime === undefined ? {} : { fullTime: r.fullTime }),
  };
  return r.asChain ? { ...base, contracts } : { ...base, ...contracts[0]! };
}

const pilotOf = (chains: boolean): fc.Arbitrary<PilotReportInput> =>
  fc
    .record({
      start: dayBetween('2024-01-01', '2026-12-31'),
      length: fc.integer({ min: 0, max: 420 }),
      placements: fc.array(relativePlacement(chains), { maxLength: 10 }),
      contacts: fc.array(fc.record({ employerId, offset: fc.integer({ min: -30, max: 450 }), kind: fc.constantFrom('approach' as const, 'appointment' as const, 'visit' as const) }), {
        maxLength: 8,
      }),
    })
    .map(({ start, length, placements, contacts }) => ({
      pilotStart: fromDays(start),
      pilotEnd: fromDays(start + length),
      homeMunicipality: HOME,
      employers: EMPLOYERS,
      placements: placements.map((r, i) => placementAt(start, i, r)),
      contacts: contacts.map(({ employerId, offset, kind }) => ({ employerId, date: fromDays(start + offset), kind })),
    }));

/** A pilot whose placements are one span each (start, end, hours): simple enough for an oracle in the test. */
export const simplePilot = pilotOf(false);

/** A pilot whose placements are sometimes chains of contracts with gaps of 0 to 2 days. */
export const pilot = pilotOf(true);

/** One placement (a span or a chain) around 2025, and a day to judge it on. */
export const placementAndDay: fc.Arbitrary<[PilotPlacement, string]> = fc.tuple(
  relativePlacement(true).map((r) => placementAt(toDays('2025-01-01'), 0, r)),
  dayBetween('2024-10-01', '2027-06-30').map(fromDays),
);
