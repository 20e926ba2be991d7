// Short names of the issue and knock-out codes, per locale, for a portal that titles them in its own language.
import { isIssueCode, type IssueCode, KNOCKOUT_CODES, type KnockoutCode } from '../errors.js';
import type { Locale } from '../locale.js';
import { issueTitles as EN_ISSUES, knockoutTitles as EN_KNOCKOUTS, usage } from './en.js';
import { issueTitles as NL_ISSUES, knockoutTitles as NL_KNOCKOUTS } from './nl.js';

function checkLocale(fn: string, locale: unknown): asserts locale is Locale {
  if (locale !== 'nl' && locale !== 'en') throw new RangeError(usage.locale(fn, locale));
}

/**
 * A short name of an issue code in `locale`, e.g. for a heading over the issues of one kind.
 * Each issue's own `message` says what is wrong with which value.
 *
 * @param code - one of `ISSUE_CODES`
 * @param locale - `'nl'` (default) or `'en'`
 * @throws RangeError for a code or locale werkmatch does not know
 * @example
 * issueTitle('duplicate_id'); // 'Dubbel id'
 * issueTitle('duplicate_id', 'en'); // 'Duplicate id'
 */
export function issueTitle(code: IssueCode, locale: Locale = 'nl'): string {
  if (!isIssueCode(code)) throw new RangeError(usage.unknownCode('issueTitle', 'ISSUE_CODES', code));
  checkLocale('issueTitle', locale);
  return (locale === 'nl' ? NL_ISSUES : EN_ISSUES)[code];
}

/**
 * A short name of a knock-out code in `locale`; `explainMatch` gives the full sentence.
 *
 * @param code - one of `KNOCKOUT_CODES`
 * @param locale - `'nl'` (default) or `'en'`
 * @throws RangeError for a code or locale werkmatch does not know
 * @example
 * knockoutTitle('too_far'); // 'Te ver weg'
 */
export function knockoutTitle(code: KnockoutCode, locale: Locale = 'nl'): string {
  if (!(KNOCKOUT_CODES as readonly unknown[]).includes(code)) throw new RangeError(usage.unknownCode('knockoutTitle', 'KNOCKOUT_CODES', code));
  checkLocale('knockoutTitle', locale);
  return (locale === 'nl' ? NL_KNOCKOUTS : EN_KNOCKOUTS)[code];
}
