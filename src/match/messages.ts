// The sentences of a match that belong to no single factor; each factor's own sentences live in its file (src/score/).
import type { Locale } from '../basics/locale.js';
import { FACTOR_LIST } from '../score/registry.js';

export type { Locale };

/** The knock-out sentence of a factor's code; a code no factor declares gets a generic sentence. */
export function knockoutSentence(locale: Locale, factor: string, code: string): string {
  const known = FACTOR_LIST.find((f) => f.name === factor)?.knockouts;
  return known && Object.hasOwn(known, code) ? known[code]![locale] : `${locale === 'nl' ? 'Uitgesloten' : 'Excluded'}: ${factor} ${code}.`;
}

/** Input fields that can be missing, named for people, with what the score did without them. */
const FIELDS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  nl: {
    'candidate.sectors': 'sectorvoorkeur van de kandidaat (neutraal gescoord)',
    'candidate.location': 'woonadres van de kandidaat (reistijd geschat vanaf de woongemeente)',
    'vacancy.location': 'adres van de vacature (reistijd geschat naar de gemeente)',
    'vacancy.competences': 'gevraagde competenties (neutraal gescoord)',
  },
  en: {
    'candidate.sectors': "the candidate's sector preferences (scored neutrally)",
    'candidate.location': "the candidate's address (travel time estimated from the municipality)",
    'vacancy.location': "the vacancy's address (travel time estimated to the municipality)",
    'vacancy.competences': 'the competences asked (scored neutrally)',
  },
};

const COMPETENCE_PATH = /^(candidate|vacancy)\.competences\[("(?:[^"\\]|\\.)*")\](\.level)?$/;

/** One `Match.missing` entry in words; a path this file does not know stays as it is. */
export function missingField(locale: Locale, path: string): string {
  const known = FIELDS[locale][path];
  if (known !== undefined) return known;
  const m = COMPETENCE_PATH.exec(path);
  if (!m) return path;
  const label = JSON.parse(m[2]!) as string;
  if (m[3]) return locale === 'nl' ? `niveau van ${label} (telt als voldoende)` : `level of ${label} (counted as sufficient)`;
  if (m[1] === 'candidate') return locale === 'nl' ? `competentie "${label}" van de kandidaat (niet in de woordenlijst)` : `the candidate's competence "${label}" (not in the vocabulary)`;
  return locale === 'nl' ? `gevraagde competentie "${label}" (niet in de woordenlijst)` : `the asked competence "${label}" (not in the vocabulary)`;
}

/** The sentence naming a match's missing or unrecognised input, each with what the score did without it. */
export function missingSentence(locale: Locale, missing: readonly string[]): string {
  const items = missing.map((path) => missingField(locale, path)).join('; ');
  return locale === 'nl' ? `Niet opgegeven of niet herkend: ${items}.` : `Not given or not recognised: ${items}.`;
}
