// The demo (issue 13 §5): a one-line reason, read from the data, wherever the best candidate lacks the vacancy's trade.
import { describe, expect, it } from 'vitest';
import { coreCompetenceNote, DEMO_SEED, demoLines } from '../../src/cli/demo.js';
import { createMatcher, findMunicipality, generateSyntheticRegion, type CandidateInput, type Match, type VacancyInput } from '../../src/index.js';
import { syntheticCoreCompetence } from '../../src/synthetic/occupations.js';

const katwijk = findMunicipality('Katwijk')!;
const at = (km: number) => ({ lat: katwijk.lat + km / 111.2, lon: katwijk.lon });
const barista: VacancyInput = {
  id: 'v-1',
  employerId: 'w-1',
  title: 'Barista',
  municipality: 'Katwijk',
  location: at(0),
  sector: 'horeca',
  competences: ['Barista', 'HACCP', 'Kassawerk'],
  hours: { min: 20, max: 32 },
  support: { jobCoach: true },
};
const person = (id: string, competences: CandidateInput['competences'], more: Partial<CandidateInput> = {}): CandidateInput => ({
  id,
  municipality: 'Katwijk',
  location: at(0.2),
  ladderStep: 6,
  competences,
  hours: { min: 20, max: 32 },
  travel: { maxMinutes: 30, modes: ['bike'] },
  sectors: { preferred: ['horeca'] },
  ...more,
});
// k-1 is the best candidate everywhere below, and has no Barista.
const best = person('k-1', [
  { label: 'HACCP', level: 3 },
  { label: 'Kassawerk', level: 3 },
]);

function noteFor(candidates: CandidateInput[], vacancy: VacancyInput = barista): string | undefined {
  const matcher = createMatcher({ candidates, vacancies: [vacancy] });
  const top = matcher.rankCandidates(vacancy.id, { limit: 1 })[0];
  expect(top?.candidateId).toBe('k-1');
  return coreCompetenceNote(matcher, candidates, vacancy, top);
}

describe('coreCompetenceNote', () => {
  it('says nothing when the best candidate has the trade, or when the title is not a generated one', () => {
    const matcher = createMatcher({ candidates: [person('k-1', ['Barista'])], vacancies: [barista] });
    expect(coreCompetenceNote(matcher, [person('k-1', ['Barista'])], barista, matcher.rankCandidates('v-1')[0])).toBeUndefined();
    expect(noteFor([best], { ...barista, title: 'Koffiezetter' })).toBeUndefined();
  });

  it('says when nobody in the caseload has the trade', () => {
    expect(noteFor([best, person('k-2', ['HACCP'])])).toBe('Let op: de beste kandidaat mist de vakcompetentie Barista — geen van de 2 werkzoekenden heeft die.');
  });

  it('names the first candidate with the trade, their place and the factor they lose on', () => {
    const note = noteFor([
      best,
      person(
        'k-2',
        [
          { label: 'Barista', level: 3 },
          { label: 'HACCP', level: 3 },
        ],
        { location: at(4) },
      ),
    ]);
    expect(note).toMatch(/^Let op: de beste kandidaat mist de vakcompetentie Barista — k-2 heeft die wel en staat op plaats 2 \(score 0,\d\d, lager op reistijd\)\.$/);
  });

  it('counts why those with the trade are not ranked: each by their first knock-out', () => {
    const note = noteFor([
      best,
      person('k-2', ['Barista'], { ladderStep: 2 }),
      person('k-3', ['Barista'], { location: at(15) }),
      person('k-4', ['Barista'], { ladderStep: 3, location: at(15) }),
      person('k-5', ['Barista'], { hours: { min: 36, max: 40 } }),
    ]);
    expect(note).toBe('Let op: de beste kandidaat mist de vakcompetentie Barista — de 4 werkzoekenden die die wel hebben, vallen af: trede 1–3: 2, te ver weg: 1, uren passen niet: 1.');
  });

  it('says when the one with the trade lives in a fallback municipality the home candidates go before', () => {
    const noordwijk = findMunicipality('Noordwijk')!;
    const note = noteFor([
      best,
      person('k-2', [{ label: 'Barista', level: 3 }, 'HACCP'], { municipality: 'Noordwijk', location: { lat: noordwijk.lat, lon: noordwijk.lon }, travel: { maxMinutes: 60, modes: ['car'] } }),
    ]);
    expect(note).toBe('Let op: de beste kandidaat mist de vakcompetentie Barista — de enige werkzoekende die die wel heeft, valt af: woont in een terugvalgemeente (Katwijk gaat voor).');
  });
});

describe('demoLines', () => {
  it('is the same for the same seed', () => {
    expect(demoLines(DEMO_SEED)).toEqual(demoLines(DEMO_SEED));
  });

  it('carries a reason line under a vacancy shown exactly when its best candidate lacks the trade (seeds 2026, 1, 7)', () => {
    const holds = (m: Match, label: string) => m.factors.competence.reason.code !== 'none_asked' && m.factors.competence.reason.matched.some((x) => x.label === label);
    let withNote = 0;
    let without = 0;
    for (const seed of [DEMO_SEED, 1, 7]) {
      const lines = demoLines(seed);
      const region = generateSyntheticRegion({ seed, candidates: 600, vacancies: 60 });
      const matcher = createMatcher(region);
      lines.forEach((line, i) => {
        const vacancyId = /^▶ (v-\d+) /.exec(line)?.[1];
        const first = vacancyId && lines.slice(i + 1, i + 3).find((l) => /^ {2}1\. k-\d+ /.test(l));
        if (!vacancyId || !first) return;
        const core = syntheticCoreCompetence(region.vacancies.find((v) => v.id === vacancyId)!)!;
        const lacks = !holds(matcher.score(/k-\d+/.exec(first)![0], vacancyId), core.label);
        expect(lines[i + 1]!.startsWith(`  Let op: de beste kandidaat mist de vakcompetentie ${core.label} — `), `seed ${seed} ${vacancyId}`).toBe(lacks);
        if (lacks) withNote++;
        else without++;
      });
    }
    // Both kinds occur, so the check above is not vacuous.
    expect(withNote).toBeGreaterThan(0);
    expect(without).toBeGreaterThan(withNote);
  });

  it('notes "geen geschikte kandidaat in de eigen gemeente" exactly where only other tiers are listed (seeds 2026, 1, 7)', () => {
    let noted = 0;
    for (const seed of [DEMO_SEED, 1, 7]) {
      const lines = demoLines(seed);
      lines.forEach((line, i) => {
        if (!line.startsWith('▶ ')) return;
        const end = lines.findIndex((l, k) => k > i && l === '');
        const listed = lines.slice(i + 1, end).filter((l) => /^ {2}\d+\. k-\d+ /.test(l));
        const onlyOthers = listed.length > 0 && listed.every((l) => !l.includes(', eigen gemeente)'));
        expect(line.endsWith(' — geen geschikte kandidaat in de eigen gemeente'), `seed ${seed}: ${line}`).toBe(onlyOthers);
        if (onlyOthers) noted++;
      });
    }
    expect(noted).toBeGreaterThan(1);
  });
});
