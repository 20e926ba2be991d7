/** What each strategy hands back: the vacancy of each candidate index (or -1) and the pair's score. */
export interface RawAssignment {
  readonly vacancyOf: Int32Array;
  readonly scoreOf: Float64Array;
  /** Proven to hold over every acceptable pair, not only the candidate lists searched. */
  readonly exact: boolean;
}

export function emptyAssignment(nCandidates: number): { vacancyOf: Int32Array; scoreOf: Float64Array } {
  return { vacancyOf: new Int32Array(nCandidates).fill(-1), scoreOf: new Float64Array(nCandidates) };
}
