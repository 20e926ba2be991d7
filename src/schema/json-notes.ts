// What JSON Schema cannot say about a record, written as `description`s into the JSON Schemas werkmatch exports, so a
// portal that validates with them knows what createMatcher checks on top. test/schema/json-schema.test.ts holds each
// note to a record that JSON Schema and createMatcher judge differently, and fails on any difference not noted here.

/** JSON pointer into an exported JSON Schema → the description set there. */
export type JsonSchemaNotes = Readonly<Record<string, string>>;

const UNIQUE = (what: string) => `Unique among the ${what} passed to createMatcher (duplicate_id); JSON Schema checks one record at a time, so it cannot see a duplicate.`;
const MUNICIPALITY =
  'CBS code (GM0575) or name (Noordwijk) of a Dutch municipality, case- and diacritics-insensitive. JSON Schema checks only that it is a string: createMatcher also rejects a name or code that is not one of the municipalities it knows (unknown_municipality, with the closest names).';
const HOURS = 'Hours per week. JSON Schema checks each bound on its own: createMatcher also rejects min above max.';
const LABEL =
  'A competence: a label, or an object with one. createMatcher trims spaces around a label before checking it, so it also rejects a label that is blank after trimming or has no letter or digit, and accepts one whose spaces alone put it over 200 characters (JSON Schema counts them).';
const LOCATION =
  'Where the person lives or the job is, WGS84 degrees. JSON Schema checks each coordinate on its own: createMatcher also rejects a location more than 60 km from its municipality (location_mismatch), farther than any place in a Dutch municipality lies from its reference point.';
const REPORTING =
  'Any JSON, never scored. JSON Schema checks only the length of the field names: createMatcher also rejects a string longer than 1000 characters, nesting deeper than 32 levels and a __proto__ key at any depth.';

export const CANDIDATE_JSON_NOTES: JsonSchemaNotes = /* @__PURE__ */ Object.freeze({
  '': `A person on assistance (werkzoekende), pseudonymous, as createMatcher accepts it, except where a description here says createMatcher checks more.`,
  '/properties/id': UNIQUE('candidates'),
  '/properties/municipality': MUNICIPALITY,
  '/properties/location': LOCATION,
  '/properties/hours': HOURS,
  '/properties/competences/items': LABEL,
  '/properties/sectors': 'JSON Schema checks each list on its own: createMatcher also rejects a sector that is both excluded and preferred, or both excluded and experience.',
  '/properties/birthDate': 'A date YYYY-MM-DD. JSON Schema checks only that it is a string: createMatcher also rejects another format and a date that does not exist (2025-02-30).',
  '/properties/reporting': REPORTING,
});

export const VACANCY_JSON_NOTES: JsonSchemaNotes = /* @__PURE__ */ Object.freeze({
  '': `An open position at an employer (vacature), as createMatcher accepts it, except where a description here says createMatcher checks more.`,
  '/properties/id': UNIQUE('vacancies'),
  '/properties/municipality': MUNICIPALITY,
  '/properties/location': LOCATION,
  '/properties/hours': HOURS,
  '/properties/competences/items': LABEL,
  '/properties/reporting': REPORTING,
});

/** Sets each note as the `description` of the node at its JSON pointer (nodes that are absent are left out: the test finds them). */
export function withDescriptions<T extends object>(schema: T, notes: JsonSchemaNotes): T {
  for (const [pointer, description] of Object.entries(notes)) {
    let node: unknown = schema;
    for (const key of pointer.split('/').slice(1)) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (typeof node === 'object' && node !== null) (node as { description?: string }).description = description;
  }
  return schema;
}
