// The command line's messages and table headers, taken from the catalogue (src/basics/messages).
import type { Locale } from '../basics/locale.js';
import { cliSentences as EN_SENTENCES, headers as EN_HEADERS } from '../basics/messages/en.js';
import { cliSentences as NL_SENTENCES, headers as NL_HEADERS } from '../basics/messages/nl.js';
import type { CliSentences, Headers } from '../basics/messages/shape.js';

export { cli as CLI, cliFiles as FILE } from '../basics/messages/en.js';

/** Table headers per locale. */
export const HEADERS: Readonly<Record<Locale, Headers>> = { en: EN_HEADERS, nl: NL_HEADERS };

/** The sentences around the tables per locale (summaries, tiers, kinds, travel modes). */
export const CLI_TEXT: Readonly<Record<Locale, CliSentences>> = { en: EN_SENTENCES, nl: NL_SENTENCES };
