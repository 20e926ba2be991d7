// The sentences of a match that belong to no single factor; each factor's own sentences live in its file (src/score/).
import type { Locale } from '../basics/locale.js';
import { FACTOR_LIST } from '../score/registry.js';

export type { Locale };

/** The knock-out sentence of a factor's code; a code no factor declares gets a generic sentence. */
export function knockoutSentence(locale: Locale, factor: string, code: string): string {
  const known = FACTOR_LIST.find((f) => f.name === factor)?.knockouts;
  return known && Object.hasOwn(known, code) ? known[code]![locale] : `${locale === 'nl' ? 'Uitgesloten' : 'Excluded'}: ${factor} ${code}.`;
}

export function missingSentence(locale: Locale, missing: readonly string[]): string {
  return locale === 'nl' ? `Ontbrekende of onbekende gegevens, neutraal gescoord: ${missing.join(', ')}.` : `Missing or unrecognised data, scored neutrally: ${missing.join(', ')}.`;
}
