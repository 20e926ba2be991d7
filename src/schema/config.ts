import * as z from 'zod';
import nl from 'zod/v4/locales/nl.js';
import type { Locale } from '../basics/locale.js';
import { MAX_ITEMS } from '../basics/limits.js';
import { TARGET_GROUPS, type Sector } from '../basics/sectors.js';
import { MAX_INSTRUMENT_AMOUNT, type MunicipalInstrument } from '../basics/instruments.js';
import { bounded, locationSchema, sectorSchema, type TravelMode } from './records.js';

/** The five match factors, in the fixed order in which contributions are summed. */
export const FACTORS = /* @__PURE__ */ Object.freeze(['competence', 'ladder', 'hours', 'travel', 'sector'] as const);
export type Factor = (typeof FACTORS)[number];

/** A point on the map (WGS84). */
export interface Point {
  readonly lat: number;
  readonly lon: number;
}

/** Minutes from `from` to `to` by `mode`; replaces the built-in travel model (e.g. a routing service or a precomputed matrix). */
export type TravelTimeFn = (from: Point, to: Point, mode: TravelMode) => number;

/** ESCO's reuse levels, folded in two: a transversal competence (language, soft skill, general certificate) serves in any job. */
export const COMPETENCE_KINDS = /* @__PURE__ */ Object.freeze(['occupational', 'transversal'] as const);
export type CompetenceKind = (typeof COMPETENCE_KINDS)[number];

/** A competence of the user's vocabulary (an ESCO or CompetentNL export row, or a municipality's own list). */
export interface VocabularyEntryInput {
  readonly id: string;
  readonly label: string;
  readonly synonyms?: readonly string[] | undefined;
  /** With a new id: @default 'occupational'. With a built-in id: replaces the built-in kind when given. */
  readonly kind?: CompetenceKind | undefined;
}

/** Parameters of the built-in travel model for one mode: minutes = km × detour ÷ speed × 60 + overhead. */
export interface TravelModeModel {
  /** Road distance ÷ straight-line distance. */
  readonly detour: number;
  readonly kmPerHour: number;
  /** Fixed minutes per trip (walking to the stop and waiting; parking). */
  readonly overheadMinutes: number;
}

/** Configuration of a matcher; every field is optional and documented with its default. */
export interface MatchConfig {
  /** Relative factor weights, merged over the defaults and normalised to sum 1. @default DEFAULT_WEIGHTS */
  readonly weights?: Partial<Record<Factor, number>> | undefined;
  /** The score from which a candidate counts as suitable (the `'when-none'` threshold and the rankings' default `minScore`). @default 0.65 */
  readonly suitableScore?: number | undefined;
  /**
   * Overlays the built-in vocabulary: where a label or synonym is also a built-in one, this entry wins (listed in
   * `report.competences.overrides`); an entry with a built-in id adds its names to that competence. @default []
   */
  readonly vocabulary?: readonly VocabularyEntryInput[] | undefined;
  /** Whether the built-in vocabulary is used under `vocabulary`; `false`: the configured entries alone. @default true */
  readonly builtinVocabulary?: boolean | undefined;
  /** Municipality → ordered fallback municipalities (names or CBS codes). Replaces the default. @default DEFAULT_FALLBACKS (Bollenstreek) */
  readonly fallbacks?: Readonly<Record<string, readonly string[]>> | undefined;
  /** Whether the same labour-market region forms a third tier after the fallbacks. @default true */
  readonly regionTier?: boolean | undefined;
  /** Replaces the built-in travel model. @default undefined (built-in model) */
  readonly travelTime?: TravelTimeFn | undefined;
  /** Sectors with a labour shortage, where a neutral sector fit scores higher. @default ['zorg', 'horeca'] */
  readonly shortageSectors?: readonly Sector[] | undefined;
  /** Share of the competence score lost when all required competences are missing and the employer is open to job carving. @default 0.5 */
  readonly jobCarvingPenalty?: number | undefined;
  /**
   * Municipality (name or CBS code) → the point that stands in for a record without `location`, replacing the built-in
   * reference point (e.g. the main town of a merged municipality). Also sets the estimated distance within it. @default {}
   */
  readonly referencePoints?: Readonly<Record<string, Point>> | undefined;
  /**
   * The language of zod's own messages in a MatchError (a wrong type, a missing field: where werkmatch has no sentence of
   * its own): `'nl'` for Dutch. Only read while loading; never scored. @default undefined (zod's English)
   */
  readonly locale?: Locale | undefined;
  /**
   * The municipality's own instrument catalogue (opstapsubsidie, vakgerichte scholing, werkgeverscheque…): suggested by
   * `matcher.instruments` after the national ones, and costed per placement by `compareScenarios`. Never scored. @default []
   */
  readonly instruments?: readonly MunicipalInstrument[] | undefined;
}

/**
 * Default factor weights: competences matter most, then travel (the most common reason a placement fails).
 * Hours is a constraint (1 where the ranges overlap, a knock-out where not), so it weighs 0: a weight would only lift every eligible score alike.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<Factor, number>> = /* @__PURE__ */ Object.freeze({
  competence: 0.45,
  ladder: 0.15,
  hours: 0,
  travel: 0.25,
  sector: 0.15,
});

/** The Bollenstreek cooperation (Provalu): each town falls back on the other four, nearest reference point first. */
export const DEFAULT_FALLBACKS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  Noordwijk: /* @__PURE__ */ Object.freeze(['Lisse', 'Teylingen', 'Hillegom', 'Katwijk']),
  Hillegom: /* @__PURE__ */ Object.freeze(['Lisse', 'Noordwijk', 'Teylingen', 'Katwijk']),
  Lisse: /* @__PURE__ */ Object.freeze(['Noordwijk', 'Hillegom', 'Teylingen', 'Katwijk']),
  Katwijk: /* @__PURE__ */ Object.freeze(['Teylingen', 'Noordwijk', 'Lisse', 'Hillegom']),
  Teylingen: /* @__PURE__ */ Object.freeze(['Lisse', 'Noordwijk', 'Katwijk', 'Hillegom']),
});

/** The built-in travel model. Detour factors follow Dutch road/cycle network studies (≈1.3 for short trips). */
export const TRAVEL_MODEL: Readonly<Record<TravelMode, TravelModeModel>> = /* @__PURE__ */ Object.freeze({
  walk: /* @__PURE__ */ Object.freeze({ detour: 1.3, kmPerHour: 5, overheadMinutes: 0 }),
  bike: /* @__PURE__ */ Object.freeze({ detour: 1.3, kmPerHour: 15, overheadMinutes: 0 }),
  ebike: /* @__PURE__ */ Object.freeze({ detour: 1.3, kmPerHour: 20, overheadMinutes: 0 }),
  transit: /* @__PURE__ */ Object.freeze({ detour: 1.4, kmPerHour: 30, overheadMinutes: 12 }),
  car: /* @__PURE__ */ Object.freeze({ detour: 1.3, kmPerHour: 50, overheadMinutes: 5 }),
});

export const DEFAULT_CONFIG = /* @__PURE__ */ Object.freeze({
  weights: DEFAULT_WEIGHTS,
  suitableScore: 0.65,
  vocabulary: /* @__PURE__ */ Object.freeze([]) as readonly VocabularyEntryInput[],
  builtinVocabulary: true,
  fallbacks: DEFAULT_FALLBACKS,
  regionTier: true,
  travelTime: undefined as TravelTimeFn | undefined,
  shortageSectors: /* @__PURE__ */ Object.freeze(['zorg', 'horeca']) as readonly Sector[],
  jobCarvingPenalty: 0.5,
  referencePoints: /* @__PURE__ */ Object.freeze({}) as Readonly<Record<string, Point>>,
  instruments: /* @__PURE__ */ Object.freeze([]) as readonly MunicipalInstrument[],
});

/** The configuration after defaults, with weights normalised to sum 1. */
export interface ResolvedConfig {
  readonly weights: Readonly<Record<Factor, number>>;
  readonly suitableScore: number;
  readonly vocabulary: readonly VocabularyEntryInput[];
  readonly builtinVocabulary: boolean;
  readonly fallbacks: Readonly<Record<string, readonly string[]>>;
  readonly regionTier: boolean;
  readonly travelTime: TravelTimeFn | undefined;
  readonly shortageSectors: readonly Sector[];
  readonly jobCarvingPenalty: number;
  readonly referencePoints: Readonly<Record<string, Point>>;
  readonly instruments: readonly MunicipalInstrument[];
}

const unit = (what: string) =>
  z
    .number({ error: `${what} must be a finite number` })
    .min(0, `${what} must be between 0 and 1`)
    .max(1, `${what} must be between 0 and 1`);

/** One entry of `config.vocabulary`; labels and synonyms are trimmed. */
export const vocabularyEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: bounded('id', 'vocabulary id').min(1, 'vocabulary id must not be empty'),
    label: bounded('label', 'vocabulary label').trim().min(1, 'vocabulary label must not be empty'),
    synonyms: z
      .array(bounded('label', 'a synonym').trim().min(1, 'a synonym must not be empty'))
      .max(MAX_ITEMS, { error: (iss) => `at most ${MAX_ITEMS} synonyms, got ${Array.isArray(iss.input) ? iss.input.length : 'more'}` })
      .optional(),
    kind: z.enum(COMPETENCE_KINDS, { error: `kind must be ${COMPETENCE_KINDS.join(' or ')}` }).optional(),
  }))();

const age = (what: string) =>
  z
    .number({ error: `${what} must be a whole number of years` })
    .int(`${what} must be a whole number of years`)
    .min(15, `${what} must be from 15 to 130`)
    .max(130, `${what} must be from 15 to 130`);

/** `config.instruments`: the municipality's own catalogue, ids unique, `minAge` ≤ `maxAge`. */
export const instrumentsSchema = /* @__PURE__ */ (() =>
  z
    .array(
      z.strictObject({
        id: bounded('id', 'instrument id').min(1, 'instrument id must not be empty'),
        label: bounded('label', 'instrument label').trim().min(1, 'instrument label must not be empty'),
        amount: z
          .number({ error: 'amount must be a finite number of euros' })
          .min(0, 'amount must not be negative')
          .max(MAX_INSTRUMENT_AMOUNT, `amount must be at most ${MAX_INSTRUMENT_AMOUNT} euros`)
          .optional(),
        conditions: z
          .strictObject({
            ladderSteps: z.array(z.literal([1, 2, 3, 4, 5, 6], { error: 'a ladder step is a whole number from 1 to 6' })).optional(),
            targetGroups: z.array(z.enum(TARGET_GROUPS, { error: (iss) => `unknown target group ${String(iss.input)}; known: ${TARGET_GROUPS.join(', ')}` })).optional(),
            minAge: age('minAge').optional(),
            maxAge: age('maxAge').optional(),
          })
          // `when`: checked even where another field of the entry is bad, so every issue comes out at once.
          .superRefine(
            (c, ctx) => {
              if (typeof c?.minAge === 'number' && typeof c.maxAge === 'number' && c.minAge > c.maxAge) {
                ctx.addIssue({ code: 'custom', path: ['maxAge'], message: `maxAge ${c.maxAge} lies below minAge ${c.minAge}`, params: { code: 'out_of_range' } });
              }
            },
            { when: () => true },
          )
          .optional(),
      }),
    )
    .max(MAX_ITEMS, { error: `at most ${MAX_ITEMS} instruments` })
    .superRefine(
      (list, ctx) => {
        const seen = new Set<string>();
        (Array.isArray(list) ? list : []).forEach((e: unknown, i) => {
          const id = typeof e === 'object' && e !== null ? (e as { id?: unknown }).id : undefined;
          if (typeof id !== 'string') return;
          if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `instrument id "${id}" occurs more than once`, params: { code: 'duplicate_id' } });
          seen.add(id);
        });
      },
      { when: () => true },
    ))();

export const configSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      weights: z
        .strictObject(
          Object.fromEntries(
            FACTORS.map((f) => [
              f,
              z
                .number({ error: `weight ${f} must be a finite number` })
                .min(0, `weight ${f} must not be negative`)
                .optional(),
            ]),
          ) as Record<Factor, z.ZodOptional<z.ZodNumber>>,
        )
        .optional(),
      suitableScore: unit('suitableScore').optional(),
      vocabulary: z.array(vocabularyEntrySchema).optional(),
      builtinVocabulary: z.boolean().optional(),
      // Names and lists are resolved to municipalities (with did-you-mean) by loadInput; here only their shape and length.
      fallbacks: z.record(bounded('municipality', 'a fallback municipality'), z.array(bounded('municipality', 'a fallback municipality'))).optional(),
      regionTier: z.boolean().optional(),
      travelTime: z.custom<TravelTimeFn>((v) => typeof v === 'function', { error: 'travelTime must be a function (from, to, mode) => minutes' }).optional(),
      shortageSectors: z.array(sectorSchema).optional(),
      jobCarvingPenalty: unit('jobCarvingPenalty').optional(),
      // Keys are resolved to municipalities (with did-you-mean) by loadInput; here the key's length and each point.
      referencePoints: z.record(bounded('municipality', 'a municipality'), locationSchema).optional(),
      locale: z.enum(['nl', 'en'], { error: "locale must be 'nl' or 'en'" }).optional(),
      instruments: instrumentsSchema.optional(),
    })
    .optional())();

let dutch: z.core.ParseContext<z.core.$ZodIssue> | undefined;

/** Parse options that put zod's own messages in `locale` for one parse, leaving zod's global config alone; undefined for English. */
export function zodParseOptions(locale: Locale | undefined): z.core.ParseContext<z.core.$ZodIssue> | undefined {
  if (locale !== 'nl') return undefined;
  dutch ??= { error: nl().localeError };
  return dutch;
}

/** Resolves a validated config against the defaults once; weights are merged, then normalised to sum 1. */
export function resolveConfig(config: MatchConfig | undefined): ResolvedConfig {
  const merged = { ...DEFAULT_WEIGHTS, ...definedOnly(config?.weights ?? {}) };
  const sum = FACTORS.reduce((s, f) => s + merged[f], 0);
  const weights = Object.freeze(Object.fromEntries(FACTORS.map((f) => [f, merged[f] / sum])) as Record<Factor, number>);
  return Object.freeze({
    weights,
    suitableScore: config?.suitableScore ?? DEFAULT_CONFIG.suitableScore,
    vocabulary: config?.vocabulary ?? DEFAULT_CONFIG.vocabulary,
    builtinVocabulary: config?.builtinVocabulary ?? DEFAULT_CONFIG.builtinVocabulary,
    fallbacks: config?.fallbacks ?? DEFAULT_CONFIG.fallbacks,
    regionTier: config?.regionTier ?? DEFAULT_CONFIG.regionTier,
    travelTime: config?.travelTime ?? DEFAULT_CONFIG.travelTime,
    shortageSectors: config?.shortageSectors ?? DEFAULT_CONFIG.shortageSectors,
    jobCarvingPenalty: config?.jobCarvingPenalty ?? DEFAULT_CONFIG.jobCarvingPenalty,
    referencePoints: config?.referencePoints ?? DEFAULT_CONFIG.referencePoints,
    instruments: config?.instruments ?? DEFAULT_CONFIG.instruments,
  });
}

function definedOnly(weights: Partial<Record<Factor, number | undefined>>): Partial<Record<Factor, number>> {
  return Object.fromEntries(Object.entries(weights).filter(([, v]) => v !== undefined)) as Partial<Record<Factor, number>>;
}
