// The rules' messages, taken from the catalogue (src/basics/messages): input issues (English) and suggestion sentences (nl, en).
import type { Locale } from '../basics/locale.js';
import { instrumentSentences as EN, rulesUsage } from '../basics/messages/en.js';
import { instrumentSentences as NL } from '../basics/messages/nl.js';
import type { InstrumentSentences, SentenceFacts } from '../basics/messages/shape.js';

export type { Locale, SentenceFacts };
export { rulesIssues as ISSUE, rulesUsage as USAGE } from '../basics/messages/en.js';
export { formatEuro } from '../basics/messages/format.js';

const SENTENCES: Readonly<Record<Locale, InstrumentSentences>> = { nl: NL, en: EN };

/** The sentence for `key` (`instrument.reason`) in `locale`. */
export function sentence(locale: Locale, key: string, facts: SentenceFacts): string {
  const table: Readonly<Record<string, ((facts: SentenceFacts) => string) | undefined>> = SENTENCES[locale];
  const template = Object.hasOwn(table, key) ? table[key] : undefined;
  if (!template) throw new RangeError(rulesUsage.noSentence(locale, key));
  return template(facts);
}
