import { describe, expect, it } from 'vitest';
import { fairnessReport, formatFairnessReport, MatchError, type FairnessCandidate, type FairnessPair } from '../../src/index.js';

// 100 women and 100 men; 40 women placed and 20 men: men are placed at half the women's rate.
// Target groups: the first 50 of each are 'regulier', the rest 'statushouder'; placements spread evenly.
const candidates: FairnessCandidate[] = Array.from({ length: 200 }, (_, i) => ({
  id: `k-${String(i).padStart(3, '0')}`,
  gender: i < 100 ? 'v' : 'm',
  targetGroups: [i % 100 < 50 ? 'regulier' : 'statushouder'],
  birthDate: i % 2 === 0 ? '2000-06-15' : '1970-01-01',
}));
const isPlaced = (i: number) => (i < 100 ? i % 5 < 2 : i % 5 === 0);
const placements: FairnessPair[] = candidates.flatMap((c, i) => (isPlaced(i) ? [{ candidateId: c.id, vacancyId: `v-${i}`, score: i < 100 ? 0.8 : 0.7 }] : []));

describe('fairnessReport on placements', () => {
  const report = fairnessReport({ candidates, placements }, { asOf: '2026-01-01' });
  const row = (dimension: string, group: string) => report.rows.find((r) => r.dimension === dimension && r.group === group);

  it('flags a group placed at half the rate of another (four-fifths rule)', () => {
    expect(row('gender', 'v')).toMatchObject({ candidates: 100, selected: 40, selectionRate: 0.4, ratio: 1, flagged: false });
    expect(row('gender', 'm')).toMatchObject({ candidates: 100, selected: 20, selectionRate: 0.2, ratio: 0.5, flagged: true });
    expect(row('gender', 'v')!.meanScore).toBeCloseTo(0.8, 12);
    expect(row('gender', 'm')!.meanScore).toBeCloseTo(0.7, 12);
    expect(report.flagged.map((r) => [r.dimension, r.group])).toEqual([['gender', 'm']]);
  });

  it('reports every dimension with hand-computed rates', () => {
    // regulier: women 0–49 (20 placed), men 100–149 (10 placed): 30 of 100; statushouder the same.
    expect(row('targetGroup', 'regulier')).toMatchObject({ candidates: 100, selected: 30, selectionRate: 0.3, ratio: 1 });
    expect(row('targetGroup', 'statushouder')).toMatchObject({ candidates: 100, selected: 30, ratio: 1, flagged: false });
    // Even indexes born 2000-06-15 (25 on 2026-01-01), odd 1970-01-01 (56): placed women i%5 ∈ {0,1}, men i%5 = 0.
    expect(row('ageBand', '<27')).toMatchObject({ candidates: 100, selected: 30 });
    expect(row('ageBand', '50+')).toMatchObject({ candidates: 100, selected: 30 });
    expect(report).toMatchObject({ basis: 'placed', k: null, threshold: 0.8, candidates: 200, selected: 60, asOf: '2026-01-01' });
    expect(report.rows.map((r) => `${r.dimension}:${r.group}`)).toEqual(['targetGroup:regulier', 'targetGroup:statushouder', 'gender:m', 'gender:v', 'ageBand:<27', 'ageBand:50+']);
  });

  it('shows absent reporting fields as an unknown group, and small groups without flagging them', () => {
    const more = [...candidates, { id: 'x-1' }, { id: 'x-2', gender: 'x' }];
    const r = fairnessReport({ candidates: more, placements }, { groups: ['gender'] });
    expect(r.rows.map((x) => [x.group, x.candidates, x.small, x.flagged])).toEqual([
      ['m', 100, false, true],
      ['v', 100, false, false],
      ['x', 1, true, false],
      ['unknown', 1, true, false],
    ]);
  });

  it('is readable as text', () => {
    const text = formatFairnessReport(report, { locale: 'en' });
    expect(text).toContain('Fairness report — placed; four-fifths rule: flagged below 0.80 × the best-served group');
    expect(text.split('\n').find((l) => l.trimStart().startsWith('m '))).toMatch(/100\s+20\s+20\.0%\s+0\.70\s+0\.50\s+FLAG$/);
    expect(text).toContain('1 group below the threshold.');
    expect(formatFairnessReport(report)).toContain('SIGNAAL');
  });
});

describe('fairnessReport on rankings', () => {
  // Two vacancies, top 2 each: v1 ranks a, b (c third); v2 ranks a, d (tie with b broken by id).
  const people: FairnessCandidate[] = [
    { id: 'a', gender: 'v' },
    { id: 'b', gender: 'm' },
    { id: 'c', gender: 'm' },
    { id: 'd', gender: 'm' },
    { id: 'e', gender: 'v' },
  ];
  const matches: FairnessPair[] = [
    { vacancyId: 'v1', candidateId: 'c', score: 0.6 },
    { vacancyId: 'v1', candidateId: 'a', score: 0.9 },
    { vacancyId: 'v1', candidateId: 'b', score: 0.8 },
    { vacancyId: 'v2', candidateId: 'a', score: 0.7 },
    { vacancyId: 'v2', candidateId: 'd', score: 0.65 },
    { vacancyId: 'v2', candidateId: 'b', score: 0.65 },
  ];

  it('selects candidates in the top k of at least one vacancy; the mean score is of each member’s best score', () => {
    const r = fairnessReport({ candidates: people, matches }, { groups: ['gender'], k: 2, minGroupSize: 1 });
    // selected: a, b (v1) and a, b (v2: b ties d at 0.65, b < d): men b of b, c, d; women a of a, e.
    expect(r.rows).toEqual([
      expect.objectContaining({ group: 'm', candidates: 3, selected: 1, selectionRate: 1 / 3, meanScore: (0.8 + 0.6 + 0.65) / 3, ratio: 2 / 3, flagged: true }),
      expect.objectContaining({ group: 'v', candidates: 2, selected: 1, selectionRate: 0.5, meanScore: 0.9, ratio: 1, flagged: false }),
    ]);
    expect(r).toMatchObject({ basis: 'top-k', k: 2, selected: 2 });
  });
});

describe('fairnessReport: bad input and options', () => {
  it('names every bad record in one MatchError', () => {
    const bad = { candidates: [{ id: 'a', birthDate: '2001-02-30' }, { id: 'a' }], placements: [{ candidateId: 'z', vacancyId: 'v', score: Number.NaN }] };
    try {
      fairnessReport(bad, { asOf: '2026-01-01' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MatchError);
      expect((e as MatchError).issues.map((i) => [i.code, ...i.path])).toEqual([
        ['invalid_date', 'candidates', 0, 'birthDate'],
        ['duplicate_id', 'candidates', 1, 'id'],
        ['unknown_candidate', 'placements', 0, 'candidateId'],
        ['invalid_score', 'placements', 0, 'score'],
      ]);
    }
  });

  it('throws a RangeError starting with the function name for misused options', () => {
    expect(() => fairnessReport({ candidates, placements })).toThrow(/^fairnessReport: asOf \('YYYY-MM-DD'\) is needed for age bands/);
    expect(() => fairnessReport({ candidates, placements }, { groups: ['religion' as never] })).toThrow(/^fairnessReport: unknown group/);
    expect(() => fairnessReport({ candidates, placements }, { groups: ['gender'], threshold: 1.5 })).toThrow(/^fairnessReport: threshold/);
    expect(() => fairnessReport({ candidates, placements }, { asOf: '2026-01-01', ageBands: [50, 27] })).toThrow(/^fairnessReport: ageBands/);
    expect(() => fairnessReport({ candidates } as never, { groups: ['gender'] })).toThrow(TypeError);
  });
});

describe('fairnessReport given an assignment alone', () => {
  it('says what it needs instead of failing deep inside', () => {
    expect(() => fairnessReport({ placements: [] } as never, { asOf: '2026-01-01' })).toThrow(/^fairnessReport: input.candidates/);
  });
});

describe('fairnessReport in the api.md form', () => {
  it('takes an assignment or a list of matches first and the candidates in the options', () => {
    const candidates = [
      { id: 'a', gender: 'v' },
      { id: 'b', gender: 'm' },
    ];
    const placements = [{ candidateId: 'a', vacancyId: 'v1', score: 0.8 }];
    const fromAssignment = fairnessReport({ placements }, { candidates, groups: ['gender'], minGroupSize: 1 });
    expect(fromAssignment).toEqual(fairnessReport({ candidates, placements }, { groups: ['gender'], minGroupSize: 1 }));
    expect(fromAssignment.flagged.map((r) => r.group)).toEqual(['m']);
    const fromMatches = fairnessReport(placements, { candidates, groups: ['gender'], minGroupSize: 1, k: 1 });
    expect(fromMatches.basis).toBe('top-k');
  });
});
