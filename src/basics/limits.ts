// Bounds on input strings, checked before any fuzzy matching, and the one way a bad value (or a file path) is quoted in a message.

/** The longest string each kind of field takes; longer values are rejected before any did-you-mean runs. */
export const MAX_LENGTH = Object.freeze({
  /** Record ids, employer ids, vocabulary ids. */
  id: 200,
  /** Competence labels and synonyms. */
  label: 200,
  /** Municipality names and CBS codes (the longest real name has 29 characters). */
  municipality: 100,
  /** Sector names, travel modes, target groups and other enumerated words. */
  word: 50,
  /** Free text shown to people (a vacancy title, gender, a reporting value). */
  text: 1000,
});

/** The most entries a record's list takes (a candidate's or a vacancy's competences). */
export const MAX_ITEMS = 200;

/** How much of a bad value a message repeats. */
const SHOWN = 60;

/**
 * A bad value as a message quotes it: JSON for strings (cut after 60 characters, with the full
 * length), `typeof` for values JSON cannot show.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') {
    return value.length <= SHOWN ? JSON.stringify(value) : `${JSON.stringify(value.slice(0, SHOWN))}… (${value.length} characters)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return typeof value;
}

/** A file path as a message quotes it: whole, in JSON quotes (its end, the extension, is often the point). */
export const showPath = (path: string): string => JSON.stringify(path);

/** How deeply input may nest, counted from the argument (a record's reporting values get most of it). */
export const MAX_DEPTH = 32;
