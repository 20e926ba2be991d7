import { MatchError } from '../../src/basics/errors.js';

/** The `[code, ...path]` of every issue of the MatchError that `run` throws; fails when it throws nothing or something else. */
export function issuesOf(run: () => unknown): (string | number)[][] {
  try {
    run();
  } catch (e) {
    if (e instanceof MatchError) return e.issues.map(({ code, path }) => [code, ...path]);
    throw e;
  }
  throw new Error('expected a MatchError, nothing was thrown');
}
