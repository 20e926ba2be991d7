import { FACTOR_LIST } from '../score/registry.js';
import { knockoutSentence, missingSentence, type Locale } from './messages.js';
import type { Match } from '../engine/types.js';
import { match as matchText, usage } from '../basics/messages/en.js';

export interface ExplainOptions {
  /** @default 'nl' */
  readonly locale?: Locale | undefined;
}

/**
 * Turns a match into sentences people can read: one per factor, one per knock-out, and one naming missing data.
 *
 * @param match - a Match from `score`, `rankCandidates` or `rankVacancies`
 * @param options - `locale`: `'nl'` (default) or `'en'`
 * @returns the sentences, factors first in the order competence, ladder, hours, travel, sector
 * @throws {RangeError} for an unknown locale
 * @example
 * declare const matcher: Matcher; // from createMatcher
 * explainMatch(matcher.score('c-1', 'v-1'), { locale: 'en' });
 * // ['Competences: 2 of the 3 competences asked present, …', 'Step 6 on the participation ladder: …', …, 'Travel time 18 min by bike (max 30), …']
 */
export function explainMatch(match: Match, options?: ExplainOptions): string[] {
  if (typeof match !== 'object' || match === null || typeof match.factors !== 'object' || match.factors === null || !Array.isArray(match.knockouts) || !Array.isArray(match.missing)) {
    throw new TypeError(matchText.notMatch(match));
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) throw new TypeError(usage.options('explainMatch', options));
  const locale = options?.locale ?? 'nl';
  if (locale !== 'nl' && locale !== 'en') throw new RangeError(usage.locale('explainMatch', locale));
  const out = [...FACTOR_LIST.map((f) => f.sentence[locale](match.factors[f.name].reason)), ...match.knockouts.map((k) => knockoutSentence(locale, k.factor, k.code))];
  if (match.missing.length > 0) out.push(missingSentence(locale, match.missing));
  return out;
}

export type { Locale };
