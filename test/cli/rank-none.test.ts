// `werkmatch rank` when nobody is suitable: it says so, and says why: the threshold and who comes nearest below it, or
// that nobody passes the knock-outs. An account manager never meets an empty answer without a next step.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, type CandidateInput, type VacancyInput } from '../../src/index.js';
import { run } from './run.js';

let dir: string;
const at = (name: string) => join(dir, name);

const candidate = (id: string, municipality: string, competences: string[]): CandidateInput => ({
  id,
  municipality,
  ladderStep: 5,
  competences,
  hours: { min: 24, max: 32 },
  travel: { maxMinutes: 45, modes: ['bike', 'transit'] },
});
// No competence in common with the vacancy: eligible, but at most 0.55 (below the default 0.65).
const candidates = [candidate('k1', 'Noordwijk', ['Kassawerk']), candidate('k2', 'Katwijk', ['Orderpicken'])];
const vacancies: VacancyInput[] = [
  { id: 'v1', employerId: 'w1', title: 'Hovenier', municipality: 'Noordwijk', sector: 'groen', competences: ['Hovenier'], hours: { min: 24, max: 32 } },
  { id: 'v2', employerId: 'w1', title: 'Lasser', municipality: 'Noordwijk', sector: 'techniek', competences: [{ label: 'Lassen', required: true }], hours: { min: 24, max: 32 } },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-rank-none-'));
  await writeFile(at('c.json'), JSON.stringify(candidates));
  await writeFile(at('v.json'), JSON.stringify(vacancies));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('werkmatch rank, when nobody is suitable', () => {
  it('names the threshold and the nearest below it, in every tier, best first, and the flags that show them', async () => {
    const r = await run('rank', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--vacancy', 'v1');
    expect(r.code).toBe(0);
    const scores = createMatcher({ candidates, vacancies }).rankCandidates('v1', { minScore: 0, fallback: 'fill' });
    expect(scores.map((m) => m.candidateId)).toEqual(['k1', 'k2']);
    const shown = (s: number) => s.toFixed(2).replace('.', ',');
    expect(r.out.split('\n')).toEqual([
      'Geen geschikte kandidaat voor vacature v1 (Hovenier, Noordwijk).',
      `Niemand haalt de drempel van 0,65. Het dichtst erbij: k1 ${shown(scores[0]!.score)}, k2 ${shown(scores[1]!.score)} (terugvalgemeente); zie ze met --min-score 0 --fallback fill.`,
    ]);
  });

  it('says that nobody passes the knock-outs when nobody is eligible at all (a required competence nobody has)', async () => {
    const r = await run('rank', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--vacancy', 'v2', '--locale', 'en');
    expect(r.out.split('\n')).toEqual([
      'No suitable candidate for vacancy v2 (Lasser, Noordwijk).',
      'No candidate is eligible: each fails a hard requirement (travel time, ladder step, hours, sector or a required competence). werkmatch rank --candidate ID says why for one candidate.',
    ]);
  });

  it('does the same for a candidate, against the --min-score given', async () => {
    const r = await run('rank', '--candidates', at('c.json'), '--vacancies', at('v.json'), '--candidate', 'k1', '--min-score', '0.6');
    expect(r.out.split('\n')[1]).toMatch(/^Niemand haalt de drempel van 0,60\. Het dichtst erbij: v1 0,\d\d; zie ze met --min-score 0\.$/);
  });
});
