import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, type CandidateInput, type VacancyInput } from '../../src/index.js';
import { levelCredit } from '../../src/score/competence.js';

type Asked = VacancyInput['competences'][number];
type Held = CandidateInput['competences'][number];

// Both records on one point, so that only competences can be missing.
const here = { lat: 52.2406, lon: 4.4464 };

const candidate = (id: string, competences: Held[]): CandidateInput => ({
  id,
  municipality: 'Noordwijk',
  location: here,
  ladderStep: 6,
  competences,
  hours: { min: 24, max: 32 },
  travel: { maxMinutes: 30, modes: ['bike'] },
  sectors: { preferred: ['horeca'] },
});

const vacancy = (competences: Asked[], over: Partial<VacancyInput> = {}): VacancyInput => ({
  id: 'v1',
  employerId: 'w1',
  municipality: 'Noordwijk',
  location: here,
  sector: 'horeca',
  competences,
  hours: { min: 24, max: 36 },
  ...over,
});

/** The competence factor of candidate c1 (holding `held`) on a vacancy asking `asked`. */
function competenceOf(held: Held[], asked: Asked[], over: Partial<VacancyInput> = {}) {
  const m = createMatcher({ candidates: [candidate('c1', held)], vacancies: [vacancy(asked, over)] }).score('c1', 'v1');
  return { score: m.factors.competence.score, eligible: m.eligible, knockouts: m.knockouts, missing: m.missing, reason: m.factors.competence.reason };
}

describe('occupational and transversal competences', () => {
  it('weighs a transversal competence half an occupational one unless the vacancy gives a weight', () => {
    // Barista (occupational, 1) and Dutch B1 (transversal, 0.5): the trade alone covers 1 / 1.5.
    expect(competenceOf(['Barista'], ['Barista', 'Nederlandse taal B1']).score).toBeCloseTo(2 / 3, 12);
    expect(competenceOf(['Nederlands B1'], ['Barista', 'Nederlandse taal B1']).score).toBeCloseTo(1 / 3, 12);
    expect(competenceOf(['Nederlands B1'], ['Barista', { label: 'Nederlandse taal B1', weight: 1 }]).score).toBeCloseTo(1 / 2, 12);
  });

  it('ranks the candidate with the trade above the one with only the language', () => {
    const m = createMatcher({
      candidates: [candidate('a-taal', ['Nederlands B1']), candidate('b-barista', ['Barista'])],
      vacancies: [vacancy(['Barista', 'Nederlandse taal B1'])],
    });
    expect(m.rankCandidates('v1', { minScore: 0 }).map((r) => r.candidateId)).toEqual(['b-barista', 'a-taal']);
  });

  it('keeps a required transversal competence a knock-out', () => {
    const r = competenceOf(['Barista'], ['Barista', { label: 'VCA', required: true }]);
    expect(r.eligible).toBe(false);
    expect(r.knockouts).toEqual([{ factor: 'competence', code: 'missing_required' }]);
  });
});

describe('Dutch language levels', () => {
  const requiredB1: Asked[] = [{ label: 'Nederlandse taal B1', required: true }];

  it('meets a lower required level with a higher one or moedertaal, in full', () => {
    for (const held of ['Nederlands B2', 'Nederlandse taal C1', 'moedertaal Nederlands', 'Nederlands B1']) {
      expect(competenceOf([held], requiredB1)).toMatchObject({ eligible: true, score: 1 });
    }
  });

  it('knocks out a lower level than a required one, and NT2-traject, which is no level', () => {
    for (const held of ['Nederlands A2', 'NT2']) {
      expect(competenceOf([held], requiredB1).knockouts).toEqual([{ factor: 'competence', code: 'missing_required' }]);
    }
  });

  it('under job carving, counts a lower level than a required one as missing, with the penalty', () => {
    // Nothing covered, all required weight missing: 0 × (1 − 0.5).
    expect(competenceOf(['Nederlands A2'], requiredB1, { support: { jobCarving: true } })).toMatchObject({ eligible: true, score: 0 });
  });

  it('gives a lower level than an asked, not required, one the share of its CEFR level', () => {
    // A2 is level 2 and A1 level 1 of B1's 3; with Barista (1) beside Dutch (0.5).
    expect(competenceOf(['Nederlands A2'], ['Nederlandse taal B1']).score).toBeCloseTo(2 / 3, 12);
    expect(competenceOf(['Barista', 'Nederlandse taal A1'], ['Barista', 'Nederlandse taal B1']).score).toBeCloseTo((1 + 0.5 / 3) / 1.5, 12);
  });

  it('finds a higher level holder when ranking a vacancy that requires a lower one', () => {
    const m = createMatcher({ candidates: [candidate('c-b2', ['Nederlands B2']), candidate('c-a2', ['Nederlands A2'])], vacancies: [vacancy(requiredB1)] });
    expect(m.rankCandidates('v1', { minScore: 0 }).map((r) => r.candidateId)).toEqual(['c-b2']);
  });
});

describe('competence levels', () => {
  const level3: Asked[] = [{ label: 'Heftruckcertificaat', level: 3 }];

  it('credits a level below the asked one as level ÷ asked', () => {
    expect(levelCredit(2, 3)).toBeCloseTo(2 / 3, 12);
    expect(competenceOf([{ label: 'Heftruckcertificaat', level: 2 }], level3).score).toBeCloseTo(2 / 3, 12);
    expect(competenceOf([{ label: 'Heftruckcertificaat', level: 3 }], level3).score).toBe(1);
  });

  it('counts a held competence without a stated level as meeting the asked level, and lists the unknown level', () => {
    const r = competenceOf(['Heftruckcertificaat'], level3);
    expect(r.score).toBe(1);
    expect(r.missing).toContain('candidate.competences["Heftruckcertificaat"].level');
  });

  it('does not scale the credit by the candidate level where the vacancy states none, nor list a level as missing', () => {
    const r = competenceOf([{ label: 'Heftruckcertificaat', level: 1 }], ['Heftruckcertificaat']);
    expect(r.score).toBe(1);
    expect(r.missing).toEqual([]);
  });
});

describe('competence properties', () => {
  const DUTCH = ['Nederlandse taal A1', 'Nederlands A2', 'Nederlandse taal B1', 'Nederlands B2', 'Nederlandse taal C1', 'Nederlandse taal C2', 'moedertaal Nederlands'] as const;
  const asked = fc.array(
    fc.record(
      { label: fc.constantFrom(...DUTCH, 'Barista', 'Heftruckcertificaat', 'samenwerken'), required: fc.boolean(), level: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3> },
      { requiredKeys: ['label', 'required'] },
    ),
    { minLength: 1, maxLength: 3 },
  );
  const carving = fc.boolean();

  it('a higher Dutch level never scores lower nor is excluded where a lower one is not', () => {
    fc.assert(
      fc.property(asked, carving, fc.integer({ min: 0, max: DUTCH.length - 2 }), (ask, jobCarving, lower) => {
        const low = competenceOf(['Barista', DUTCH[lower]!], ask, { support: { jobCarving } });
        const high = competenceOf(['Barista', DUTCH[lower + 1]!], ask, { support: { jobCarving } });
        return (high.eligible || !low.eligible) && high.score >= low.score - 1e-12;
      }),
    );
  });

  it('leaving out a candidate level never lowers the competence score', () => {
    const held = fc.array(fc.record({ label: fc.constantFrom('Barista', 'Heftruckcertificaat', 'samenwerken'), level: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3> }), { maxLength: 3 });
    fc.assert(
      fc.property(held, asked, (h, ask) => {
        const stated = competenceOf(h, ask).score;
        const unstated = competenceOf(
          h.map((x) => x.label),
          ask,
        ).score;
        return unstated >= stated - 1e-12;
      }),
    );
  });
});
