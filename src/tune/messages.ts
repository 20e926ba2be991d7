// Every sentence the tuning module shows to people, in one place.
import type { Factor } from '../schema/config.js';
import { showValue as show } from '../basics/limits.js';

export const ISSUE = {
  notObject: 'must be an object',
  label: (v: unknown) => `label must be 0 or 1, got ${show(v)}`,
  score: (v: unknown) => `score must be a finite number, got ${show(v)}`,
  id: (field: string, v: unknown) => `${field} must be a non-empty string, got ${show(v)}`,
  missingFactor: (f: Factor) => `factor ${f} is missing`,
  factor: (f: Factor, v: unknown) => `factor ${f} must be a finite number between 0 and 1, got ${show(v)}`,
  duplicatePair: (first: number) => `the same vacancy and candidate as example ${first}`,
  unknownCandidate: (id: unknown) => `unknown candidate ${show(id)}`,
  duplicateCandidate: (first: number) => `the same id as candidate ${first}`,
  text: (field: string, v: unknown) => `${field} must be a string, got ${show(v)}`,
  birthDate: (v: unknown) => `birthDate must be a 'YYYY-MM-DD' date, got ${show(v)}`,
} as const;

export const PROBLEM = {
  constantLabel: (positives: number, negatives: number) => `every example has the same label (${positives} placed, ${negatives} not): there is nothing to learn from`,
  constantFactor: (f: Factor, value: number) => `factor ${f} is ${value} in every example, so its weight cannot be told apart from the intercept`,
  collinear: (fs: readonly Factor[]) => `factors ${fs.join(', ')} move together exactly (collinear), so the data cannot divide the weight between them`,
  separation: (fs: readonly Factor[]) =>
    `${fs.join(', ')} ${fs.length === 1 ? 'separates' : 'separate'} the labels perfectly (or for a subset of the examples), so the coefficients grow without bound; pass l2 > 0 or add outcomes`,
  notConverged: (n: number) => `no convergence after ${n} iterations`,
  noPositive: 'no factor has a positive coefficient: higher scores do not go with more placements in these outcomes',
} as const;

export const FAIRNESS_TEXT = {
  nl: {
    title: 'Fairnessrapport',
    basisPlaced: 'geplaatst',
    basisTopK: (k: number) => `in de top ${k} van een vacature`,
    rule: (t: string) => `vier-vijfderegel: signaal onder ${t} × de best bediende groep`,
    header: ['groep', 'kandidaten', 'geselecteerd', 'aandeel', 'gem. score', 'ratio'],
    dimensions: { targetGroup: 'doelgroep', gender: 'geslacht', ageBand: 'leeftijd' },
    flag: 'SIGNAAL',
    small: 'kleine groep',
    unknown: 'onbekend',
    none: 'Geen groep onder de drempel.',
    flagged: (n: number) => `${n} ${n === 1 ? 'groep' : 'groepen'} onder de drempel.`,
  },
  en: {
    title: 'Fairness report',
    basisPlaced: 'placed',
    basisTopK: (k: number) => `in the top ${k} of a vacancy`,
    rule: (t: string) => `four-fifths rule: flagged below ${t} × the best-served group`,
    header: ['group', 'candidates', 'selected', 'rate', 'mean score', 'ratio'],
    dimensions: { targetGroup: 'target group', gender: 'gender', ageBand: 'age band' },
    flag: 'FLAG',
    small: 'small group',
    unknown: 'unknown',
    none: 'No group below the threshold.',
    flagged: (n: number) => `${n} ${n === 1 ? 'group' : 'groups'} below the threshold.`,
  },
} as const;
