import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, generateSyntheticRegion, PERSPECTIVES } from '../../src/index.js';
import { run } from './run.js';

// A synthetic region whose candidates carry the three perspectives of seeds/001 in turn (and every fourth none).
const region = generateSyntheticRegion({ seed: 3, candidates: 120, vacancies: 8 });
const candidates = region.candidates.map((c, i) => (i % 4 === 3 ? c : { ...c, perspective: PERSPECTIVES[i % 4]! }));
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkmatch-perspective-'));
  await writeFile(at('candidates.json'), JSON.stringify(candidates));
  await writeFile(at('vacancies.json'), JSON.stringify(region.vacancies));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('werkmatch rank --perspective', () => {
  const flags = (vacancyId: string) => ['rank', '--candidates', at('candidates.json'), '--vacancies', at('vacancies.json'), '--vacancy', vacancyId, '--min-score', '0', '--fallback', 'fill'];

  it('ranks the candidates of the perspectives given, as rankCandidates does', async () => {
    const matcher = createMatcher({ candidates, vacancies: region.vacancies });
    const ranked = region.vacancies.filter((v) => matcher.rankCandidates(v.id, { minScore: 0, fallback: 'fill', perspectives: ['werken', 'werken-aan'] }).length > 0);
    expect(ranked.length).toBeGreaterThan(0);
    for (const v of ranked.slice(0, 3)) {
      const r = await run(...flags(v.id), '--perspective', 'werken,werken aan', '--json');
      expect(r.code).toBe(0);
      const out = JSON.parse(r.out) as { perspectives: string[]; matches: { candidateId: string; score: number }[] };
      expect(out.perspectives).toEqual(['werken', 'werken-aan']);
      const expected = matcher.rankCandidates(v.id, { minScore: 0, fallback: 'fill', perspectives: ['werken', 'werken-aan'] });
      expect(out.matches.map((m) => [m.candidateId, m.score])).toEqual(expected.map((m) => [m.candidateId, m.score]));
    }
  });

  it('an unknown perspective is a usage error naming the one meant', async () => {
    const r = await run(...flags(region.vacancies[0]!.id), '--perspective', 'werk');
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean "werken"?');
  });

  it('--perspective with --candidate is a usage error', async () => {
    const r = await run('rank', '--candidates', at('candidates.json'), '--vacancies', at('vacancies.json'), '--candidate', candidates[0]!.id, '--perspective', 'werken');
    expect(r.code).toBe(2);
  });
});
