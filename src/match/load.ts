import type { z } from 'zod';
import { configSchema, DEFAULT_WEIGHTS, resolveConfig, FACTORS, type MatchConfig, type ResolvedConfig } from '../config.js';
import type { MatchIssue } from '../errors.js';
import { closestMunicipalityNames, findMunicipality, type Municipality } from '../region/municipalities.js';
import { candidateSchema, vacancySchema, type Candidate, type Vacancy } from '../schema/records.js';

/** The input of createMatcher: raw records, validated before anything is built. */
export interface MatchInput {
  readonly candidates: readonly unknown[];
  readonly vacancies: readonly unknown[];
}

/** Validated records with their municipalities resolved. */
export interface LoadedInput {
  readonly candidates: readonly Candidate[];
  readonly vacancies: readonly Vacancy[];
  readonly candidateMunicipalities: readonly Municipality[];
  readonly vacancyMunicipalities: readonly Municipality[];
  /** Vacancy municipality index → its fallback municipality indexes, in order. */
  readonly fallbacks: ReadonlyMap<number, readonly number[]>;
  readonly config: ResolvedConfig;
}

/** Maps zod issues to MatchIssues under a path prefix (shared by createMatcher and the file readers). */
export const mapZodIssues = (prefix: readonly (string | number)[], issues: readonly z.core.$ZodIssue[], out: MatchIssue[]): void => {
  for (const i of issues) {
    const path = [...prefix, ...(i.path as (string | number)[])];
    // A union (label or object) that failed on a field inside the object: report that field, not just "invalid union".
    const inner = i.code === 'invalid_union' ? i.errors.find((option) => option.length > 0 && option.every((e) => e.path.length > 0)) : undefined;
    if (inner) mapZodIssues(path, inner, out);
    else out.push({ code: i.code === 'custom' ? 'invalid_value' : i.code, path, message: i.message });
  }
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Finds a municipality, or records an `unknown_municipality` issue naming the closest names. */
export function resolveMunicipality(value: unknown, path: (string | number)[], issues: MatchIssue[]): Municipality | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const m = findMunicipality(value);
  if (!m) {
    issues.push({
      code: 'unknown_municipality',
      path,
      message: `unknown municipality ${JSON.stringify(value)}; did you mean ${closestMunicipalityNames(value).map((n) => JSON.stringify(n)).join(', ')}?`,
    });
  }
  return m;
}

/**
 * Validates everything (records, ids, municipalities, config) and returns the parsed input, or
 * every issue found. Nothing is built while any issue remains.
 */
export function loadInput(input: unknown, config: unknown, issues: MatchIssue[]): LoadedInput | undefined {
  const parsedConfig = configSchema.safeParse(config);
  if (!parsedConfig.success) mapZodIssues(['config'], parsedConfig.error.issues, issues);
  const cfg = parsedConfig.success ? (parsedConfig.data as MatchConfig | undefined) : undefined;
  const weightSum = cfg?.weights ? FACTORS.reduce((sum, f) => sum + (cfg.weights?.[f] ?? DEFAULT_WEIGHTS[f]), 0) : 1;
  if (weightSum === 0) issues.push({ code: 'invalid_weights', path: ['config', 'weights'], message: 'the weights sum to 0; at least one factor needs a positive weight' });
  if (!Number.isFinite(weightSum)) issues.push({ code: 'invalid_weights', path: ['config', 'weights'], message: 'the weights are too large to add up; use relative weights such as 0.4' });

  // Fallback names are checked even when another config field is bad, so every issue is reported at once.
  const fallbacks = new Map<number, number[]>();
  const rawFallbacks = isRecord(config) && isRecord(config['fallbacks']) ? config['fallbacks'] : undefined;
  if (rawFallbacks) {
    for (const [key, value] of Object.entries(rawFallbacks)) {
      const list = Array.isArray(value) ? value : [];
      const home = resolveMunicipality(key, ['config', 'fallbacks', key], issues);
      const resolved = list.map((name, i) => resolveMunicipality(name, ['config', 'fallbacks', key, i], issues));
      if (home && fallbacks.has(home.index)) issues.push({ code: 'duplicate_key', path: ['config', 'fallbacks', key], message: `${JSON.stringify(key)} names ${home.name} again: give each municipality one fallback list` });
      else if (home) fallbacks.set(home.index, resolved.filter((m): m is Municipality => m !== undefined && m.index !== home.index).map((m) => m.index));
    }
  }

  if (!isRecord(input)) {
    issues.push({ code: 'invalid_type', path: [], message: 'input must be an object { candidates: [...], vacancies: [...] }' });
    return undefined;
  }
  const rawCandidates = input['candidates'];
  const rawVacancies = input['vacancies'];
  if (!Array.isArray(rawCandidates)) issues.push({ code: 'invalid_type', path: ['candidates'], message: 'candidates must be an array' });
  if (!Array.isArray(rawVacancies)) issues.push({ code: 'invalid_type', path: ['vacancies'], message: 'vacancies must be an array' });
  for (const key of Object.keys(input)) {
    if (key !== 'candidates' && key !== 'vacancies') issues.push({ code: 'unrecognized_keys', path: [key], message: `unknown input field ${JSON.stringify(key)}` });
  }

  const candidates = parseAll('candidates', Array.isArray(rawCandidates) ? rawCandidates : [], candidateSchema, issues);
  const vacancies = parseAll('vacancies', Array.isArray(rawVacancies) ? rawVacancies : [], vacancySchema, issues);
  const candidateMunicipalities = candidates.map((c, i) => resolveMunicipality(c.raw['municipality'], ['candidates', i, 'municipality'], issues));
  const vacancyMunicipalities = vacancies.map((v, i) => resolveMunicipality(v.raw['municipality'], ['vacancies', i, 'municipality'], issues));

  if (issues.length > 0) return undefined;
  const resolved = resolveConfig(cfg);
  if (!cfg?.fallbacks) {
    for (const [key, list] of Object.entries(resolved.fallbacks)) {
      fallbacks.set(findMunicipality(key)!.index, list.map((n) => findMunicipality(n)!.index));
    }
  }
  return {
    candidates: candidates.map((c) => c.value!),
    vacancies: vacancies.map((v) => v.value!),
    candidateMunicipalities: candidateMunicipalities as Municipality[],
    vacancyMunicipalities: vacancyMunicipalities as Municipality[],
    fallbacks,
    config: resolved,
  };
}

function parseAll<T>(
  kind: 'candidates' | 'vacancies',
  raw: readonly unknown[],
  schema: z.ZodType<T>,
  issues: MatchIssue[],
): { raw: Record<string, unknown>; value: T | undefined }[] {
  const firstAt = new Map<string, number>();
  return raw.map((record, i) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) mapZodIssues([kind, i], parsed.error.issues, issues);
    const rec = isRecord(record) ? record : {};
    const id = rec['id'];
    if (typeof id === 'string' && id !== '') {
      const first = firstAt.get(id);
      if (first === undefined) firstAt.set(id, i);
      else issues.push({ code: 'duplicate_id', path: [kind, i, 'id'], message: `duplicate id ${JSON.stringify(id)}: also ${kind}[${first}]` });
    }
    return { raw: rec, value: parsed.success ? parsed.data : undefined };
  });
}
