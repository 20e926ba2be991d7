import * as z from 'zod';
import type { IssueCode } from '../basics/errors.js';
import { SECTORS, TARGET_GROUPS } from '../basics/sectors.js';
import { PERSPECTIVES, unknownPerspectiveMessage } from '../basics/perspectives.js';
import { isIsoDate } from '../basics/dates.js';
import { MAX_DEPTH, MAX_ITEMS, MAX_LENGTH, showValue } from '../basics/limits.js';
import { normalizeLabel } from '../basics/text.js';
import { CANDIDATE_JSON_NOTES, VACANCY_JSON_NOTES, withDescriptions } from './json-notes.js';

// Module-level schemas are built in /* @__PURE__ */ IIFEs, so a bundle that uses none of them drops them, and zod with them.

const num = (what: string) =>
  z.number({
    error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be a finite number, got ${typeof iss.input === 'number' ? String(iss.input) : typeof iss.input}`),
  });

/** The message of a `too_long` issue: the limit and the actual length, the value cut as showValue cuts it. */
export const tooLongMessage = (what: string, max: number, value: unknown): string =>
  typeof value === 'string' ? `${what} must be at most ${max} characters, got ${value.length} (${showValue(value.slice(0, 40))}…)` : `${what} must be at most ${max} characters`;

/** A string of at most `MAX_LENGTH[kind]` characters (zod's `too_big`, mapped to `too_long` at the boundary). */
export const bounded = (kind: keyof typeof MAX_LENGTH, what: string, typeError: string = `${what} must be a string`) =>
  z.string({ error: typeError }).max(MAX_LENGTH[kind], { error: (iss) => tooLongMessage(what, MAX_LENGTH[kind], iss.input) });

const idOf = (what: string) => bounded('id', what, `${what} must be a non-empty string`).min(1, `${what} must be a non-empty string`);
const id = /* @__PURE__ */ (() => idOf('id'))();

export const isoDateSchema = /* @__PURE__ */ (() =>
  z.string({ error: 'date must be a string YYYY-MM-DD' }).refine((v) => v.length === 10 && isIsoDate(v), { error: (iss) => `${showValue(iss.input)} is not a date that exists (YYYY-MM-DD)` }))();

/** A coordinate out of range; one in the thousands is most likely Rijksdriehoek (RD) meters, which the message says. */
const coordinateMessage = (what: string, max: number) => (iss: { input?: unknown }) =>
  `${what} must be within -${max}..${max}${typeof iss.input === 'number' && Math.abs(iss.input) >= 1000 ? `; ${iss.input} looks like a Rijksdriehoek (RD) coordinate in meters: convert it to degrees (WGS84)` : ''}`;

export const locationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    lat: num('lat')
      .min(-90, { error: coordinateMessage('lat', 90) })
      .max(90, { error: coordinateMessage('lat', 90) }),
    lon: num('lon')
      .min(-180, { error: coordinateMessage('lon', 180) })
      .max(180, { error: coordinateMessage('lon', 180) }),
  }))();

export const sectorSchema = /* @__PURE__ */ (() =>
  z.enum(SECTORS, {
    error: (iss) => `unknown sector ${showValue(iss.input)}; known sectors: ${SECTORS.join(', ')}`,
  }))();

export const TRAVEL_MODES = /* @__PURE__ */ Object.freeze(['walk', 'bike', 'ebike', 'transit', 'car'] as const);
export type TravelMode = (typeof TRAVEL_MODES)[number];

const hoursSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      min: num('hours.min').gt(0, 'hours.min must be above 0').max(60, 'hours.min must be at most 60'),
      max: num('hours.max').gt(0, 'hours.max must be above 0').max(60, 'hours.max must be at most 60'),
    })
    .refine((h) => h.min <= h.max, {
      path: ['max'],
      error: (iss) => {
        const h = iss.input as { min: number; max: number };
        return `hours.min (${h.min}) is above hours.max (${h.max})`;
      },
    }))();

const label = /* @__PURE__ */ (() =>
  z
    .string({ error: 'a competence label must be a string' })
    .trim()
    .min(1, 'a competence label must not be empty')
    .max(MAX_LENGTH.label, { error: (iss) => tooLongMessage('a competence label', MAX_LENGTH.label, iss.input) })
    // The length guard keeps a too-long label (already an issue) from being normalised in full.
    .refine((v) => v.length > MAX_LENGTH.label || normalizeLabel(v) !== '', { error: (iss) => `competence label ${showValue(iss.input)} has no letters or digits` }))();

const tooManyCompetences = { error: (iss: { input?: unknown }) => `at most ${MAX_ITEMS} competences, got ${Array.isArray(iss.input) ? iss.input.length : 'more'}` };

const municipality = /* @__PURE__ */ (() => bounded('municipality', 'municipality', 'municipality must be a CBS code or a name').min(1, 'municipality must be a CBS code or a name'))();

/** Reporting fields: any JSON, with field names and strings bounded; never scored. */
const reportingSchema = /* @__PURE__ */ (() =>
  z.record(bounded('id', 'a reporting field name'), z.unknown()).superRefine((rec, ctx) => {
    const checked = new Set<object>();
    for (const [key, value] of Object.entries(rec)) checkJsonValue(value, [key], 1, [], checked, ctx);
  }))();

type Ctx = z.core.$RefinementCtx<Record<string, unknown>>;
const issue = (ctx: Ctx, path: (string | number)[], code: IssueCode, message: string) => ctx.addIssue({ code: 'custom', path, message, params: { code } });

/**
 * Checks a reporting value is JSON: finite numbers, bounded strings, plain objects and dense arrays, no cycles.
 * An object met again (values may share one) is checked once, so shared objects cost their size, not their paths.
 */
function checkJsonValue(value: unknown, path: (string | number)[], depth: number, ancestors: object[], checked: Set<object>, ctx: Ctx): void {
  switch (typeof value) {
    case 'string':
      if (value.length > MAX_LENGTH.text) issue(ctx, path, 'too_long', tooLongMessage('a reporting value', MAX_LENGTH.text, value));
      return;
    case 'number':
      if (!Number.isFinite(value)) issue(ctx, path, 'not_json', `${value} is not a JSON number`);
      return;
    case 'boolean':
    case 'undefined':
      return;
    case 'object':
      break;
    default:
      issue(ctx, path, 'not_json', `a ${typeof value} is not JSON`);
      return;
  }
  if (value === null || checked.has(value)) return;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (ancestors.includes(value)) issue(ctx, path, 'not_json', 'an object that contains itself (a cycle) is not JSON');
  else if (depth > MAX_DEPTH) issue(ctx, path, 'too_deep', `reporting values may nest at most ${MAX_DEPTH} levels deep`);
  else if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) issue(ctx, path, 'not_json', 'only plain objects and arrays are JSON, not class instances');
  else {
    ancestors.push(value);
    const keys = Object.keys(value);
    // Keys, not indexes: a huge array that is mostly holes costs what it holds.
    if (Array.isArray(value) && keys.length < value.length) issue(ctx, path, 'array_hole', `this array has ${value.length - keys.length} holes (indexes without a value), which JSON cannot carry`);
    for (const k of keys) {
      const child = (value as Record<string, unknown>)[k];
      if (k.length > MAX_LENGTH.id) issue(ctx, path, 'too_long', tooLongMessage('a reporting field name', MAX_LENGTH.id, k));
      else checkJsonValue(child, [...path, Array.isArray(value) ? Number(k) : k], depth + 1, ancestors, checked, ctx);
    }
    ancestors.pop();
    checked.add(value);
  }
}

/** A person on assistance (werkzoekende). Pseudonymous: no names needed. */
export const candidateSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id,
      /** CBS code (`GM0575`) or name (`Noordwijk`), case- and diacritics-insensitive. */
      municipality,
      location: locationSchema.optional(),
      ladderStep: z.literal([1, 2, 3, 4, 5, 6], { error: 'ladderStep must be a whole number from 1 to 6 (Participatieladder)' }),
      exempt: z.boolean().optional(),
      competences: z
        .array(
          z.union([label, z.strictObject({ label, level: z.literal([1, 2, 3], { error: 'level must be 1, 2 or 3' }).optional() })], {
            error: 'a competence is a label or { label, level? }',
          }),
        )
        .max(MAX_ITEMS, tooManyCompetences),
      hours: hoursSchema,
      travel: z.strictObject({
        maxMinutes: num('travel.maxMinutes').gt(0, 'travel.maxMinutes must be above 0').max(240, 'travel.maxMinutes must be at most 240'),
        modes: z.array(z.enum(TRAVEL_MODES, { error: (iss) => `unknown travel mode ${showValue(iss.input)}; known: ${TRAVEL_MODES.join(', ')}` })).min(1, 'travel.modes needs at least one mode'),
      }),
      sectors: z
        .strictObject({
          preferred: z.array(sectorSchema).optional(),
          experience: z.array(sectorSchema).optional(),
          excluded: z.array(sectorSchema).optional(),
        })
        .optional(),
      wageValue: num('wageValue').gt(0, 'wageValue (loonwaarde) must be above 0').max(1, 'wageValue (loonwaarde) must be at most 1').optional(),
      /** Never scored: reported, and a ranking filter (`rankCandidates(id, { perspectives })`). */
      perspective: z.enum(PERSPECTIVES, { error: (iss) => unknownPerspectiveMessage(iss.input, showValue) }).optional(),
      targetGroups: z.array(z.enum(TARGET_GROUPS, { error: (iss) => `unknown target group ${showValue(iss.input)}; known: ${TARGET_GROUPS.join(', ')}` })).optional(),
      birthDate: isoDateSchema.optional(),
      gender: bounded('text', 'gender').optional(),
      reporting: reportingSchema.optional(),
    })
    .superRefine((c, ctx) => {
      const excluded = new Set(c.sectors?.excluded ?? []);
      for (const kind of ['preferred', 'experience'] as const) {
        c.sectors?.[kind]?.forEach((s, i) => {
          if (excluded.has(s)) ctx.addIssue({ code: 'custom', path: ['sectors', kind, i], message: `sector ${s} is both ${kind} and excluded` });
        });
      }
    }))();

/** An open position at an employer (vacature). */
export const vacancySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id,
    employerId: idOf('employerId'),
    /** Shown to people; never scored. */
    title: bounded('text', 'title').optional(),
    municipality,
    location: locationSchema.optional(),
    sector: sectorSchema,
    competences: z
      .array(
        z.union(
          [
            label,
            z.strictObject({
              label,
              required: z.boolean().optional(),
              weight: num('weight').gt(0, 'weight must be above 0').max(100, 'weight must be at most 100').optional(),
              level: z.literal([1, 2, 3], { error: 'level must be 1, 2 or 3' }).optional(),
            }),
          ],
          { error: 'a competence is a label or { label, required?, weight?, level? }' },
        ),
      )
      .max(MAX_ITEMS, tooManyCompetences),
    hours: hoursSchema,
    minLadderStep: z.literal([4, 5, 6], { error: 'minLadderStep must be 4, 5 or 6' }).optional(),
    support: z.strictObject({ jobCoach: z.boolean().optional(), wageSubsidy: z.boolean().optional(), jobCarving: z.boolean().optional() }).optional(),
    positions: num('positions').int('positions must be a whole number').min(1, 'positions must be at least 1').max(10_000, 'positions must be at most 10000').optional(),
    whiteSpot: z.boolean().optional(),
    reporting: reportingSchema.optional(),
  }))();

export type Candidate = z.output<typeof candidateSchema>;
export type Vacancy = z.output<typeof vacancySchema>;
export type CandidateInput = z.input<typeof candidateSchema>;
export type VacancyInput = z.input<typeof vacancySchema>;
export type Location = z.output<typeof locationSchema>;

// In a pure arrow, arguments included: a bundle that does not use the JSON Schemas drops them, and with them zod's converter.
/**
 * The candidate schema as JSON Schema (draft 2020-12), for portals written in other languages. What JSON Schema cannot
 * express (min ≤ max hours, a sector both preferred and excluded, known municipalities, unique ids…) is in its
 * `description`s: a record it accepts can still be rejected by createMatcher, never the other way round except for a label
 * padded with spaces.
 *
 * @example
 * const published = JSON.stringify(candidateJsonSchema); // serve it to the portal; createMatcher has the last word
 */
export const candidateJsonSchema = /* @__PURE__ */ (() => withDescriptions(z.toJSONSchema(candidateSchema, { io: 'input', unrepresentable: 'any' }), CANDIDATE_JSON_NOTES))();
/** The vacancy schema as JSON Schema (draft 2020-12), for portals written in other languages; its `description`s say what createMatcher checks on top. */
export const vacancyJsonSchema = /* @__PURE__ */ (() => withDescriptions(z.toJSONSchema(vacancySchema, { io: 'input', unrepresentable: 'any' }), VACANCY_JSON_NOTES))();
