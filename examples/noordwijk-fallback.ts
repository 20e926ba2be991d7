// The Noordwijk rule: a vacancy goes to a Noordwijk candidate when one is suitable; only where none is,
// candidates from Hillegom, Lisse, Katwijk and Teylingen are placed (seeds/000).
import { createMatcher, explainMatch, type CandidateInput, type VacancyInput } from 'werkmatch';

const vacancy: VacancyInput = {
  id: 'v-zorg-1',
  employerId: 'w-zorgcentrum',
  title: 'Verzorgende IG, verpleeghuis',
  municipality: 'Noordwijk',
  location: { lat: 52.2409, lon: 4.4456 }, // near the Noordwijk boulevard
  sector: 'zorg',
  competences: [{ label: 'Verzorgende IG', required: true }, 'HACCP', 'Nederlandse taal B1'],
  hours: { min: 24, max: 32 },
  support: { jobCoach: true },
};

const person = (id: string, municipality: string, over: Partial<CandidateInput> = {}): CandidateInput => ({
  id,
  municipality,
  ladderStep: 6,
  competences: ['VIG', 'Nederlands B1'],
  hours: { min: 24, max: 32 },
  travel: { maxMinutes: 40, modes: ['bike', 'transit'] },
  sectors: { preferred: ['zorg'] },
  ...over,
});

const caseload: CandidateInput[] = [
  // Noordwijk: nobody suitable for this vacancy.
  person('nw-01', 'Noordwijk', { competences: ['Kassawerk', 'Vakkenvullen'], sectors: { preferred: ['detailhandel'] } }),
  person('nw-02', 'Noordwijk', { ladderStep: 3 }),
  person('nw-03', 'Noordwijk', { hours: { min: 36, max: 40 } }),
  // Katwijk and Lisse: two who fit.
  person('kw-01', 'Katwijk', { competences: [{ label: 'verzorgende-ig', level: 3 }, 'HACCP', 'Nederlands B1'] }),
  person('ls-01', 'Lisse', { ladderStep: 5, travel: { maxMinutes: 30, modes: ['ebike'] } }),
  // Katwijk, but she walks only: too far.
  person('kw-02', 'Katwijk', { travel: { maxMinutes: 20, modes: ['walk'] } }),
];

function show(title: string, candidates: CandidateInput[]): void {
  const matcher = createMatcher({ candidates, vacancies: [vacancy] });
  console.log(`\n${title}`);
  const ranked = matcher.rankCandidates(vacancy.id, { limit: 3 });
  for (const m of ranked) {
    console.log(`  ${m.candidateId}  tier ${m.tier.padEnd(8)} score ${m.score.toFixed(2)}`);
    for (const s of explainMatch(m)) console.log(`      · ${s}`);
  }
  const walker = matcher.score('kw-02', vacancy.id);
  console.log(`  (kw-02 is not ranked: ${explainMatch(walker, { locale: 'en' }).at(-1)})`);
}

console.log(`Vacancy ${vacancy.id}: ${vacancy.title} in ${vacancy.municipality}`);
show('1. No suitable Noordwijk candidate: the vacancy goes to the fallback pool (Katwijk, Lisse).', caseload);
show('2. A suitable Noordwijk candidate appears: only she is offered the vacancy.', [...caseload, person('nw-04', 'Noordwijk', { competences: ['VIG', 'HACCP'] })]);
