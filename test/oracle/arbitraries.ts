// Arbitraries for the oracle tests: candidates spread over the whole country, many of them placed right at
// the edge of their travel reach from a vacancy, so blocking is exercised where it could go wrong. Every location lies
// within 55 km of its municipality's reference point, as createMatcher requires (LOCATION_RANGE_KM).
import fc from 'fast-check';
import { distanceKm, findMunicipality, TRAVEL_MODES } from '../../src/index.js';
import { LABELS } from '../arbitraries.js';

// Towns over the whole country, close enough together that most points of the Netherlands lie within 55 km of one.
export const NATIONAL_TOWNS = [
  'Groningen',
  'Maastricht',
  'Noordwijk',
  'Leiden',
  'Utrecht',
  'Enschede',
  'Vlissingen',
  'Den Helder',
  'Amsterdam',
  'Zwolle',
  'Leeuwarden',
  'Emmen',
  'Arnhem',
  'Eindhoven',
  'Breda',
  'Rotterdam',
  'Venlo',
  'Lelystad',
  "'s-Hertogenbosch",
  'Súdwest-Fryslân',
  'Terneuzen',
] as const;
type Town = (typeof NATIONAL_TOWNS)[number];
const TOWN_POINTS = NATIONAL_TOWNS.map((t) => findMunicipality(t)!);
const WITHIN_KM = 55;

/** The town whose reference point is nearest to `p`, when it lies within WITHIN_KM. */
function townAt(p: { lat: number; lon: number }): Town | undefined {
  let best: Town | undefined;
  let bestKm = WITHIN_KM;
  TOWN_POINTS.forEach((m, i) => {
    const km = distanceKm(p.lat, p.lon, m.lat, m.lon);
    if (km <= bestKm) {
      bestKm = km;
      best = NATIONAL_TOWNS[i];
    }
  });
  return best;
}

/** Every town falls back on every other: each candidate is in a tier of each vacancy, so nothing hides behind tiers. */
export const ALL_FALLBACKS: Record<string, string[]> = Object.fromEntries(NATIONAL_TOWNS.map((t) => [t, NATIONAL_TOWNS.filter((o) => o !== t)]));

// README travel model: the straight-line km at which the fastest allowed mode reaches maxMinutes.
const MODEL: Record<string, [detour: number, kmPerHour: number, overhead: number]> = { walk: [1.3, 5, 0], bike: [1.3, 15, 0], ebike: [1.3, 20, 0], transit: [1.4, 30, 12], car: [1.3, 50, 5] };
const reachKm = (maxMinutes: number, modes: readonly string[]) => Math.max(-1, ...modes.map((m) => ((maxMinutes - MODEL[m]![2]) / 60) * (MODEL[m]![1] / MODEL[m]![0])));

/** The point `km` from (lat, lon) along `bearing` (radians) on the sphere. */
function destination(lat: number, lon: number, km: number, bearing: number): { lat: number; lon: number } {
  const rad = Math.PI / 180;
  const d = km / 6371.0088;
  const p1 = lat * rad;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
  const l2 = lon * rad + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: p2 / rad, lon: l2 / rad };
}

/** A town and a point up to WITHIN_KM from its reference point. */
const townAndPoint = fc
  .record({ town: fc.constantFrom(...NATIONAL_TOWNS), km: fc.double({ min: 0, max: WITHIN_KM, noNaN: true }), bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }) })
  .map(({ town, km, bearing }) => {
    const m = findMunicipality(town)!;
    return { town, point: destination(m.lat, m.lon, km, bearing) };
  });
// Occupational labels, transversal ones, and Dutch at several levels (and NT2, which names no level), so that kinds,
// ordered language levels and stated levels 1–3 on either side all meet.
const COMPETENCE_LABELS = [...LABELS, 'samenwerken', 'VCA', 'Nederlands A2', 'Nederlandse taal B1', 'Nederlands B2', 'moedertaal Nederlands', 'NT2'] as const;
const label = fc.constantFrom(...COMPETENCE_LABELS);
const level = fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>;
const labels = fc.array(fc.oneof(label, fc.record({ label, level }, { requiredKeys: ['label'] })), { maxLength: 4 });
// Required competences send a ranking down a posting list (src/engine/postings.ts) unless the employer does job carving.
const asked = fc.array(fc.oneof(label, fc.record({ label, required: fc.boolean(), weight: fc.constantFrom(1, 2, 3), level }, { requiredKeys: ['label', 'required'] })), { maxLength: 4 });

const vacancy = (id: string) =>
  fc
    .record({
      id: fc.constant(id),
      employerId: fc.constant('w-1'),
      place: townAndPoint,
      sector: fc.constantFrom('zorg', 'horeca', 'logistiek', 'techniek'),
      competences: asked,
      hours: fc.constant({ min: 8, max: 36 }),
      minLadderStep: fc.constant(4),
      support: fc.record({ jobCarving: fc.boolean() }, { requiredKeys: [] }),
    })
    .map(({ place, ...v }) => ({ ...v, municipality: place.town, location: place.point }));

/**
 * 1–4 vacancies anywhere in the Netherlands, some requiring competences, and 1–25 mostly eligible candidates,
 * many of them at 97–103% of their reach, or within a hair of it, from a vacancy.
 */
export const nationalInputArb = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 25 })).chain(([nv, nc]) =>
  fc.tuple(...Array.from({ length: nv }, (_, j) => vacancy(`v${j}`))).chain((vacancies) =>
    fc
      .tuple(
        ...Array.from({ length: nc }, (_, i) =>
          fc
            .record({
              municipality: fc.constantFrom(...NATIONAL_TOWNS),
              point: fc.oneof(
                townAndPoint.map((p) => ({ kind: 'free' as const, ...p })),
                fc.record({
                  kind: fc.constant('edge' as const),
                  vacancy: fc.nat(nv - 1),
                  bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
                  factor: fc.oneof(fc.double({ min: 0.97, max: 1.03, noNaN: true }), fc.double({ min: 1 - 1e-9, max: 1 + 1e-9, noNaN: true }), fc.constant(1)),
                }),
                fc.constant({ kind: 'municipality' as const }),
              ),
              ladderStep: fc.constantFrom(4, 5, 6, 6, 6, 2),
              competences: labels,
              maxMinutes: fc.integer({ min: 5, max: 120 }),
              modes: fc.uniqueArray(fc.constantFrom(...TRAVEL_MODES), { minLength: 1, maxLength: 5 }),
            })
            .map((c) => {
              const reach = reachKm(c.maxMinutes, c.modes);
              const p = c.point;
              const anchor = p.kind === 'edge' ? vacancies[p.vacancy]!.location : undefined;
              const edge = anchor && reach > 0 && p.kind === 'edge' ? destination(anchor.lat, anchor.lon, reach * p.factor, p.bearing) : undefined;
              // A point at the edge of reach lives in the town nearest to it; one that is near none (in the sea, abroad)
              // becomes a candidate without a location.
              const edgeTown = edge ? townAt(edge) : undefined;
              const location = p.kind === 'free' ? p.point : edgeTown ? edge : undefined;
              return {
                id: `c${i}`,
                municipality: p.kind === 'free' ? p.town : (edgeTown ?? c.municipality),
                ...(location ? { location } : {}),
                ladderStep: c.ladderStep,
                competences: c.competences,
                hours: { min: 8, max: 32 },
                travel: { maxMinutes: c.maxMinutes, modes: c.modes },
              };
            }),
        ),
      )
      .map((candidates) => ({ candidates, vacancies })),
  ),
);
