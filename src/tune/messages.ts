// The tuning module's messages, taken from the catalogue (src/basics/messages).
import { fairnessText as EN_FAIRNESS } from '../basics/messages/en.js';
import { fairnessText as NL_FAIRNESS } from '../basics/messages/nl.js';

export { tuneIssues as ISSUE, tuneProblems as PROBLEM, tuneUsage as USAGE } from '../basics/messages/en.js';

export const FAIRNESS_TEXT = { nl: NL_FAIRNESS, en: EN_FAIRNESS } as const;
