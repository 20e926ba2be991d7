// Perspectives and the municipality's own instruments (seeds/001 "werken, werken aan en meedoen"; seeds/000 and 003 name the
// instruments): a Netwerkcafé session ranks the "werken" group only, each placement lists the national and the municipal
// instruments, and what-if costs the catalogue. The catalogue's amounts are illustrative: the seeds name the instruments, not
// their price per placement.
import { compareScenarios, createMatcher, generateSyntheticRegion, type CandidateInput, type MatchConfig, PERSPECTIVES } from 'werkmatch';

const region = generateSyntheticRegion({ seed: 2026, candidates: 400, vacancies: 40 });
// Steps 5–6 work or nearly so ("werken"), 3–4 are not yet work-fit ("werken aan"), exempt people "meedoen".
const perspectiveOf = (c: CandidateInput) => (c.exempt ? PERSPECTIVES[2] : c.ladderStep >= 5 ? PERSPECTIVES[0] : PERSPECTIVES[1]);
const candidates = region.candidates.map((c) => ({ ...c, perspective: perspectiveOf(c) }));

const config: MatchConfig = {
  instruments: [
    { id: 'opstap', label: 'Opstapsubsidie', amount: 1500, conditions: { ladderSteps: [4, 5] } },
    { id: 'scholing', label: 'Vakgerichte scholing', amount: 2500, conditions: { ladderSteps: [3, 4, 5] } },
    { id: 'cheque', label: 'Werkgeverscheque', amount: 2000, conditions: { minAge: 27 } },
    { id: 'jongeren', label: 'Leerwerkplek jongeren', amount: 1000, conditions: { maxAge: 26 } },
  ],
};
const matcher = createMatcher({ candidates, vacancies: region.vacancies }, config);

// The Netwerkcafé brings the "werken" group: rank them only; a kept candidate's score is the same as without the filter.
const vacancy = region.vacancies.find((v) => matcher.rankCandidates(v.id, { perspectives: ['werken'], limit: 3 }).length > 0)!;
const session = matcher.rankCandidates(vacancy.id, { perspectives: ['werken'], limit: 3 });
console.log(`Netwerkcafé (perspectief werken) voor ${vacancy.id} (${vacancy.sector}, ${vacancy.municipality}):`);
for (const m of session) {
  console.log(`  ${m.candidateId} ${m.score.toFixed(2)} (${m.tier})`);
  if (m.score !== matcher.score(m.candidateId, vacancy.id).score) throw new Error('a filter must not move a score');
}

const first = session[0]!;
console.log(`\nInstrumenten voor ${first.candidateId} bij ${vacancy.id}:`);
for (const s of matcher.instruments(first.candidateId, vacancy.id, { date: '2026-01-01' })) if (s.applies) console.log(`  · ${s.sentence}`);

const [without, withCatalogue] = compareScenarios(region, { 'zonder eigen instrumenten': {}, 'met eigen instrumenten': { config } }, { date: '2026-01-01' });
console.log(`\nWhat-if: ${withCatalogue!.placements} plaatsingen; eigen instrumenten kosten € ${withCatalogue!.instrumentCosts.toLocaleString('nl-NL')}:`);
for (const u of withCatalogue!.instruments) console.log(`  ${u.label.padEnd(22)} ${String(u.placements).padStart(3)} × = € ${u.costs.toLocaleString('nl-NL')}`);
console.log(`  netto ${without!.netResult.toLocaleString('nl-NL')} → ${withCatalogue!.netResult.toLocaleString('nl-NL')}`);
