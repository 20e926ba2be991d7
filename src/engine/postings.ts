/**
 * An inverted index: per competence id, the candidates that can ever match (see CandidateGrid) and have it.
 * A vacancy that requires a competence without job carving can only match candidates on that list.
 */
export interface CompetencePostings {
  /** CSR: candidates with competence id k are members[offsets[k]..offsets[k+1]], ascending. */
  readonly offsets: Int32Array;
  readonly members: Int32Array;
}

/** Builds the postings over the grid's members (candidates that can ever match). */
export function buildPostings(competenceCount: number, active: Int32Array, cCompOff: Int32Array, cCompId: Int32Array): CompetencePostings {
  const offsets = new Int32Array(competenceCount + 1);
  for (const ci of active) for (let a = cCompOff[ci]!; a < cCompOff[ci + 1]!; a++) offsets[cCompId[a]! + 1]!++;
  for (let k = 0; k < competenceCount; k++) offsets[k + 1]! += offsets[k]!;
  const fill = offsets.slice(0, competenceCount);
  const members = new Int32Array(offsets[competenceCount]!);
  const sorted = Int32Array.from(active).sort();
  for (const ci of sorted) for (let a = cCompOff[ci]!; a < cCompOff[ci + 1]!; a++) members[fill[cCompId[a]!]!++] = ci;
  return { offsets, members };
}

/**
 * The shortest posting list among the competences vacancy `vi` requires, as [from, to) into members;
 * undefined when it requires none or accepts job carving (then a missing competence is no knock-out).
 */
export function requiredPosting(
  postings: CompetencePostings,
  vi: number,
  v: { readonly vCompOff: Int32Array; readonly vCompId: Int32Array; readonly vCompRequired: Uint8Array; readonly vCarving: Uint8Array },
): [number, number] | undefined {
  if (v.vCarving[vi] === 1) return undefined;
  let best: [number, number] | undefined;
  for (let j = v.vCompOff[vi]!; j < v.vCompOff[vi + 1]!; j++) {
    if (v.vCompRequired[j] !== 1) continue;
    const id = v.vCompId[j]!;
    const from = postings.offsets[id]!;
    const to = postings.offsets[id + 1]!;
    if (!best || to - from < best[1] - best[0]) best = [from, to];
  }
  return best;
}
