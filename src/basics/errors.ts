/**
 * Every code a {@link MatchIssue} can carry: werkmatch's own and the zod issue codes that map across
 * unchanged (`invalid_type`, `too_small`, …). A portal can switch on them exhaustively.
 */
export const ISSUE_CODES = [
  // zod's codes, passed through from the input schemas
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'invalid_union',
  'invalid_element',
  'too_small',
  'too_big',
  'not_multiple_of',
  'unrecognized_keys',
  // a bad key of a record (too long, not a string); zod's own invalid_key issues are reported at their cause
  'invalid_key',
  // the shape of the input
  'not_json',
  'unreadable',
  'too_deep',
  'too_long',
  'array_hole',
  'not_integer',
  'out_of_range',
  'invalid_date',
  'invalid_year',
  'invalid_id',
  'invalid_label',
  'invalid_score',
  'invalid_factor',
  'invalid_probability',
  'missing_factor',
  'invalid_weights',
  // references between records
  'duplicate_id',
  'duplicate_key',
  'duplicate_pair',
  'unknown_candidate',
  'unknown_vacancy',
  'unknown_employer',
  'unknown_municipality',
  'location_mismatch',
  'incomparable_municipality',
  'ambiguous_synonym',
  // dates and contracts
  'end_before_start',
  'date_before_start',
  'date_out_of_range',
  'employer_mismatch',
  'contract_mismatch',
  'overlapping_employment',
  'flat_rate_expired',
  'costs_per_year',
  // files
  'invalid_json',
  'invalid_csv',
  'invalid_row',
  'invalid_header',
  'duplicate_column',
  'forbidden_column',
  'invalid_xlsx',
  'unknown_sheet',
  'invalid_cell',
  'invalid_encoding',
] as const;

/** The code of a {@link MatchIssue}, e.g. `duplicate_id`, `unknown_municipality`, `invalid_type`. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** Whether `code` is one of {@link ISSUE_CODES}. */
export const isIssueCode = (code: unknown): code is IssueCode => typeof code === 'string' && (ISSUE_CODES as readonly string[]).includes(code);

/** Every code a {@link Knockout} can carry: why a pair cannot match, one factor's reason code each. */
export const KNOCKOUT_CODES = ['missing_required', 'exempt', 'step_too_low', 'below_minimum', 'no_overlap', 'too_far', 'excluded'] as const;

/** The code of a knock-out, e.g. `too_far`, `no_overlap`. */
export type KnockoutCode = (typeof KNOCKOUT_CODES)[number];

/** A single problem with the input: zod's issue shape, so zod issues map across unchanged. */
export interface MatchIssue {
  /** snake_case, one of {@link ISSUE_CODES}. */
  readonly code: IssueCode;
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
