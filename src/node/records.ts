// The four record kinds a file can hold, and the validation of one record of any kind.
import * as z from 'zod';
import { FACTORS, zodParseOptions, type Factor, type Point } from '../schema/config.js';
import type { Locale } from '../basics/locale.js';
import type { MatchIssue } from '../basics/errors.js';
import { checkLocation, mapZodIssues, resolveMunicipality } from '../engine/load.js';
import { candidateSchema, isoDateSchema, vacancySchema, type Candidate, type CandidateInput, type Vacancy, type VacancyInput } from '../schema/records.js';
import { ISSUE } from './messages.js';

/** What a file holds. */
export type RecordKind = 'candidates' | 'vacancies' | 'placements' | 'outcomes';
export const RECORD_KINDS: readonly RecordKind[] = ['candidates', 'vacancies', 'placements', 'outcomes'];

const id = (what: string) => z.string({ error: `${what} must be a non-empty string` }).min(1, `${what} must be a non-empty string`);
const unit = (what: string) =>
  z
    .number({ error: (iss) => (iss.input === undefined ? `${what} is required` : `${what} must be a finite number`) })
    .min(0, `${what} must be within 0..1`)
    .max(1, `${what} must be within 0..1`);
const binary = (what: string) => z.literal([0, 1], { error: `${what} must be 0 or 1` });

/** A placement as `assignPlacements` makes it, with optional contract dates. Unknown fields are dropped. */
export const placementRecordSchema = z
  .object({
    candidateId: id('candidateId'),
    vacancyId: id('vacancyId'),
    score: unit('score'),
    tier: z.enum(['home', 'fallback', 'region'], { error: 'tier must be home, fallback or region' }),
    start: isoDateSchema.optional(),
    end: isoDateSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.start !== undefined && p.end !== undefined && p.end < p.start) ctx.addIssue({ code: 'custom', path: ['end'], message: ISSUE.endBeforeStart(p.start, p.end) });
  });

/** An observed outcome of a match, for `evaluateRanking` and (with `factors`) `fitWeights`. Unknown fields are dropped. */
export const outcomeRecordSchema = z.object({
  vacancyId: id('vacancyId'),
  candidateId: id('candidateId'),
  score: unit('score').optional(),
  label: binary('label'),
  durable: binary('durable').optional(),
  factors: z.strictObject(Object.fromEntries(FACTORS.map((f) => [f, unit(f)])) as Record<Factor, ReturnType<typeof unit>>).optional(),
});

export type PlacementRecord = z.output<typeof placementRecordSchema>;
export type OutcomeRecord = z.output<typeof outcomeRecordSchema>;

/** The validated record of each kind. */
export interface RecordOf {
  candidates: Candidate;
  vacancies: Vacancy;
  placements: PlacementRecord;
  outcomes: OutcomeRecord;
}
/** What a writer accepts for each kind. */
export interface RecordInputOf {
  candidates: CandidateInput;
  vacancies: VacancyInput;
  placements: z.input<typeof placementRecordSchema>;
  outcomes: z.input<typeof outcomeRecordSchema>;
}

const SCHEMAS = { candidates: candidateSchema, vacancies: vacancySchema, placements: placementRecordSchema, outcomes: outcomeRecordSchema } as const;

export type Validated<K extends RecordKind> = { readonly ok: true; readonly record: RecordOf[K] } | { readonly ok: false; readonly issues: MatchIssue[] };

/** Validates one record: the zod schema (zod's own messages in `locale`), then (candidates, vacancies) that the municipality exists and the location lies within reach of it. */
export function validateRecord<K extends RecordKind>(kind: K, value: unknown, prefix: readonly (string | number)[], locale?: Locale): Validated<K> {
  const issues: MatchIssue[] = [];
  const parsed = SCHEMAS[kind].safeParse(value, zodParseOptions(locale));
  if (!parsed.success) mapZodIssues(prefix, parsed.error.issues, issues);
  if (kind === 'candidates' || kind === 'vacancies') {
    const name = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).municipality : undefined;
    const m = resolveMunicipality(name, [...prefix, 'municipality'], issues);
    const location = parsed.success ? (parsed.data as { location?: Point }).location : undefined;
    if (m !== undefined && location !== undefined) checkLocation(location, m, [...prefix, 'location'], issues);
  }
  return issues.length > 0 || !parsed.success ? { ok: false, issues } : { ok: true, record: parsed.data as RecordOf[K] };
}
