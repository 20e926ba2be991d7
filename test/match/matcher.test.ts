import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distanceKm, findMunicipality, MUNICIPALITIES, withinMunicipalityKm } from '../../src/region/municipalities.js';
import { candidateJsonSchema, createMatcher, explainMatch, MatchError, safeCreateMatcher, vacancyJsonSchema, type CandidateInput, type VacancyInput } from '../../src/index.js';

const candidate = (over: Partial<CandidateInput> = {}): CandidateInput => ({
  id: 'c1',
  municipality: 'Noordwijk',
  ladderStep: 6,
  competences: ['VIG', { label: 'HACCP', level: 3 }],
  hours: { min: 24, max: 32 },
  travel: { maxMinutes: 30, modes: ['bike'] },
  sectors: { preferred: ['zorg'] },
  ...over,
});

const vacancy = (over: Partial<VacancyInput> = {}): VacancyInput => ({
  id: 'v1',
  employerId: 'w1',
  municipality: 'Noordwijk',
  sector: 'zorg',
  competences: [{ label: 'Verzorgende IG', required: true }, 'HACCP'],
  hours: { min: 24, max: 36 },
  ...over,
});

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof MatchError) return e.issues;
    throw e;
  }
  throw new Error('expected a MatchError');
};

describe('validation', () => {
  it('reports every bad record and field at once, with paths', () => {
    const issues = issuesOf(() =>
      createMatcher({
        candidates: [
          candidate(),
          candidate({ id: 'c1' }),
          { ...candidate({ id: 'c3' }), ladderStep: 7 as 6, hours: { min: 30, max: 20 } },
          candidate({ id: 'c4', municipality: 'Noordwjik', birthDate: '2025-02-30' }),
          { ...candidate({ id: 'c5' }), travel: { maxMinutes: Number.NaN, modes: ['bike'] } },
          { ...candidate({ id: 'c6' }), hours: { min: 8, max: Number.POSITIVE_INFINITY } },
        ],
        vacancies: [vacancy({ sector: 'visserij' as 'zorg' })],
      }),
    );
    const at = (path: string) => issues.filter((i) => i.path.join('.') === path);
    expect(at('candidates.1.id')[0]).toMatchObject({ code: 'duplicate_id' });
    expect(at('candidates.2.ladderStep')).toHaveLength(1);
    expect(at('candidates.2.hours.max')[0]?.message).toMatch(/30.*above.*20/);
    expect(at('candidates.3.municipality')[0]).toMatchObject({ code: 'unknown_municipality' });
    expect(at('candidates.3.municipality')[0]?.message).toContain('Noordwijk');
    expect(at('candidates.3.birthDate')[0]?.message).toContain('2025-02-30');
    expect(at('candidates.4.travel.maxMinutes')[0]?.message).toContain('NaN');
    expect(at('candidates.5.hours.max')[0]?.message).toContain('Infinity');
    expect(at('vacancies.0.sector')[0]?.message).toMatch(/unknown sector "visserij"/);
    expect(issues).toHaveLength(8);
  });

  it('rejects a bad configuration under the config path', () => {
    const issues = issuesOf(() => createMatcher({ candidates: [], vacancies: [] }, { suitableScore: 2, fallbacks: { Noordwijk: ['Atlantis'] } }));
    expect(issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['config.suitableScore', 'config.fallbacks.Noordwijk.0']));
  });

  it('rejects two vocabulary entries that claim one synonym, at the later entry', () => {
    const vocabulary = [
      { id: 'x.oud', label: 'Oud', synonyms: ['VIG'] },
      { id: 'x.nieuw', label: 'Nieuw', synonyms: ['V.I.G.'] },
    ];
    const issues = issuesOf(() => createMatcher({ candidates: [], vacancies: [] }, { vocabulary }));
    expect(issues[0]).toMatchObject({ code: 'ambiguous_synonym', path: ['config', 'vocabulary', 1, 'synonyms', 0] });
  });

  it('returns the error from safeCreateMatcher instead of throwing', () => {
    const result = safeCreateMatcher({ candidates: 'nope', vacancies: [] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]?.path).toEqual(['candidates']);
    expect(safeCreateMatcher({ candidates: [candidate()], vacancies: [vacancy()] }).success).toBe(true);
  });

  it('exports JSON Schemas for portals in other languages', () => {
    expect(candidateJsonSchema).toMatchObject({ type: 'object', required: expect.arrayContaining(['id', 'municipality', 'ladderStep']) });
    expect(vacancyJsonSchema).toMatchObject({ type: 'object', properties: { sector: { enum: expect.arrayContaining(['zorg', 'horeca']) } } });
  });

  it('throws RangeError naming the function for unknown ids', () => {
    const m = createMatcher({ candidates: [candidate()], vacancies: [vacancy()] });
    expect(() => m.score('nope', 'v1')).toThrow(/^score: unknown candidate id "nope"/);
    expect(() => m.rankCandidates('nope')).toThrow(RangeError);
    expect(() => m.rankCandidates('v1', { limit: -1 })).toThrow(/limit/);
  });
});

describe('score', () => {
  it('computes a hand-checked score for a good match', () => {
    const m = createMatcher({ candidates: [candidate({ location: { lat: 52.2706, lon: 4.4849 } })], vacancies: [vacancy({ location: { lat: 52.2706, lon: 4.4849 } })] }).score('c1', 'v1');
    // competence: VIG and HACCP both held, the vacancy states no level → 1; ladder 6 → 1; hours overlap → 1 (weight 0); travel 0 min → 1; sector preferred → 1.
    const expected = 0.45 * 1 + 0.15 * 1 + 0 * 1 + 0.25 * 1 + 0.15 * 1;
    expect(m.eligible).toBe(true);
    expect(m.score).toBeCloseTo(expected, 12);
    expect(m.tier).toBe('home');
    expect(m.factors.competence.reason).toMatchObject({
      code: 'coverage',
      matched: [
        { label: 'Verzorgende IG', credit: 1 },
        { label: 'HACCP', level: 3, credit: 1 },
      ],
    });
  });

  it('lists every knock-out, not just the first', () => {
    const m = createMatcher({
      candidates: [candidate({ ladderStep: 2, competences: [], hours: { min: 4, max: 8 }, municipality: 'Katwijk', travel: { maxMinutes: 20, modes: ['walk'] }, sectors: { excluded: ['zorg'] } })],
      vacancies: [vacancy()],
    }).score('c1', 'v1');
    expect(m.eligible).toBe(false);
    expect(m.score).toBe(0);
    expect(m.knockouts.map((k) => `${k.factor}.${k.code}`)).toEqual(['competence.missing_required', 'ladder.step_too_low', 'hours.no_overlap', 'travel.too_far', 'sector.excluded']);
    expect(m.tier).toBe('fallback');
  });

  it('knocks out a Katwijk candidate who walks at most 20 minutes to Noordwijk', () => {
    const m = createMatcher({ candidates: [candidate({ municipality: 'Katwijk', travel: { maxMinutes: 20, modes: ['walk'] } })], vacancies: [vacancy()] }).score('c1', 'v1');
    expect(m.travel.km).toBeCloseTo(9.87, 2);
    expect(m.knockouts).toEqual([{ factor: 'travel', code: 'too_far' }]);
  });

  it('never matches an exempt candidate', () => {
    const m = createMatcher({ candidates: [candidate({ exempt: true })], vacancies: [vacancy()] });
    expect(m.score('c1', 'v1').knockouts).toEqual([{ factor: 'ladder', code: 'exempt' }]);
    expect(m.rankCandidates('v1', { minScore: 0 })).toEqual([]);
    expect(m.report.exemptCandidates).toEqual(['c1']);
  });

  it('qualifies step 5 whether or not support is offered, lower where it is still to arrange', () => {
    const input = { candidates: [candidate({ ladderStep: 5 })], vacancies: [vacancy(), vacancy({ id: 'v2', support: { jobCoach: true } })] };
    const m = createMatcher(input);
    const without = m.score('c1', 'v1');
    expect(without.eligible).toBe(true);
    expect(without.factors.ladder.score).toBe(0.7);
    expect(m.score('c1', 'v2').factors.ladder.score).toBe(0.85);
    expect(explainMatch(without)).toContain(
      'Trede 5 op de participatieladder: betaald werk met ondersteuning; deze werkgever biedt die nog niet, te regelen: een jobcoach, loonkostensubsidie en de no-riskpolis.',
    );
    expect(explainMatch(without, { locale: 'en' }).some((s) => s.includes('to arrange: a job coach'))).toBe(true);
  });

  it('softens a missing required competence to a penalty under job carving', () => {
    const m = createMatcher({ candidates: [candidate({ competences: ['HACCP'] })], vacancies: [vacancy(), vacancy({ id: 'v2', support: { jobCarving: true } })] });
    expect(m.score('c1', 'v1').eligible).toBe(false);
    const carved = m.score('c1', 'v2');
    expect(carved.eligible).toBe(true);
    // coverage 1 / 2 = 0.5; all required weight missing: × (1 − 0.5) = 0.25.
    expect(carved.factors.competence.score).toBeCloseTo(0.25, 12);
  });

  it('resolves synonyms, abbreviations and misspellings once, and reports what it could not resolve', () => {
    const m = createMatcher({
      candidates: [candidate({ competences: ['verzorgnde-IG', 'Onderwaterlassen op Mars'] })],
      vacancies: [vacancy({ competences: ['VIG', 'onderwaterlassen op mars', 'kantklossen'] })],
    });
    const match = m.score('c1', 'v1');
    expect(match.factors.competence.reason).toMatchObject({ matched: [{ label: 'Verzorgende IG' }, { label: 'Onderwaterlassen op Mars' }], missing: ['kantklossen'] });
    expect(match.missing).toEqual(expect.arrayContaining(['candidate.competences["Onderwaterlassen op Mars"]', 'vacancy.competences["kantklossen"]']));
    expect(m.report.competences.bySpelling).toEqual([{ label: 'verzorgnde-IG', resolvedTo: 'Verzorgende IG', distance: 1 }]);
    expect(m.report.competences.unresolved.map((u) => u.label)).toEqual(['Onderwaterlassen op Mars', 'kantklossen']);
    expect(m.report.competences.vocabularySize).toBeGreaterThanOrEqual(150);
  });

  it('extends the vocabulary from config', () => {
    const input = { candidates: [candidate({ competences: ['bloembollen sorteren'] })], vacancies: [vacancy({ competences: ['sorteerwerk bollen'] })] };
    expect(createMatcher(input).score('c1', 'v1').factors.competence.score).toBe(0);
    const m = createMatcher(input, { vocabulary: [{ id: 'esco.sorteren', label: 'Bollen sorteren', synonyms: ['bloembollen sorteren', 'sorteerwerk bollen'] }] });
    expect(m.score('c1', 'v1').factors.competence.score).toBe(1);
  });

  it('marks absent sector preferences as missing and scores them neutrally', () => {
    const { sectors: _drop, ...noSectors } = candidate();
    const m = createMatcher({ candidates: [noSectors], vacancies: [vacancy()] }).score('c1', 'v1');
    expect(m.missing).toContain('candidate.sectors');
    expect(m.factors.sector.score).toBeCloseTo(0.6, 12); // zorg is a shortage sector
  });

  it('uses a configured travel time instead of the built-in model', () => {
    const m = createMatcher({ candidates: [candidate()], vacancies: [vacancy()] }, { travelTime: (_from, _to, mode) => (mode === 'bike' ? 12 : 99) }).score('c1', 'v1');
    expect(m.travel).toMatchObject({ minutes: 12, mode: 'bike' });
    const bad = createMatcher({ candidates: [candidate()], vacancies: [vacancy()] }, { travelTime: () => Number.NaN });
    expect(() => bad.score('c1', 'v1')).toThrow(/travelTime returned NaN/);
  });
});

describe('ranking', () => {
  const town = (id: string, municipality: string, over: Partial<CandidateInput> = {}) => candidate({ id, municipality, travel: { maxMinutes: 60, modes: ['bike', 'car'] }, ...over });

  it('orders by score, then id, and honours limit and minScore', () => {
    const m = createMatcher({
      candidates: [town('b', 'Noordwijk'), town('a', 'Noordwijk'), town('c', 'Noordwijk', { competences: ['HACCP'] })],
      vacancies: [vacancy({ competences: ['VIG', 'HACCP'] })],
    });
    expect(m.rankCandidates('v1', { minScore: 0 }).map((x) => x.candidateId)).toEqual(['a', 'b', 'c']);
    expect(m.rankCandidates('v1', { minScore: 0, limit: 1 }).map((x) => x.candidateId)).toEqual(['a']);
    const cutoff = m.score('c', 'v1').score + 1e-9;
    expect(m.rankCandidates('v1', { minScore: cutoff }).map((x) => x.candidateId)).toEqual(['a', 'b']);
  });

  it("offers a vacancy to fallback municipalities only when nobody at home is suitable ('when-none')", () => {
    const input = { candidates: [town('k1', 'Katwijk'), town('n1', 'Noordwijk', { competences: ['HACCP'] })], vacancies: [vacancy({ competences: ['VIG', 'HACCP'] })] };
    const m = createMatcher(input, { suitableScore: 0.9 });
    expect(m.rankCandidates('v1').map((x) => [x.candidateId, x.tier])).toEqual([['k1', 'fallback']]);
    expect(m.rankCandidates('v1', { minScore: 0.5 }).map((x) => x.candidateId)).toEqual(['n1']);
    expect(m.rankCandidates('v1', { minScore: 0.5, fallback: 'fill' }).map((x) => x.candidateId)).toEqual(['n1', 'k1']);
    expect(m.rankCandidates('v1', { fallback: 'off' })).toEqual([]);
  });

  it('ranks the region tier after the fallbacks and leaves other regions out', () => {
    const input = { candidates: [town('l', 'Leiden'), town('h', 'Haarlem'), town('k', 'Katwijk')], vacancies: [vacancy()] };
    const m = createMatcher(input);
    expect(m.rankCandidates('v1', { fallback: 'fill', minScore: 0 }).map((x) => [x.candidateId, x.tier])).toEqual([
      ['k', 'fallback'],
      ['l', 'region'],
    ]);
    expect(m.score('h', 'v1').tier).toBe('outside');
    expect(
      createMatcher(input, { regionTier: false })
        .rankCandidates('v1', { fallback: 'fill', minScore: 0 })
        .map((x) => x.candidateId),
    ).toEqual(['k']);
  });

  it('ranks vacancies for a candidate, with the tier from the candidate side', () => {
    const m = createMatcher({
      candidates: [town('c1', 'Lisse')],
      vacancies: [vacancy({ id: 'far', municipality: 'Maastricht' }), vacancy({ id: 'near', municipality: 'Lisse' }), vacancy({ id: 'next', municipality: 'Noordwijk' })],
    });
    expect(m.rankVacancies('c1', { minScore: 0 }).map((x) => [x.vacancyId, x.tier])).toEqual([
      ['near', 'home'],
      ['next', 'fallback'],
    ]);
  });
});

describe('travel without locations', () => {
  const within = (id: string) => withinMunicipalityKm()[findMunicipality(id)!.index]!;

  it('estimates the distance within one municipality instead of 0, says so and lists both locations as missing', () => {
    const m = createMatcher({ candidates: [candidate()], vacancies: [vacancy()] }).score('c1', 'v1');
    expect(m.travel.km).toBe(within('Noordwijk'));
    expect(m.travel.km).toBeGreaterThan(1);
    expect(m.travel.minutes).toBeCloseTo((m.travel.km * 1.3 * 60) / 15, 9);
    expect(m.factors.travel.score).toBeLessThan(1);
    expect(m.missing).toEqual(['candidate.location', 'vacancy.location']);
    expect(explainMatch(m)[3]).toMatch(/^Reistijd \d+ min per fiets \(maximaal 30\), \d+,\d km geschat \(kandidaat en vacature in dezelfde gemeente, geen locatie bekend\)\.$/);
    expect(explainMatch(m, { locale: 'en' })[3]).toContain('km estimated (candidate and vacancy in the same municipality');
  });

  it('measures from the reference point where only one location is absent, but in one municipality never below the estimate', () => {
    const here = findMunicipality('Noordwijk')!;
    // The vacancy on the reference point itself: the candidate is somewhere in Noordwijk, not on its doorstep.
    const atPoint = createMatcher({ candidates: [candidate()], vacancies: [vacancy({ location: { lat: here.lat, lon: here.lon } })] }).score('c1', 'v1');
    expect(atPoint.travel.km).toBe(within('Noordwijk'));
    expect(atPoint.missing).toEqual(['candidate.location']);
    expect(explainMatch(atPoint)[3]).toMatch(/^Reistijd \d+ min per fiets \(maximaal 30\), 2,2 km geschat \(kandidaat en vacature in dezelfde gemeente, de locatie van de kandidaat onbekend\)\.$/);
    // Farther from the point than the estimate: the straight line from the point, as before.
    const away = { lat: here.lat + 0.05, lon: here.lon };
    const far = createMatcher({ candidates: [candidate()], vacancies: [vacancy({ location: away })] }).score('c1', 'v1');
    expect(far.travel.km).toBeCloseTo(distanceKm(here.lat, here.lon, away.lat, away.lon), 9);
    expect(explainMatch(far)[3]).toContain('hemelsbreed, gerekend vanaf het midden van de woongemeente');
    // The same the other way round, and never for records in two municipalities.
    const vacancyUnknown = createMatcher({ candidates: [candidate({ location: { lat: here.lat, lon: here.lon } })], vacancies: [vacancy()] }).score('c1', 'v1');
    expect([vacancyUnknown.travel.km, vacancyUnknown.missing]).toEqual([within('Noordwijk'), ['vacancy.location']]);
    const katwijk = findMunicipality('Katwijk')!;
    const elsewhere = createMatcher({ candidates: [candidate({ municipality: 'Katwijk', location: { lat: here.lat, lon: here.lon } })], vacancies: [vacancy()] }).score('c1', 'v1');
    expect([elsewhere.travel.km, katwijk.index === here.index]).toEqual([0, false]);
  });

  it('takes half the distance to the nearest other reference point as the radius', () => {
    const noordwijk = findMunicipality('Noordwijk')!;
    const nearest = Math.min(...MUNICIPALITIES.filter((o) => o.index !== noordwijk.index).map((o) => distanceKm(noordwijk.lat, noordwijk.lon, o.lat, o.lon)));
    expect(within('Noordwijk')).toBeCloseTo(nearest / 2, 12);
    expect(MUNICIPALITIES.every((o) => withinMunicipalityKm()[o.index]! > 0)).toBe(true);
  });
});

describe('configured reference points', () => {
  const town = { lat: 52.2417, lon: 4.4286 }; // Noordwijk aan Zee, say

  it('stand in for an absent location, by name or CBS code, and set the estimated distance within the municipality', () => {
    const input = { candidates: [candidate()], vacancies: [vacancy({ location: town })] };
    const noordwijk = findMunicipality('Noordwijk')!;
    const moved = withinMunicipalityKm(new Map([[noordwijk.index, town]]))[noordwijk.index]!;
    expect(moved).not.toBe(withinMunicipalityKm()[noordwijk.index]);
    // The candidate stands on the configured point, the vacancy's location is that point: the estimate, from the moved point.
    const byName = createMatcher(input, { referencePoints: { Noordwijk: town } }).score('c1', 'v1');
    expect(byName.travel.km).toBe(moved);
    expect(explainMatch(byName)[3]).toContain('geschat (kandidaat en vacature in dezelfde gemeente, de locatie van de kandidaat onbekend)');
    expect(createMatcher(input, { referencePoints: { GM0575: town } }).score('c1', 'v1').travel.km).toBe(moved);
    expect(createMatcher({ candidates: [candidate()], vacancies: [vacancy()] }, { referencePoints: { Noordwijk: town } }).score('c1', 'v1').travel.km).toBe(moved);
  });

  it('are validated like a location, with unknown municipalities named and a did-you-mean', () => {
    const issues = issuesOf(() => createMatcher({ candidates: [], vacancies: [] }, { referencePoints: { Noordwjik: town, Lisse: { lat: 95, lon: 4.5 }, GM0575: town, Noordwijk: town } }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['unknown_municipality', 'config.referencePoints.Noordwjik'],
        ['duplicate_key', 'config.referencePoints.Noordwijk'],
      ]),
    );
    expect(issues.find((i) => i.code === 'unknown_municipality')?.message).toContain('did you mean "Noordwijk"');
    expect(issues.find((i) => i.path.join('.') === 'config.referencePoints.Lisse.lat')?.message).toBe('lat must be within -90..90');
  });
});

describe('explainMatch', () => {
  const m = createMatcher({ candidates: [candidate({ municipality: 'Katwijk', travel: { maxMinutes: 60, modes: ['walk', 'bike'] } })], vacancies: [vacancy()] }).score('c1', 'v1');

  it('gives one Dutch sentence per factor by default', () => {
    const s = explainMatch(m);
    // One per factor, and one naming the two absent locations.
    expect(s).toHaveLength(6);
    // 9.87 km × 1.3 ÷ 15 km/h = 51 minutes by bike, from the Katwijk reference point to Noordwijk's.
    expect(s[3]).toBe('Reistijd 51 min per fiets (maximaal 60), 9,9 km hemelsbreed, gerekend vanaf het midden van de woongemeente tot het midden van de gemeente van de vacature.');
    expect(s[0]).toMatch(/^Competenties: 2 van de 2 gevraagde competenties aanwezig/);
  });

  it('speaks English on request and adds a sentence per knock-out', () => {
    const ko = createMatcher({ candidates: [candidate({ municipality: 'Katwijk', travel: { maxMinutes: 20, modes: ['walk'] } })], vacancies: [vacancy()] }).score('c1', 'v1');
    const s = explainMatch(ko, { locale: 'en' });
    expect(s).toHaveLength(7);
    expect(s[3]).toMatch(/^Travel time 154 min on foot \(max 20\)/);
    expect(s[5]).toBe("Excluded: travel time above the candidate's maximum.");
    expect(() => explainMatch(ko, { locale: 'de' as 'en' })).toThrow(RangeError);
  });
});

describe('instruments on a match', () => {
  it('suggests a job coach and the wage subsidy with its amount for a step-5 candidate with a wage value', () => {
    const m = createMatcher({
      candidates: [candidate({ ladderStep: 5, wageValue: 0.5, birthDate: '1990-05-01', hours: { min: 36, max: 36 } })],
      vacancies: [vacancy({ hours: { min: 32, max: 40 }, support: { jobCoach: true, wageSubsidy: true } })],
    });
    const applied = m.instruments('c1', 'v1', { date: '2026-01-01' }).filter((s) => s.applies);
    expect(applied.map((s) => s.instrument)).toEqual(expect.arrayContaining(['jobcoach', 'loonkostensubsidie']));
    // 36 hours at wage value 0.5 on 2026-01-01: the worked example of the law, € 1,530.14 a month.
    expect(applied.find((s) => s.instrument === 'loonkostensubsidie')?.amount).toBe(1530.14);
    expect(() => m.instruments('c1', 'v1', { date: '2026-02-30' })).toThrow(RangeError);
  });

  it('names the support to arrange for step 5 where the employer offers none yet', () => {
    const m = createMatcher({
      candidates: [candidate({ ladderStep: 5, wageValue: 0.5, hours: { min: 36, max: 36 } })],
      vacancies: [vacancy({ hours: { min: 32, max: 40 } })],
    });
    const arrange = m.instruments('c1', 'v1', { date: '2026-01-01' }).filter((s) => 'toArrange' in s);
    expect(arrange.map((s) => s.instrument)).toEqual(['jobcoach', 'loonkostensubsidie', 'no-riskpolis']);
    expect(arrange.find((s) => s.instrument === 'loonkostensubsidie')?.amount).toBe(1530.14);
    expect(arrange[0]?.sentence).toBe('Jobcoach: te regelen, de kandidaat staat op trede 5 (betaald werk met ondersteuning) en deze werkgever biedt nog geen jobcoach.');
    const offered = createMatcher({ candidates: [candidate({ ladderStep: 5 })], vacancies: [vacancy({ support: { jobCoach: true } })] });
    expect(offered.instruments('c1', 'v1', { date: '2026-01-01' }).some((s) => 'toArrange' in s)).toBe(false);
  });
});

describe('validation of competence entries', () => {
  it('names the field inside a competence object rather than just the union', () => {
    const issues = issuesOf(() => createMatcher({ candidates: [candidate({ competences: ['VIG', { label: 'HACCP', level: 4 as 3 }, 7 as unknown as string] })], vacancies: [] }));
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['candidates.0.competences.1.level', 'level must be 1, 2 or 3'],
      ['candidates.0.competences.2', 'a competence is a label or { label, level? }'],
    ]);
  });
});

describe('validation found in review', () => {
  it('rejects labels without letters or digits, which would otherwise all match each other', () => {
    const issues = issuesOf(() => createMatcher({ candidates: [candidate({ competences: ['???'] })], vacancies: [vacancy({ competences: [{ label: '-', required: true }] })] }));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['candidates.0.competences.0', 'vacancies.0.competences.0.label']);
  });

  it('rejects two fallback lists for one municipality', () => {
    const issues = issuesOf(() => createMatcher({ candidates: [], vacancies: [] }, { fallbacks: { Noordwijk: ['Lisse'], GM0575: [] } }));
    expect(issues[0]).toMatchObject({ code: 'duplicate_key', path: ['config', 'fallbacks', 'GM0575'] });
  });

  it('bounds positions and rejects weights too large to add up', () => {
    expect(issuesOf(() => createMatcher({ candidates: [], vacancies: [vacancy({ positions: 2 ** 31 })] }))[0]?.path).toEqual(['vacancies', 0, 'positions']);
    expect(issuesOf(() => createMatcher({ candidates: [], vacancies: [] }, { weights: { competence: 1e308, travel: 1e308 } }))[0]).toMatchObject({ code: 'invalid_weights' });
  });

  it('does not let step 5 qualify for a vacancy that asks step 6, support or not', () => {
    const m = createMatcher({ candidates: [candidate({ ladderStep: 5 })], vacancies: [vacancy({ minLadderStep: 6, support: { jobCoach: true } })] });
    expect(m.score('c1', 'v1').knockouts).toEqual([{ factor: 'ladder', code: 'below_minimum' }]);
  });

  it('treats an implausible birth date as an unknown age for the subsidy instead of failing', () => {
    const m = createMatcher({
      candidates: [candidate({ ladderStep: 5, wageValue: 0.5, birthDate: '2030-01-01', hours: { min: 36, max: 36 } })],
      vacancies: [vacancy({ support: { wageSubsidy: true } })],
    });
    expect(m.instruments('c1', 'v1', { date: '2026-01-01' }).find((s) => s.instrument === 'loonkostensubsidie')?.amount).toBe(1530.14);
  });
});

describe('labels in other scripts', () => {
  it('keeps Arabic or Greek labels apart instead of folding them into one empty key', () => {
    const m = createMatcher({ candidates: [candidate({ competences: ['نجار'] })], vacancies: [vacancy({ competences: ['ξυλουργός'] }), vacancy({ id: 'v2', competences: ['نجار'] })] });
    expect(m.score('c1', 'v1').factors.competence.score).toBe(0);
    expect(m.score('c1', 'v2').factors.competence.score).toBe(1);
    expect(m.report.competences.unresolved.map((u) => u.label).sort()).toEqual(['ξυλουργός', 'نجار'].sort());
  });
});

describe('duplicate ids', () => {
  it('every repeat of an id is one duplicate_id naming the first entry, however many repeats (property)', () => {
    // Ids drawn from a small pool, so that repeats are common: many repeats of one id, and none at all.
    const idsArb = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(idsArb, (picks) => {
        const ids = picks.map((k) => `c${k}`);
        const result = safeCreateMatcher({ candidates: ids.map((id) => candidate({ id })), vacancies: [vacancy()] });
        const reported = result.success ? [] : result.error.issues.filter((i) => i.code === 'duplicate_id').map((i) => [i.path[1], /\[(\d+)\]$/.exec(i.message)?.[1]]);
        // The reference: a repeat is reported at its own index, naming the first index of its id.
        const expected = ids.flatMap((id, i) => (ids.indexOf(id) < i ? [[i, String(ids.indexOf(id))]] : []));
        expect(reported).toEqual(expected);
      }),
    );
  });
});

describe('a location far from its municipality', () => {
  const noordwijk = findMunicipality('Noordwijk')!;
  it('is a location_mismatch naming the distance, and says when lat and lon look swapped', () => {
    const issues = issuesOf(() =>
      createMatcher({
        candidates: [candidate({ location: { lat: noordwijk.lon, lon: noordwijk.lat } })],
        vacancies: [vacancy({ location: { lat: 53.2, lon: 5.8 } })],
      }),
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['location_mismatch', 'candidates.0.location'],
      ['location_mismatch', 'vacancies.0.location'],
    ]);
    expect(issues[0]!.message).toMatch(/^this location lies \d{4} km from Noordwijk's reference point, more than 60 km .*; lat and lon look swapped: check the coordinates, or the municipality$/);
    expect(issues[1]!.message).toMatch(/^this location lies 1\d\d km from Noordwijk's reference point, /);
    expect(issues[1]!.message).not.toMatch(/swapped/);
  });

  it('says so when the coordinates look like Rijksdriehoek meters', () => {
    const issues = issuesOf(() => createMatcher({ candidates: [candidate({ location: { lat: 474512, lon: 93210 } })], vacancies: [vacancy()] }));
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['candidates.0.location.lat', 'lat must be within -90..90; 474512 looks like a Rijksdriehoek (RD) coordinate in meters: convert it to degrees (WGS84)'],
      ['candidates.0.location.lon', 'lon must be within -180..180; 93210 looks like a Rijksdriehoek (RD) coordinate in meters: convert it to degrees (WGS84)'],
    ]);
  });

  it('holds a configured reference point to the same bound: it stands in for every record there without a location', () => {
    const issues = issuesOf(() => createMatcher({ candidates: [candidate()], vacancies: [vacancy()] }, { referencePoints: { Noordwijk: { lat: 4.43, lon: 52.24 } } }));
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([['location_mismatch', 'config.referencePoints.Noordwijk']]);
    expect(issues[0]!.message).toMatch(/lat and lon look swapped/);
  });

  it('takes the farthest corner of a municipality: a vacancy at the Maasvlakte, in Rotterdam (35 km out)', () => {
    const m = createMatcher({ candidates: [candidate()], vacancies: [vacancy({ municipality: 'Rotterdam', location: { lat: 51.965, lon: 3.975 } })] });
    expect(m.score('c1', 'v1').vacancyId).toBe('v1');
  });

  it('is reported exactly when the location lies more than 60 km from the municipality’s point (property)', () => {
    // Any municipality, any bearing, a distance on either side of 60 km (not within 0.1 km of it, where the two
    // spherical computations could round apart).
    const place = fc.record({
      m: fc.constantFrom(...MUNICIPALITIES),
      km: fc.oneof(fc.double({ min: 0, max: 59.9, noNaN: true }), fc.double({ min: 60.1, max: 400, noNaN: true })),
      bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
    });
    fc.assert(
      fc.property(place, ({ m, km, bearing }) => {
        const d = km / 6371.0088;
        const p1 = (m.lat * Math.PI) / 180;
        const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(bearing));
        const l2 = (m.lon * Math.PI) / 180 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        const location = { lat: (p2 * 180) / Math.PI, lon: (l2 * 180) / Math.PI };
        const result = safeCreateMatcher({ candidates: [candidate({ municipality: m.code, location })], vacancies: [vacancy()] });
        const codes = result.success ? [] : result.error.issues.map((i) => i.code);
        expect(codes).toEqual(km > 60 ? ['location_mismatch'] : []);
        expect(distanceKm(location.lat, location.lon, m.lat, m.lon)).toBeCloseTo(km, 6);
      }),
    );
  });
});
