const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, punctuation as single spaces, trimmed: `'Verzorgende-IG '` → `'verzorgende ig'`. */
export function normalizeLabel(value: string): string {
  return value
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Same as normalizeLabel without spaces: `'verzorgende ig'` and `'verzorgendeig'` meet here. */
export function compactLabel(value: string): string {
  return normalizeLabel(value).replace(/ /g, '');
}
