// The three perspectives of the seeds' plan "werken, werken aan en meedoen" (seeds/001): reported and filtered on, never scored.

/** `werken`: short distance to work; `werken-aan`: longer distance, not yet work-fit; `meedoen`: exempt from work obligations. */
export const PERSPECTIVES = Object.freeze(['werken', 'werken-aan', 'meedoen'] as const);

export type Perspective = (typeof PERSPECTIVES)[number];

// Letters only: "Werken aan", "werken_aan" and "werkenaan" all read as werken-aan.
const key = (value: string): string => value.toLowerCase().replace(/[^a-z]/g, '');

/** The perspective a value spells in another way (letter case, a space for the hyphen, as the seeds write it), or undefined. */
export function readPerspective(value: unknown): Perspective | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const k = key(value);
  return PERSPECTIVES.find((p) => key(p) === k);
}

/** The message for a value that is no perspective: the known ones, and the one meant where it is a respelling or a start of one. */
export function unknownPerspectiveMessage(value: unknown, show: (v: unknown) => string): string {
  const meant = readPerspective(value) ?? (typeof value === 'string' && value.trim() !== '' ? PERSPECTIVES.find((p) => key(p).startsWith(key(value)) && key(value) !== '') : undefined);
  return `unknown perspective ${show(value)}${meant === undefined ? '' : `; did you mean "${meant}"?`} (known: ${PERSPECTIVES.join(', ')})`;
}
