// What if: the Noordwijk pilot with and without the fallback pool, and with and without job carving,
// on the seeded Bollenstreek caseload of the demo. One row per scenario, differences to the baseline.
import { compareScenarios, generateSyntheticRegion, type VacancyInput } from 'werkmatch';

const region = generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 });
const carving = (v: VacancyInput): VacancyInput => ({ ...v, support: { ...v.support, jobCarving: true } });

const rows = compareScenarios(
  region,
  {
    'eigen gemeente': { assign: { fallback: 'off' } },
    'met terugvalpool': { assign: { fallback: 'when-none' } },
    'eigen gemeente + jobcarving': { assign: { fallback: 'off' }, vacancies: carving },
    'terugvalpool + jobcarving': { assign: { fallback: 'when-none' }, vacancies: carving },
  },
  { date: '2026-01-01' },
);

const euro = (x: number) => `€ ${Math.round(x).toLocaleString('nl-NL')}`;
const signed = (x: number, fmt: (x: number) => string = String) => (x > 0 ? `+${fmt(x)}` : x < 0 ? `−${fmt(-x)}` : '0');
const header = ['scenario', 'plaatsingen', 'eigen', 'terugval', 'regio', 'duurzaam (verw.)', 'LKS / maand', 'besparing', 'netto', 'Δ plaatsingen', 'Δ netto'];
const table = rows.map((r) => [
  r.scenario,
  String(r.placements),
  String(r.fromHome),
  String(r.fromFallback),
  String(r.fromRegion),
  r.durableExpected.toFixed(1),
  euro(r.subsidyPerMonth),
  euro(r.notionalSavings),
  euro(r.netResult),
  r.delta ? signed(r.delta.placements) : '—',
  r.delta ? signed(r.delta.netResult, euro) : '—',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log('What-if: Noordwijk-pilot op de Bollenstreek-caseload (600 werkzoekenden, 60 vacatures), start 1 januari 2026\n');
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));
console.log('\nPer gemeente (terugvalpool + jobcarving):');
for (const m of rows[3]!.byMunicipality) console.log(`  ${m.municipality.padEnd(10)} ${m.placements} plaatsingen (${m.fromHome} eigen, ${m.fromFallback} terugval, ${m.fromRegion} regio)`);
