import { z } from 'zod';
import { SECTORS, TARGET_GROUPS } from '../sectors.js';
import { isIsoDate } from '../rules/dates.js';
import { normalizeLabel } from '../text.js';

const num = (what: string) =>
  z.number({
    error: (iss) =>
      iss.input === undefined
        ? `${what} is required`
        : `${what} must be a finite number, got ${typeof iss.input === 'number' ? String(iss.input) : typeof iss.input}`,
  });

const id = z.string({ error: 'id must be a non-empty string' }).min(1, 'id must be a non-empty string');

export const isoDateSchema = z
  .string({ error: 'date must be a string YYYY-MM-DD' })
  .refine((v) => isIsoDate(v), { error: (iss) => `${JSON.stringify(iss.input)} is not a date that exists (YYYY-MM-DD)` });

export const locationSchema = z.strictObject({
  lat: num('lat').min(-90, 'lat must be within -90..90').max(90, 'lat must be within -90..90'),
  lon: num('lon').min(-180, 'lon must be within -180..180').max(180, 'lon must be within -180..180'),
});

export const sectorSchema = z.enum(SECTORS, {
  error: (iss) => `unknown sector ${JSON.stringify(iss.input)}; known sectors: ${SECTORS.join(', ')}`,
});

export const TRAVEL_MODES = Object.freeze(['walk', 'bike', 'ebike', 'transit', 'car'] as const);
export type TravelMode = (typeof TRAVEL_MODES)[number];

const hoursSchema = z
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
  });

const label = z
  .string({ error: 'a competence label must be a string' })
  .trim()
  .min(1, 'a competence label must not be empty')
  .refine((v) => normalizeLabel(v) !== '', { error: (iss) => `competence label ${JSON.stringify(iss.input)} has no letters or digits` });

/** A person on assistance (werkzoekende). Pseudonymous: no names needed. */
export const candidateSchema = z
  .strictObject({
    id,
    /** CBS code (`GM0575`) or name (`Noordwijk`), case- and diacritics-insensitive. */
    municipality: z.string({ error: 'municipality must be a CBS code or a name' }).min(1),
    location: locationSchema.optional(),
    ladderStep: z.literal([1, 2, 3, 4, 5, 6], { error: 'ladderStep must be a whole number from 1 to 6 (Participatieladder)' }),
    exempt: z.boolean().optional(),
    competences: z.array(
      z.union([label, z.strictObject({ label, level: z.literal([1, 2, 3], { error: 'level must be 1, 2 or 3' }).optional() })], {
        error: 'a competence is a label or { label, level? }',
      }),
    ),
    hours: hoursSchema,
    travel: z.strictObject({
      maxMinutes: num('travel.maxMinutes').gt(0, 'travel.maxMinutes must be above 0').max(240, 'travel.maxMinutes must be at most 240'),
      modes: z.array(z.enum(TRAVEL_MODES, { error: (iss) => `unknown travel mode ${JSON.stringify(iss.input)}; known: ${TRAVEL_MODES.join(', ')}` })).min(1, 'travel.modes needs at least one mode'),
    }),
    sectors: z
      .strictObject({
        preferred: z.array(sectorSchema).optional(),
        experience: z.array(sectorSchema).optional(),
        excluded: z.array(sectorSchema).optional(),
      })
      .optional(),
    wageValue: num('wageValue').gt(0, 'wageValue (loonwaarde) must be above 0').max(1, 'wageValue (loonwaarde) must be at most 1').optional(),
    targetGroups: z.array(z.enum(TARGET_GROUPS, { error: (iss) => `unknown target group ${JSON.stringify(iss.input)}; known: ${TARGET_GROUPS.join(', ')}` })).optional(),
    birthDate: isoDateSchema.optional(),
    gender: z.string().optional(),
    reporting: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((c, ctx) => {
    const excluded = new Set(c.sectors?.excluded ?? []);
    for (const kind of ['preferred', 'experience'] as const) {
      c.sectors?.[kind]?.forEach((s, i) => {
        if (excluded.has(s)) ctx.addIssue({ code: 'custom', path: ['sectors', kind, i], message: `sector ${s} is both ${kind} and excluded` });
      });
    }
  });

/** An open position at an employer (vacature). */
export const vacancySchema = z.strictObject({
  id,
  employerId: id,
  /** Shown to people; never scored. */
  title: z.string().optional(),
  municipality: z.string({ error: 'municipality must be a CBS code or a name' }).min(1),
  location: locationSchema.optional(),
  sector: sectorSchema,
  competences: z.array(
    z.union(
      [
        label,
        z.strictObject({
          label,
          required: z.boolean().optional(),
          weight: num('weight').gt(0, 'weight must be above 0').max(100, 'weight must be at most 100').optional(),
        }),
      ],
      { error: 'a competence is a label or { label, required?, weight? }' },
    ),
  ),
  hours: hoursSchema,
  minLadderStep: z.literal([4, 5, 6], { error: 'minLadderStep must be 4, 5 or 6' }).optional(),
  support: z
    .strictObject({ jobCoach: z.boolean().optional(), wageSubsidy: z.boolean().optional(), jobCarving: z.boolean().optional() })
    .optional(),
  positions: num('positions').int('positions must be a whole number').min(1, 'positions must be at least 1').max(10_000, 'positions must be at most 10000').optional(),
  whiteSpot: z.boolean().optional(),
  reporting: z.record(z.string(), z.unknown()).optional(),
});

export type Candidate = z.output<typeof candidateSchema>;
export type Vacancy = z.output<typeof vacancySchema>;
export type CandidateInput = z.input<typeof candidateSchema>;
export type VacancyInput = z.input<typeof vacancySchema>;
export type Location = z.output<typeof locationSchema>;

/** The candidate schema as JSON Schema (draft 2020-12), for portals written in other languages. */
export const candidateJsonSchema = z.toJSONSchema(candidateSchema, { io: 'input', unrepresentable: 'any' });
/** The vacancy schema as JSON Schema (draft 2020-12), for portals written in other languages. */
export const vacancyJsonSchema = z.toJSONSchema(vacancySchema, { io: 'input', unrepresentable: 'any' });
