// The message catalogue: both locales fill every sentence, and every code the library emits is one of its unions.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as en from '../../src/basics/messages/en.js';
import * as nl from '../../src/basics/messages/nl.js';
import { HEADER_KEYS, INSTRUMENT_SENTENCE_KEYS, type SentenceFacts } from '../../src/basics/messages/shape.js';
import {
  createMatcher,
  durability,
  fitWeights,
  ISSUE_CODES,
  type IssueCode,
  issueTitle,
  KNOCKOUT_CODES,
  type KnockoutCode,
  knockoutTitle,
  type Locale,
  MatchError,
  safeCreateMatcher,
  suggestInstruments,
  wageCostSubsidy,
} from '../../src/index.js';
import { readRecords } from '../../src/node/index.js';
import { FACTOR_LIST, type RegisteredFactor } from '../../src/score/registry.js';

const LOCALES: readonly Locale[] = ['nl', 'en'];
const CATALOGUES = { nl, en } as const;
const NL_AREAS: Readonly<Record<string, object>> = { ...nl };
const EN_AREAS: Readonly<Record<string, object>> = { ...en };

const sorted = (keys: Iterable<string>): string[] => [...keys].sort();

/** A sentence worth showing: a string with more than white space in it. */
const expectSentence = (text: unknown, where: string): void => {
  expect(typeof text, where).toBe('string');
  expect((text as string).trim().length, where).toBeGreaterThan(0);
};

describe('the catalogue of each locale', () => {
  const facts: SentenceFacts = { amount: 1234.5, wageValue: 0.6, hoursPerWeek: 24, assumedAdult: true, baseMonths: 2, extensionMonths: 4, years: 5, label: 'Taalcoach' };

  it.each(LOCALES)('%s words every instrument outcome', (locale) => {
    const table = CATALOGUES[locale].instrumentSentences;
    expect(sorted(Object.keys(table))).toEqual(sorted(INSTRUMENT_SENTENCE_KEYS));
    for (const key of INSTRUMENT_SENTENCE_KEYS) expectSentence(table[key](facts), `${locale} ${key}`);
  });

  it.each(LOCALES)('%s names every table header, issue code and knock-out code', (locale) => {
    const c = CATALOGUES[locale];
    expect(sorted(Object.keys(c.headers))).toEqual(sorted(HEADER_KEYS));
    expect(sorted(Object.keys(c.issueTitles))).toEqual(sorted(ISSUE_CODES));
    expect(sorted(Object.keys(c.knockoutTitles))).toEqual(sorted(KNOCKOUT_CODES));
    for (const [key, text] of [...Object.entries(c.headers), ...Object.entries(c.issueTitles), ...Object.entries(c.knockoutTitles)]) expectSentence(text, `${locale} ${key}`);
  });

  it.each(LOCALES)('%s words the match and fairness sentences', (locale) => {
    const m = CATALOGUES[locale].matchSentences;
    for (const [path, text] of Object.entries(m.fields)) expectSentence(text, `${locale} ${path}`);
    for (const text of [m.knockout('travel', 'too_far'), m.competenceLevel('HACCP'), m.candidateCompetence('lasser'), m.vacancyCompetence('lasser'), m.missing('x')]) expectSentence(text, locale);
    const f = CATALOGUES[locale].fairnessText;
    for (const text of [f.title, f.basisPlaced, f.basisTopK(10), f.rule('0,8'), ...f.header, ...Object.values(f.dimensions), f.flag, f.small, f.unknown, f.none, f.flagged(1), f.flagged(2)]) {
      expectSentence(text, locale);
    }
  });

  it('gives both locales the same areas and keys, in their own words', () => {
    for (const area of ['instrumentSentences', 'matchSentences', 'fairnessText', 'headers', 'issueTitles', 'knockoutTitles'] as const) {
      expect(sorted(Object.keys(NL_AREAS[area]!)), area).toEqual(sorted(Object.keys(EN_AREAS[area]!)));
    }
    const differ = ISSUE_CODES.filter((c) => (nl.issueTitles[c] as string) !== en.issueTitles[c]);
    expect(differ).toEqual([...ISSUE_CODES]);
  });

  it('has no empty fixed message in the English-only areas', () => {
    const areas = Object.entries(en).filter(([name]) => !(name in nl));
    expect(areas.length).toBeGreaterThan(10);
    for (const [name, area] of areas) {
      for (const [key, value] of Object.entries(area as object)) {
        if (typeof value === 'string') expectSentence(value, `${name}.${key}`);
        else expect(typeof value, `${name}.${key}`).toBe('function');
      }
    }
  });
});

describe('issueTitle and knockoutTitle', () => {
  it('name each code in Dutch by default and in English on request', () => {
    for (const code of ISSUE_CODES) {
      expect(issueTitle(code)).toBe(nl.issueTitles[code]);
      expect(issueTitle(code, 'en')).toBe(en.issueTitles[code]);
    }
    for (const code of KNOCKOUT_CODES) expect(knockoutTitle(code, 'en')).toBe(en.knockoutTitles[code]);
  });

  it('reject a code or locale they do not know', () => {
    expect(() => issueTitle('nope' as IssueCode)).toThrow(/^issueTitle: code must be one of ISSUE_CODES, got "nope"$/);
    expect(() => issueTitle('toString' as IssueCode)).toThrow(RangeError);
    expect(() => knockoutTitle('duplicate_id' as KnockoutCode)).toThrow(/^knockoutTitle: code/);
    expect(() => issueTitle('duplicate_id', 'de' as Locale)).toThrow(/^issueTitle: locale must be 'nl' or 'en', got "de"$/);
  });
});

/** The codes of the MatchError `fn` throws (it must throw one). */
function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof MatchError)) throw e;
    for (const issue of e.issues) expectSentence(issue.message, issue.code);
    return e.issues.map((i) => i.code);
  }
  throw new Error('expected a MatchError');
}

const candidate = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  municipality: 'Noordwijk',
  ladderStep: 6,
  competences: ['VIG'],
  hours: { min: 24, max: 32 },
  travel: { maxMinutes: 30, modes: ['bike'] },
  ...over,
});
const vacancy = (over: Record<string, unknown> = {}) => ({
  id: 'v1',
  employerId: 'w1',
  municipality: 'Noordwijk',
  sector: 'zorg',
  competences: [{ label: 'Verzorgende IG', required: true }],
  hours: { min: 24, max: 36 },
  ...over,
});

describe('the codes werkmatch emits', () => {
  it('are all in ISSUE_CODES, for a corpus of bad input across the entries', async () => {
    const matcherIssues = (input: unknown, config?: unknown): string[] => {
      const r = safeCreateMatcher(input, config);
      if (r.success) throw new Error('expected invalid input');
      return r.error.issues.map((i) => i.code);
    };
    const emitted = [
      ...matcherIssues({
        candidates: [
          candidate(),
          candidate(),
          candidate({ id: 'c2', municipality: 'Leidn', ladderStep: 9, hours: { min: 30, max: 20 } }),
          { id: 'c3' },
          candidate({ id: 'c4', reporting: { big: 10n, when: new Date(0) }, color: 'blue' }),
          candidate({ id: 'x'.repeat(500) }),
          JSON.parse('{"id":"c5","__proto__":1}'),
          candidate({ id: 'c6', travel: { maxMinutes: Number.NaN, modes: ['teleport'] }, sectors: { preferred: ['y'.repeat(80)] } }),
        ],
        vacancies: [vacancy({ sector: 'ruimtevaart', hours: { min: 'x' } }), vacancy({ id: 'v2', competences: [null] })],
      }),
      ...matcherIssues({ candidates: [candidate()], vacancies: [vacancy()] }, { weights: { competence: 0, ladder: 0, hours: 0, travel: 0, sector: 0 } }),
      ...matcherIssues({ candidates: [candidate()], vacancies: [vacancy()] }, { fallbacks: { Noordwijk: ['Katwijk'], GM0575: ['Lisse'] }, unknownKey: 1 }),
      ...codesOf(() => wageCostSubsidy({ wageValue: 2, hoursPerWeek: -1, date: '2026-02-30' } as never)),
      ...codesOf(() =>
        durability(
          [
            { employerId: 'e1', start: '2025-01-01', end: '2024-01-01' },
            { employerId: 'e2', start: 'x' },
          ] as never,
          { asOf: '2026-01-01' },
        ),
      ),
      ...codesOf(() => suggestInstruments({ ladderStep: 'high', wageValue: -1 } as never)),
      ...codesOf(() => fitWeights([{ label: 2, factors: { competence: 2 } }, { label: 1 }] as never)),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'werkmatch-codes-'));
    const file = join(dir, 'candidates.csv');
    writeFileSync(file, 'id,municipality,ladderStep,kleur,id\nc1,Noordwijk,zes\nc1,"Lisse\n');
    const read = await readRecords(file, { kind: 'candidates' });
    emitted.push(...read.issues.map((i) => i.code));

    const unknown = [...new Set(emitted)].filter((c) => !(ISSUE_CODES as readonly string[]).includes(c));
    expect(unknown).toEqual([]);
    // The corpus reaches many codes, so the check above checks something.
    expect(new Set(emitted).size).toBeGreaterThanOrEqual(12);
  });

  it('as knock-outs are all in KNOCKOUT_CODES, which is exactly what the factors declare', () => {
    const m = createMatcher({
      candidates: [
        candidate({ ladderStep: 2, competences: [], hours: { min: 4, max: 8 }, municipality: 'Katwijk', travel: { maxMinutes: 20, modes: ['walk'] }, sectors: { excluded: ['zorg'] } }),
        candidate({ id: 'c2', exempt: true }),
        candidate({ id: 'c3', ladderStep: 4 }),
      ],
      vacancies: [vacancy({ minLadderStep: 5 })],
    });
    const codes = ['c1', 'c2', 'c3'].flatMap((c) => m.score(c, 'v1').knockouts.map((k) => k.code));
    expect(sorted(new Set(codes))).toEqual(sorted(KNOCKOUT_CODES));
    expect(sorted(FACTOR_LIST.flatMap((f) => Object.keys(f.knockouts)))).toEqual(sorted(KNOCKOUT_CODES));

    type Declared = RegisteredFactor extends infer F ? (F extends { readonly knockouts: infer K } ? keyof K : never) : never;
    expectTypeOf<Declared>().toEqualTypeOf<KnockoutCode>();
  });
});
