// Every `@example` in the public API's JSDoc compiles against the public names (what `npm run docs` publishes).
import { beforeAll, describe, expect, it } from 'vitest';
import { checkExamples, collectExamples, type DocExample, type ExampleProblem } from './examples.js';

// Known-bad examples, checked in the same program as the real ones, prove the check can fail.
const BROKEN: DocExample[] = [
  { where: 'test › undefined variable', entry: 'werkmatch', file: 'src/broken.ts', line: 7, code: "for (const m of matcher.rankCandidates('v-17')) console.log(m.score);" },
  { where: 'test › misspelt option', entry: 'werkmatch', file: 'src/typo.ts', line: 3, code: "createMatcher({ candidates: [], vacancies: [] }).rankCandidates('v-1', { limt: 5 });" },
  { where: 'test › name of another entry', entry: 'werkmatch/rules', file: 'src/rules/x.ts', line: 1, code: 'createMatcher({ candidates: [], vacancies: [] });' },
  {
    where: 'test › own imports',
    entry: 'werkmatch',
    file: 'src/fine.ts',
    line: 1,
    code: "import { wageCostSubsidy } from 'werkmatch/rules';\nwageCostSubsidy({ wageValue: 0.5, hoursPerWeek: 24, date: '2026-01-01', age: 30 }).monthly;",
  },
];

let collected: ReturnType<typeof collectExamples>;
let problems: ExampleProblem[];
beforeAll(() => {
  collected = collectExamples();
  problems = checkExamples([...collected.examples, ...BROKEN], collected);
}, 120_000);
const at = (where: string) => problems.filter((p) => p.where === where);

describe('JSDoc examples', () => {
  it('are found on the public surface of every entry', () => {
    const where = collected.examples.map((e) => e.where);
    // Functions, interface members and the other entries: the collector must not silently find nothing.
    expect(where).toEqual(expect.arrayContaining(['werkmatch › createMatcher', 'werkmatch › Matcher.rankCandidates', 'werkmatch › explainMatch', 'werkmatch/node › readRecords']));
    expect(collected.examples.length).toBeGreaterThanOrEqual(40);
  });

  it('all type-check against the public names of their entry', () => {
    const real = problems.filter((p) => !p.where.startsWith('test › '));
    expect(real.map((p) => `${p.where} (${p.file}:${p.line}): ${p.message}`)).toEqual([]);
  });

  it('a broken example fails the check, at its place', () => {
    expect(at('test › undefined variable').map((p) => p.message)).toEqual([expect.stringMatching(/^Cannot find name 'matcher'/)]);
    expect(at('test › undefined variable')[0]).toMatchObject({ file: 'src/broken.ts', line: 7 });
    expect(
      at('test › misspelt option')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/'limt' does not exist/);
    // werkmatch/rules has no createMatcher: an example is checked against its own entry's names.
    expect(
      at('test › name of another entry')
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(/Cannot find name 'createMatcher'/);
    expect(at('test › own imports')).toEqual([]);
  });
});
