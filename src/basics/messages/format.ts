// How numbers appear inside sentences.
import type { Locale } from '../locale.js';

/** Formats euros the way each locale writes them: `€ 1.530,14` (nl) and `€1,530.14` (en). */
export function formatEuro(amount: number, locale: Locale): string {
  const [whole = '0', cents = '00'] = Math.abs(amount).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nl' ? '.' : ',');
  const sign = amount < 0 ? '-' : '';
  return locale === 'nl' ? `${sign}€ ${grouped},${cents}` : `${sign}€${grouped}.${cents}`;
}

/** A fraction as a percentage with at most one decimal, e.g. `42.5%`. */
export const percent = (fraction: number): string => `${Math.round(fraction * 1000) / 10}%`;
