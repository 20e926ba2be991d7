/** A single problem with the input: zod's issue shape, so zod issues map across unchanged. */
export interface MatchIssue {
  /** snake_case, e.g. `duplicate_id`, `unknown_municipality`, `invalid_type`. */
  readonly code: string;
  /** Where the problem is, e.g. `['candidates', 17, 'hours', 'max']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The one error werkmatch throws for bad input. `issues` names every bad record and field,
 * not just the first, so a portal can show them all at once.
 *
 * @example
 * try { createMatcher({ candidates: [{ id: 'c1' }], vacancies: [] }); }
 * catch (e) { if (e instanceof MatchError) for (const i of e.issues) console.log(i.path.join('.'), i.message); }
 */
export class MatchError extends Error {
  override readonly name = 'MatchError';
  readonly issues: readonly [MatchIssue, ...MatchIssue[]];

  constructor(issues: readonly [MatchIssue, ...MatchIssue[]]) {
    super(formatIssues(issues));
    this.issues = issues;
  }
}

function formatIssues(issues: readonly MatchIssue[]): string {
  const shown = issues.slice(0, 20).map((i) => `  - ${i.path.length ? i.path.join('.') : '(input)'}: ${i.message}`);
  const more = issues.length > 20 ? [`  … and ${issues.length - 20} more`] : [];
  return [`${issues.length} invalid input issue${issues.length === 1 ? '' : 's'}:`, ...shown, ...more].join('\n');
}

/** Throws a MatchError when `issues` is non-empty. */
export function throwIfIssues(issues: readonly MatchIssue[]): void {
  if (issues.length > 0) throw new MatchError(issues as [MatchIssue, ...MatchIssue[]]);
}
