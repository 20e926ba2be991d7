// The sentences of a match that belong to no single factor, worded by the catalogue (src/basics/messages); each
// factor's own sentences live in its file (src/score/).
import type { KnockoutCode } from '../basics/errors.js';
import type { Locale } from '../basics/locale.js';
import { matchSentences as EN } from '../basics/messages/en.js';
import { matchSentences as NL } from '../basics/messages/nl.js';
import type { MatchSentences } from '../basics/messages/shape.js';
import { FACTOR_LIST } from '../score/registry.js';

export type { Locale };

const SENTENCES: Readonly<Record<Locale, MatchSentences>> = { nl: NL, en: EN };

/** The knock-out sentence of a factor's code; a code no factor declares gets a generic sentence. */
export function knockoutSentence(locale: Locale, factor: string, code: KnockoutCode): string {
  const known = FACTOR_LIST.find((f) => f.name === factor)?.knockouts;
  return known && Object.hasOwn(known, code) ? known[code]![locale] : SENTENCES[locale].knockout(factor, code);
}

const COMPETENCE_PATH = /^(candidate|vacancy)\.competences\[("(?:[^"\\]|\\.)*")\](\.level)?$/;

/** One `Match.missing` entry in words; a path this file does not know stays as it is. */
export function missingField(locale: Locale, path: string): string {
  const t = SENTENCES[locale];
  if (Object.hasOwn(t.fields, path)) return t.fields[path as keyof MatchSentences['fields']];
  const m = COMPETENCE_PATH.exec(path);
  if (!m) return path;
  const label = JSON.parse(m[2]!) as string;
  if (m[3]) return t.competenceLevel(label);
  return m[1] === 'candidate' ? t.candidateCompetence(label) : t.vacancyCompetence(label);
}

/** The sentence naming a match's missing or unrecognised input, each with what the score did without it. */
export function missingSentence(locale: Locale, missing: readonly string[]): string {
  return SENTENCES[locale].missing(missing.map((path) => missingField(locale, path)).join('; '));
}
