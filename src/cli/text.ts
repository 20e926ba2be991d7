// The command line's sentences around its tables, in the table's language (--locale; the JSON and CSV keep codes).
import type { CliLocale } from './format.js';

type Kind = 'candidates' | 'vacancies' | 'config' | 'vocabulary';

interface CliText {
  readonly tiers: { readonly home: string; readonly fallback: string; readonly region: string; readonly outside: string };
  readonly kinds: { readonly [K in Kind]: string };
  readonly strategies: { readonly optimal: string; readonly stable: string; readonly greedy: string };
  /** Travel modes as a table cell shows them after the minutes. */
  readonly modes: { readonly walk: string; readonly bike: string; readonly ebike: string; readonly transit: string; readonly car: string };
  readonly best: (n: number, forVacancy: boolean, id: string) => string;
  readonly none: (forVacancy: boolean, id: string) => string;
  readonly allValid: string;
  /** `n` formatted as the table's numbers. */
  readonly issuesOnStderr: (n: string, one: boolean) => string;
  readonly assigned: (strategy: string, filled: string, positions: string, total: string, exact: boolean) => string;
  readonly byTier: (home: string, fallback: string, region: string, unplaced: string) => string;
  readonly open: (list: string) => string;
  readonly reportWritten: (path: string) => string;
}

export const CLI_TEXT: Readonly<Record<CliLocale, CliText>> = {
  nl: {
    tiers: { home: 'eigen gemeente', fallback: 'terugvalgemeente', region: 'regio', outside: 'buiten de regio' },
    kinds: { candidates: 'kandidaten', vacancies: 'vacatures', config: 'configuratie', vocabulary: 'vocabulaire' },
    strategies: { optimal: 'Optimale', stable: 'Stabiele', greedy: 'Gretige' },
    modes: { walk: 'lopen', bike: 'fiets', ebike: 'e-bike', transit: 'ov', car: 'auto' },
    best: (n, forVacancy, id) =>
      forVacancy ? `${n} ${n === 1 ? 'beste kandidaat' : 'beste kandidaten'} voor vacature ${id}:` : `${n} ${n === 1 ? 'beste vacature' : 'beste vacatures'} voor kandidaat ${id}:`,
    none: (forVacancy, id) => (forVacancy ? `Geen geschikte kandidaat voor vacature ${id}.` : `Geen geschikte vacature voor kandidaat ${id}.`),
    allValid: 'Alle invoer is geldig.',
    issuesOnStderr: (n, one) => `${n} ${one ? 'probleem' : 'problemen'}, elk op stderr als BESTAND:REGEL veld: melding.`,
    assigned: (strategy, filled, positions, total, exact) => `${strategy} toewijzing: ${filled} van ${positions} plaatsen gevuld, totale score ${total}${exact ? '' : ' (niet bewezen optimaal)'}.`,
    byTier: (home, fallback, region, unplaced) => `Naar herkomst: eigen gemeente ${home}, terugvalgemeente ${fallback}, regio ${region}. Niet geplaatste kandidaten: ${unplaced}.`,
    open: (list) => `Open: ${list}`,
    reportWritten: (path) => `Rapport geschreven naar ${path}.`,
  },
  en: {
    tiers: { home: 'home', fallback: 'fallback', region: 'region', outside: 'outside' },
    kinds: { candidates: 'candidates', vacancies: 'vacancies', config: 'config', vocabulary: 'vocabulary' },
    strategies: { optimal: 'Optimal', stable: 'Stable', greedy: 'Greedy' },
    modes: { walk: 'walk', bike: 'bike', ebike: 'e-bike', transit: 'transit', car: 'car' },
    best: (n, forVacancy, id) => (forVacancy ? `${n} best ${n === 1 ? 'candidate' : 'candidates'} for vacancy ${id}:` : `${n} best ${n === 1 ? 'vacancy' : 'vacancies'} for candidate ${id}:`),
    none: (forVacancy, id) => (forVacancy ? `No suitable candidate for vacancy ${id}.` : `No suitable vacancy for candidate ${id}.`),
    allValid: 'All input is valid.',
    issuesOnStderr: (n, one) => `${n} issue${one ? '' : 's'}, each on stderr as FILE:LINE field: message.`,
    assigned: (strategy, filled, positions, total, exact) => `${strategy} assignment: ${filled} of ${positions} positions filled, total score ${total}${exact ? '' : ' (not proven optimal)'}.`,
    byTier: (home, fallback, region, unplaced) => `By tier: home ${home}, fallback ${fallback}, region ${region}. Unplaced candidates: ${unplaced}.`,
    open: (list) => `Open: ${list}`,
    reportWritten: (path) => `Report written to ${path}.`,
  },
};
