// Numbers for people in the CLI's locales: one formatter for terminal tables (and, in time, the HTML report).

export type CliLocale = 'nl' | 'en';

export const CLI_LOCALES: readonly CliLocale[] = ['nl', 'en'];

/** The Intl tag behind each locale: nl-NL writes `€ 1.199.250` and `0,83`; en-GB `€1,199,250` and `0.83`. */
export const NUMBER_TAG: Readonly<Record<CliLocale, string>> = { nl: 'nl-NL', en: 'en-GB' };

export interface NumberFormats {
  /** A whole count with thousands separators. */
  readonly count: (n: number) => string;
  /** A fixed number of decimals (scores: 2). */
  readonly fixed: (n: number, digits: number) => string;
  /** Whole euros. */
  readonly euro: (n: number) => string;
  /** Euros and cents: `€ 1.234,56`. */
  readonly euroCents: (n: number) => string;
  /** Whole euros with a sign: `+€ 1.000`, `−€ 1.000`. */
  readonly signedEuro: (n: number) => string;
  /** A count with a sign, empty for none. */
  readonly signedCount: (n: number) => string;
}

// Intl puts a no-break space after € in nl; a terminal shows a plain one the same and copies it more predictably.
const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

/**
 * The number formats of a locale.
 *
 * @example
 * numberFormats('nl').euro(1199250); // '€ 1.199.250'
 * numberFormats('en').fixed(0.834, 2); // '0.83'
 */
export function numberFormats(locale: CliLocale): NumberFormats {
  const tag = NUMBER_TAG[locale];
  const whole = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const fixedBy = new Map<number, Intl.NumberFormat>();
  const euroFormat = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const euro = (n: number) => plain(euroFormat.format(Math.round(n)));
  const centsFormat = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fixed = (n: number, digits: number) => {
    let f = fixedBy.get(digits);
    if (f === undefined) {
      f = new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
      fixedBy.set(digits, f);
    }
    return f.format(n);
  };
  const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '');
  return {
    count: (n) => whole.format(n),
    fixed,
    euro,
    euroCents: (n) => plain(centsFormat.format(n)),
    signedEuro: (n) => sign(Math.round(n)) + euro(Math.abs(n)),
    signedCount: (n) => sign(n) + whole.format(Math.abs(n)),
  };
}
