// The ranking filter on perspective: a mask over candidate indexes that the scan consults, so scores never see it.
import { showValue } from '../basics/limits.js';
import { usage } from '../basics/messages/en.js';
import { PERSPECTIVES, unknownPerspectiveMessage, type Perspective } from '../basics/perspectives.js';
import type { MatchIndex } from '../engine/compile.js';

// One mask per index and set of perspectives (at most 8 sets), built on first use.
const masks = new WeakMap<MatchIndex, Map<number, Uint8Array>>();

/**
 * The candidates a `perspectives` filter keeps, as a mask by candidate index (1: kept); undefined without a filter. A candidate
 * without a perspective is left out by any filter; an empty list keeps nobody.
 *
 * @throws {TypeError} when `perspectives` is not an array; {RangeError} for an unknown perspective (with the one meant)
 */
export function perspectiveMask(fn: string, ix: MatchIndex, perspectives: readonly Perspective[] | undefined): Uint8Array | undefined {
  if (perspectives === undefined) return undefined;
  if (!Array.isArray(perspectives)) throw new TypeError(usage.perspectives(fn, perspectives));
  let bits = 0;
  for (const p of perspectives as readonly unknown[]) {
    const i = PERSPECTIVES.indexOf(p as Perspective);
    if (i < 0) throw new RangeError(`${fn}: ${unknownPerspectiveMessage(p, showValue)}`);
    bits |= 1 << i;
  }
  let byBits = masks.get(ix);
  if (byBits === undefined) {
    byBits = new Map();
    masks.set(ix, byBits);
  }
  let mask = byBits.get(bits);
  if (mask === undefined) {
    mask = new Uint8Array(ix.candidates.length);
    ix.candidates.forEach((c, ci) => {
      if (c.perspective !== undefined && (bits & (1 << PERSPECTIVES.indexOf(c.perspective))) !== 0) mask![ci] = 1;
    });
    byBits.set(bits, mask);
  }
  return mask;
}
