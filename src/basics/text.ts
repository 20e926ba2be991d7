const DIACRITICS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics or ligatures, anything but letters and digits (of any script) as single spaces, trimmed: `'Verzorgende-IG '` → `'verzorgende ig'`. */
export function normalizeLabel(value: string): string {
  return value
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Same as normalizeLabel without spaces: `'verzorgende ig'` and `'verzorgendeig'` meet here. */
export function compactLabel(value: string): string {
  return normalizeLabel(value).replace(/ /g, '');
}
