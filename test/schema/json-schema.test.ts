// The exported JSON Schemas against createMatcher: over a corpus of valid synthetic records and targeted invalid ones,
// ajv (draft 2020-12, as the schemas declare) and createMatcher agree, except for the differences named in DOCUMENTED,
// each of which must be written in the schema's description at its place and shown by at least one record here.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CandidateInput, candidateJsonSchema, distanceKm, findMunicipality, generateSyntheticRegion, safeCreateMatcher, type VacancyInput, vacancyJsonSchema } from '../../src/index.js';
import { locationArb, pairArb } from '../arbitraries.js';

type Kind = 'candidate' | 'vacancy';
type Verdict = { readonly ajv: boolean; readonly createMatcher: boolean };

/** Every way the two may disagree: where the schema says so, a phrase it must contain there, and which way they go. */
const DOCUMENTED = {
  hours_min_above_max: { kinds: ['candidate', 'vacancy'], pointer: '/properties/hours', phrase: 'rejects min above max', ajv: true },
  unknown_municipality: { kinds: ['candidate', 'vacancy'], pointer: '/properties/municipality', phrase: 'not one of the municipalities it knows', ajv: true },
  location_far_from_municipality: { kinds: ['candidate', 'vacancy'], pointer: '/properties/location', phrase: 'more than 60 km from its municipality', ajv: true },
  duplicate_id: { kinds: ['candidate', 'vacancy'], pointer: '/properties/id', phrase: 'cannot see a duplicate', ajv: true },
  sector_excluded_and_wanted: { kinds: ['candidate'], pointer: '/properties/sectors', phrase: 'both excluded and preferred, or both excluded and experience', ajv: true },
  date_that_does_not_exist: { kinds: ['candidate'], pointer: '/properties/birthDate', phrase: 'a date that does not exist', ajv: true },
  blank_label: { kinds: ['candidate', 'vacancy'], pointer: '/properties/competences/items', phrase: 'blank after trimming or has no letter or digit', ajv: true },
  padded_label: { kinds: ['candidate', 'vacancy'], pointer: '/properties/competences/items', phrase: 'accepts one whose spaces alone put it over 200 characters', ajv: false },
  reporting_value_too_long_or_deep: { kinds: ['candidate', 'vacancy'], pointer: '/properties/reporting', phrase: 'longer than 1000 characters, nesting deeper than 32 levels', ajv: true },
  reporting_proto_key: { kinds: ['candidate', 'vacancy'], pointer: '/properties/reporting', phrase: 'a __proto__ key at any depth', ajv: true },
} as const satisfies Record<string, { kinds: readonly Kind[]; pointer: string; phrase: string; ajv: boolean }>;
type Difference = keyof typeof DOCUMENTED;

interface Case {
  readonly what: string;
  readonly kind: Kind;
  /** The records, checked by ajv one by one and by createMatcher together. */
  readonly records: readonly unknown[];
  readonly difference?: Difference;
}

const region = generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 });
const candidate: CandidateInput = {
  id: 'k-1',
  municipality: 'Noordwijk',
  ladderStep: 5,
  competences: ['VIG', { label: 'HACCP', level: 3 }],
  hours: { min: 16, max: 24 },
  travel: { maxMinutes: 45, modes: ['bike', 'transit'] },
  sectors: { preferred: ['zorg'], excluded: ['bouw'] },
  birthDate: '1990-05-17',
};
const vacancy: VacancyInput = {
  id: 'v-1',
  employerId: 'w-1',
  municipality: 'Katwijk',
  sector: 'zorg',
  competences: [{ label: 'Verzorgende IG', required: true }, 'HACCP'],
  hours: { min: 20, max: 32 },
};
const c = (what: string, patch: Record<string, unknown>, difference?: Difference): Case => ({ what, kind: 'candidate', records: [{ ...candidate, ...patch }], ...(difference ? { difference } : {}) });
const v = (what: string, patch: Record<string, unknown>, difference?: Difference): Case => ({ what, kind: 'vacancy', records: [{ ...vacancy, ...patch }], ...(difference ? { difference } : {}) });
const nested = (depth: number): unknown => (depth === 0 ? 'x' : { a: nested(depth - 1) });

const CORPUS: readonly Case[] = [
  // Valid records both accept: the synthetic region (ajv record by record, createMatcher all at once), and the two above.
  { what: 'the synthetic candidates', kind: 'candidate', records: region.candidates },
  { what: 'the synthetic vacancies', kind: 'vacancy', records: region.vacancies },
  c('the base candidate', {}),
  v('the base vacancy', {}),
  c('an unknown competence label (reported, not rejected)', { competences: ['Ballonvaren'] }),
  c('a CBS code, lower case', { municipality: 'gm0575' }),
  v('a municipality without diacritics', { municipality: 'Sudwest-Fryslan' }),
  // Invalid records both reject.
  c('no id', { id: undefined }),
  c('an empty id', { id: '' }),
  c('an id of 201 characters', { id: 'k'.repeat(201) }),
  c('an unknown field', { naam: 'Jan' }),
  c('ladder step 7', { ladderStep: 7 }),
  c('ladder step 2.5', { ladderStep: 2.5 }),
  c('ladder step as a string', { ladderStep: '5' }),
  c('hours.min 0', { hours: { min: 0, max: 10 } }),
  c('hours.max 61', { hours: { min: 10, max: 61 } }),
  c('no hours', { hours: undefined }),
  c('no travel modes', { travel: { maxMinutes: 30, modes: [] } }),
  c('an unknown travel mode', { travel: { maxMinutes: 30, modes: ['boat'] } }),
  c('maxMinutes 241', { travel: { maxMinutes: 241, modes: ['bike'] } }),
  c('an unknown sector', { sectors: { preferred: ['zorgg'] } }),
  c('wageValue 1.5', { wageValue: 1.5 }),
  c('lat 91', { location: { lat: 91, lon: 4 } }),
  c('an empty label', { competences: [''] }),
  c('competence level 4', { competences: [{ label: 'HACCP', level: 4 }] }),
  c('201 competences', { competences: Array.from({ length: 201 }, (_, i) => `Competentie ${i}`) }),
  c('a birth date that is a number', { birthDate: 19900517 }),
  // Both count a length in code points: 150 emoji are 300 UTF-16 code units, and still within 200.
  c('an id of 150 emoji', { id: '😀'.repeat(150) }),
  v('an employerId of 201 emoji', { employerId: '😀'.repeat(201) }),
  c('an unknown target group', { targetGroups: ['student'] }),
  c('gender of 1001 characters', { gender: 'x'.repeat(1001) }),
  c('a reporting field name of 201 characters', { reporting: { ['k'.repeat(201)]: 1 } }),
  v('no employerId', { employerId: undefined }),
  v('an unknown sector', { sector: 'ruimtevaart' }),
  v('positions 0', { positions: 0 }),
  v('positions 1.5', { positions: 1.5 }),
  v('weight 0', { competences: [{ label: 'HACCP', weight: 0 }] }),
  v('minLadderStep 3', { minLadderStep: 3 }),
  v('an unknown support field', { support: { jobcoach: true } }),
  v('a title of 1001 characters', { title: 'x'.repeat(1001) }),
  // The documented differences.
  c('hours 30–20', { hours: { min: 30, max: 20 } }, 'hours_min_above_max'),
  v('hours 40–8', { hours: { min: 40, max: 8 } }, 'hours_min_above_max'),
  c('municipality Noordwijkk', { municipality: 'Noordwijkk' }, 'unknown_municipality'),
  c('CBS code GM9999', { municipality: 'GM9999' }, 'unknown_municipality'),
  v('municipality Atlantis', { municipality: 'Atlantis' }, 'unknown_municipality'),
  c('a location in Friesland for Noordwijk', { location: { lat: 53.2, lon: 5.8 } }, 'location_far_from_municipality'),
  c('lat and lon swapped', { location: { lat: 4.45, lon: 52.25 } }, 'location_far_from_municipality'),
  v('a vacancy in Katwijk at 0, 0', { location: { lat: 0, lon: 0 } }, 'location_far_from_municipality'),
  v('a vacancy in Katwijk 25 km away, in Haarlem', { location: { lat: 52.38, lon: 4.64 } }),
  { what: 'two candidates with one id', kind: 'candidate', records: [candidate, { ...candidate, municipality: 'Lisse' }], difference: 'duplicate_id' },
  { what: 'two vacancies with one id', kind: 'vacancy', records: [vacancy, { ...vacancy, sector: 'horeca' }], difference: 'duplicate_id' },
  c('zorg preferred and excluded', { sectors: { preferred: ['zorg'], excluded: ['zorg'] } }, 'sector_excluded_and_wanted'),
  c('horeca experience and excluded', { sectors: { experience: ['horeca'], excluded: ['horeca'] } }, 'sector_excluded_and_wanted'),
  c('birth date 2025-02-30', { birthDate: '2025-02-30' }, 'date_that_does_not_exist'),
  c('birth date 17-05-1990', { birthDate: '17-05-1990' }, 'date_that_does_not_exist'),
  c('a label of spaces', { competences: ['   '] }, 'blank_label'),
  c('a label without letters or digits', { competences: [{ label: '---' }] }, 'blank_label'),
  v('a vacancy label of spaces', { competences: [{ label: ' ', required: true }] }, 'blank_label'),
  c('a 200-character label with a space in front', { competences: [` ${'a'.repeat(200)}`] }, 'padded_label'),
  v('a 200-character vacancy label with spaces around', { competences: [{ label: ` ${'b'.repeat(200)} ` }] }, 'padded_label'),
  c('a reporting string of 1001 characters', { reporting: { note: 'x'.repeat(1001) } }, 'reporting_value_too_long_or_deep'),
  v('reporting nested 40 levels deep', { reporting: { tree: nested(40) } }, 'reporting_value_too_long_or_deep'),
  c('a reporting field __proto__', { reporting: JSON.parse('{"__proto__": 1}') }, 'reporting_proto_key'),
  v('a __proto__ key deep in reporting', { reporting: { a: [JSON.parse('{"__proto__": {"x": 1}}')] } }, 'reporting_proto_key'),
];

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = { candidate: ajv.compile(candidateJsonSchema), vacancy: ajv.compile(vacancyJsonSchema) };
const jsonSchema = { candidate: candidateJsonSchema, vacancy: vacancyJsonSchema };

function verdict({ kind, records }: Case): Verdict {
  // A JSON round trip, as a portal's body would arrive; undefined fields drop out.
  const json = JSON.parse(JSON.stringify(records)) as unknown[];
  const input = kind === 'candidate' ? { candidates: json, vacancies: [vacancy] } : { candidates: [candidate], vacancies: json };
  return { ajv: json.every((r) => validate[kind](r)), createMatcher: safeCreateMatcher(input).success };
}

const at = (schema: object, pointer: string): { description?: unknown } =>
  pointer
    .split('/')
    .slice(1)
    .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, schema as Record<string, unknown>);

// An oracle for the documented differences, written from their descriptions: which of them a single record shows.
const labels = (record: Record<string, unknown>): unknown[] =>
  Array.isArray(record.competences) ? record.competences.map((x) => (typeof x === 'object' && x !== null ? (x as { label?: unknown }).label : x)) : [];
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
function differencesOf(record: Record<string, unknown>): Difference[] {
  const out: Difference[] = [];
  const hours = record.hours as { min?: unknown; max?: unknown } | undefined;
  if (typeof hours?.min === 'number' && typeof hours.max === 'number' && hours.min > hours.max) out.push('hours_min_above_max');
  const m = typeof record.municipality === 'string' && record.municipality.length > 0 ? findMunicipality(record.municipality) : undefined;
  if (typeof record.municipality === 'string' && record.municipality.length > 0 && !m) out.push('unknown_municipality');
  const location = record.location as { lat?: unknown; lon?: unknown } | undefined;
  if (m && typeof location?.lat === 'number' && typeof location.lon === 'number' && distanceKm(location.lat, location.lon, m.lat, m.lon) > 60) out.push('location_far_from_municipality');
  const sectors = (record.sectors ?? {}) as Record<string, unknown>;
  const list = (k: string) => (Array.isArray(sectors[k]) ? (sectors[k] as unknown[]) : []);
  if (list('excluded').some((x) => list('preferred').includes(x) || list('experience').includes(x))) out.push('sector_excluded_and_wanted');
  if (typeof record.birthDate === 'string' && !isDate(record.birthDate)) out.push('date_that_does_not_exist');
  for (const label of labels(record)) {
    if (typeof label !== 'string') continue;
    if (!/[\p{L}\p{N}]/u.test(label)) out.push('blank_label');
    if ([...label].length > 200 && [...label.trim()].length <= 200) out.push('padded_label');
  }
  return out;
}

// One field of a valid record set to another value, drawn mostly from the values the differences are about.
const anyJson = fc.jsonValue({ maxDepth: 1 });
const hoursValue = fc.oneof(fc.integer({ min: 1, max: 60 }), anyJson);
const labelArb = fc.oneof(fc.constantFrom('HACCP', '   ', '---', ` ${'a'.repeat(200)}`, ` ${'b'.repeat(199)} `, 'a'.repeat(201)), fc.string({ maxLength: 4 }));
const FIELDS: Readonly<Record<Kind, readonly (readonly [path: readonly string[], value: fc.Arbitrary<unknown>])[]>> = {
  candidate: [
    [['municipality'], fc.oneof(fc.constantFrom('Noordwijkk', 'GM9999', 'gm0575', 'Sudwest-Fryslan', 'Atlantis'), fc.string({ maxLength: 6 }), anyJson)],
    [['location'], fc.oneof(fc.constantFrom({ lat: 53.2, lon: 5.8 }, { lat: 4.45, lon: 52.25 }, { lat: 0, lon: 0 }), locationArb)],
    [['hours', 'min'], hoursValue],
    [['hours', 'max'], hoursValue],
    [['birthDate'], fc.oneof(fc.constantFrom('2025-02-30', '1990-01-01', '17-05-1990', '2024-02-29', '2023-02-29'), fc.string({ maxLength: 10 }), anyJson)],
    [
      ['competences'],
      fc.array(
        fc.oneof(
          labelArb,
          labelArb.map((label) => ({ label })),
        ),
        { maxLength: 2 },
      ),
    ],
    [['sectors', 'excluded'], fc.oneof(fc.constantFrom(['zorg'], ['horeca', 'bouw'], ['techniek']), anyJson)],
    [['ladderStep'], anyJson],
    [['id'], anyJson],
  ],
  vacancy: [
    [['municipality'], fc.oneof(fc.constantFrom('Noordwijkk', 'GM9999', 'gm0575', 'Atlantis'), fc.string({ maxLength: 6 }), anyJson)],
    [['location'], fc.oneof(fc.constantFrom({ lat: 53.2, lon: 5.8 }, { lat: 4.45, lon: 52.25 }, { lat: 0, lon: 0 }), locationArb)],
    [['hours', 'min'], hoursValue],
    [['hours', 'max'], hoursValue],
    [
      ['competences'],
      fc.array(
        fc.oneof(
          labelArb,
          labelArb.map((label) => ({ label, required: true })),
        ),
        { maxLength: 2 },
      ),
    ],
    [['positions'], anyJson],
    [['extra'], anyJson],
  ],
};
const mutationArb = fc.record({ pair: pairArb, kind: fc.constantFrom<Kind>('candidate', 'vacancy'), field: fc.nat() }).chain(({ pair, kind, field }) => {
  const [path, value] = FIELDS[kind][field % FIELDS[kind].length]!;
  return value.map((v) => ({ kind, record: mutate(kind === 'candidate' ? pair.candidate : pair.vacancy, path, v) }));
});
function mutate(record: unknown, path: readonly string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

describe('candidateJsonSchema and vacancyJsonSchema against createMatcher', () => {
  it('declare draft 2020-12', () => {
    expect(candidateJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(vacancyJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('agree on every record of the corpus except the documented differences', () => {
    const wrong: string[] = [];
    for (const item of CORPUS) {
      const got = verdict(item);
      const want: Verdict = item.difference ? { ajv: DOCUMENTED[item.difference].ajv, createMatcher: !DOCUMENTED[item.difference].ajv } : { ajv: got.createMatcher, createMatcher: got.createMatcher };
      if (got.ajv !== want.ajv || got.createMatcher !== want.createMatcher) {
        wrong.push(`${item.kind} ${item.what}${item.difference ? ` (${item.difference})` : ''}: ajv ${got.ajv ? 'accepts' : 'rejects'}, createMatcher ${got.createMatcher ? 'accepts' : 'rejects'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('disagree on a changed record only where the record shows a documented difference that goes that way', () => {
    let disagreements = 0;
    fc.assert(
      fc.property(mutationArb, ({ kind, record }) => {
        const got = verdict({ what: 'mutated', kind, records: [record] });
        if (got.ajv === got.createMatcher) return;
        disagreements++;
        const shown = differencesOf(JSON.parse(JSON.stringify(record)) as Record<string, unknown>);
        expect(
          shown.filter((d) => DOCUMENTED[d].ajv === got.ajv && (DOCUMENTED[d].kinds as readonly Kind[]).includes(kind)),
          JSON.stringify(record),
        ).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
    // The values aim at the differences: a run that met none of them would prove nothing.
    expect(disagreements).toBeGreaterThanOrEqual(30);
  });

  it('write each documented difference into the schema, where it applies', () => {
    const missing: string[] = [];
    for (const [name, d] of Object.entries(DOCUMENTED)) {
      for (const kind of d.kinds) {
        const description = at(jsonSchema[kind], d.pointer).description;
        if (typeof description !== 'string' || !description.includes(d.phrase)) missing.push(`${kind}${d.pointer || ' (root)'}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('show each documented difference with a record of its kinds (no stale entry)', () => {
    const shown = new Set(CORPUS.filter((item) => item.difference).map((item) => `${item.difference} ${item.kind}`));
    const unshown = Object.entries(DOCUMENTED)
      .flatMap(([name, d]) => d.kinds.map((kind) => `${name} ${kind}`))
      .filter((k) => !shown.has(k));
    expect(unshown).toEqual([]);
  });
});
