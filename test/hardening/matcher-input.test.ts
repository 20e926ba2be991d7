// Issue 11 (hardening), defects 3, 4, 5 and 8: whatever createMatcher is handed, safeCreateMatcher answers
// with { success: false, error } naming each bad value at its path, in a short message, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateSchema, createMatcher, MatchError, safeCreateMatcher, type CandidateInput, type MatchIssue, type VacancyInput } from '../../src/index.js';
import { MAX_ITEMS, MAX_LENGTH } from '../../src/basics/limits.js';

const candidate = (over: Record<string, unknown> = {}): CandidateInput =>
  ({
    id: 'c1',
    municipality: 'Noordwijk',
    ladderStep: 6,
    competences: ['VIG', { label: 'HACCP', level: 3 }],
    hours: { min: 24, max: 32 },
    travel: { maxMinutes: 30, modes: ['bike'] },
    sectors: { preferred: ['zorg'] },
    ...over,
  }) as CandidateInput;

const vacancy = (over: Record<string, unknown> = {}): VacancyInput =>
  ({
    id: 'v1',
    employerId: 'w1',
    municipality: 'Noordwijk',
    sector: 'zorg',
    competences: [{ label: 'Verzorgende IG', required: true }, 'HACCP'],
    hours: { min: 24, max: 36 },
    ...over,
  }) as VacancyInput;

/** The issues of a failed safeCreateMatcher; fails the test when it throws or succeeds. */
function issuesOf(input: unknown, config?: unknown): readonly MatchIssue[] {
  const result = safeCreateMatcher(input, config);
  if (result.success) throw new Error('expected { success: false }');
  expect(result.error).toBeInstanceOf(MatchError);
  for (const issue of result.error.issues) expect(issue.message.length).toBeLessThan(300);
  expect(result.error.message.length).toBeLessThan(20 * 400);
  return result.error.issues;
}

const at = (issues: readonly MatchIssue[], ...path: (string | number)[]) => issues.filter((i) => i.path.length === path.length && i.path.every((p, k) => String(p) === String(path[k])));
const one = (input: unknown, config?: unknown) => issuesOf(input, config);

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).join(',');
const prototypeUntouched = () => {
  expect(Object.getOwnPropertyNames(Object.prototype).join(',')).toBe(PROTOTYPE_NAMES);
  expect(({} as Record<string, unknown>).x).toBeUndefined();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
};

describe('defect 3: values JSON cannot carry are issues at their path, never a TypeError', () => {
  it('reports a BigInt sector, travel mode and reporting value, and nothing else at those paths', () => {
    const issues = one({
      candidates: [candidate({ travel: { maxMinutes: 30, modes: [1n] }, reporting: { uitkeringsduur: 12n } })],
      vacancies: [vacancy({ sector: 1n })],
    });
    expect(issues).toHaveLength(3);
    expect(at(issues, 'vacancies', 0, 'sector')).toEqual([expect.objectContaining({ code: 'not_json', message: expect.stringContaining('1n') })]);
    expect(at(issues, 'candidates', 0, 'travel', 'modes', 0)).toEqual([expect.objectContaining({ code: 'not_json' })]);
    expect(at(issues, 'candidates', 0, 'reporting', 'uitkeringsduur')).toEqual([expect.objectContaining({ code: 'not_json' })]);
  });

  it('reports a Symbol, a function, a Date object and a class instance, each where it is', () => {
    class Competence {
      label = 'VIG';
    }
    const issues = one({
      candidates: [candidate({ id: Symbol('c1'), birthDate: new Date(0), competences: [new Competence()], gender: () => 'v' })],
      vacancies: [vacancy({ reporting: { map: new Map(), nested: { list: [1, Symbol('s')] } } })],
    });
    const code = (...path: (string | number)[]) => at(issues, ...path).map((i) => i.code);
    expect(code('candidates', 0, 'id')).toEqual(['not_json']);
    expect(code('candidates', 0, 'birthDate')).toEqual(['not_json']);
    expect(at(issues, 'candidates', 0, 'birthDate')[0]?.message).toMatch(/YYYY-MM-DD/);
    expect(code('candidates', 0, 'competences', 0)).toEqual(['not_json']);
    expect(code('candidates', 0, 'gender')).toEqual(['not_json']);
    expect(code('vacancies', 0, 'reporting', 'map')).toEqual(['not_json']);
    expect(code('vacancies', 0, 'reporting', 'nested', 'list', 1)).toEqual(['not_json']);
    expect(issues).toHaveLength(6);
  });

  it('checks the config the same way, and still takes a travelTime function', () => {
    const issues = one({ candidates: [candidate()], vacancies: [vacancy()] }, { suitableScore: 1n, vocabulary: [{ id: 'x', label: 'Bollen', synonyms: [Symbol('s')] }], travelTime: () => 10 });
    expect(at(issues, 'config', 'suitableScore')[0]?.code).toBe('not_json');
    expect(at(issues, 'config', 'vocabulary', 0, 'synonyms', 0)[0]?.code).toBe('not_json');
    expect(issues).toHaveLength(2);
    expect(safeCreateMatcher({ candidates: [candidate()], vacancies: [vacancy()] }, { travelTime: () => 10 }).success).toBe(true);
    expect(at(one({ candidates: [], vacancies: [] }, { weights: { travel: () => 1 } }), 'config', 'weights', 'travel')[0]?.code).toBe('not_json');
  });

  it('quotes a bad value with showValue, not JSON.stringify', () => {
    const issues = one({ candidates: [candidate({ targetGroups: [7n], birthDate: 'x'.repeat(5000) })], vacancies: [vacancy({ sector: 'v'.repeat(40) })] });
    expect(at(issues, 'vacancies', 0, 'sector')[0]?.message).toMatch(/^unknown sector "v{40}"/);
    expect(at(issues, 'candidates', 0, 'birthDate')[0]?.message).toMatch(/5000 characters/);
    expect(at(issues, 'candidates', 0, 'targetGroups', 0)[0]?.code).toBe('not_json');
  });

  it('keeps the exported schema safe for reporting values outside createMatcher', () => {
    const parsed = candidateSchema.safeParse(candidate({ reporting: { n: 1n, nan: Number.NaN, deep: { ok: 'ja' } } }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), (i as { params?: { code?: string } }).params?.code])).toEqual([
      ['reporting.n', 'not_json'],
      ['reporting.nan', 'not_json'],
    ]);
  });
});

describe('defect 4: a hole in an array is an issue at its index, never a half-loaded matcher', () => {
  const holey = <T>(items: T[], hole: number): T[] => {
    const out = [...items];
    delete out[hole];
    return out;
  };

  it('rejects vacancies with a hole instead of building a matcher that throws later', () => {
    const vacancies = holey([vacancy({ id: 'v0' }), vacancy({ id: 'v1' }), vacancy({ id: 'v2' }), vacancy({ id: 'v3' }), vacancy({ id: 'v4' })], 3);
    const issues = one({ candidates: [candidate()], vacancies });
    expect(issues).toEqual([{ code: 'array_hole', path: ['vacancies', 3], message: expect.any(String) }]);
  });

  it('rejects candidates with a hole without a TypeError', () => {
    const issues = one({ candidates: holey([candidate({ id: 'a' }), candidate({ id: 'b' }), candidate({ id: 'c' })], 1), vacancies: [vacancy()] });
    expect(issues).toEqual([{ code: 'array_hole', path: ['candidates', 1], message: expect.any(String) }]);
  });

  it('finds holes in nested record arrays', () => {
    const issues = one({
      candidates: [
        candidate({
          competences: holey(['VIG', 'HACCP', 'Kassawerk'], 1),
          travel: { maxMinutes: 30, modes: holey(['bike', 'car'], 0) },
          sectors: { preferred: holey(['zorg', 'horeca'], 0) },
          targetGroups: holey(['nug', 'nug'], 1),
        }),
      ],
      vacancies: [vacancy({ competences: holey(['VIG', 'HACCP'], 0) })],
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['array_hole', 'candidates.0.competences.1'],
        ['array_hole', 'candidates.0.travel.modes.0'],
        ['array_hole', 'candidates.0.sectors.preferred.0'],
        ['array_hole', 'candidates.0.targetGroups.1'],
        ['array_hole', 'vacancies.0.competences.0'],
      ]),
    );
    expect(issues).toHaveLength(5);
  });

  it('finds holes in config arrays', () => {
    const issues = one(
      { candidates: [], vacancies: [] },
      {
        vocabulary: holey(
          [
            { id: 'a', label: 'Bollen', synonyms: holey(['bol', 'bollen pellen'], 0) },
            { id: 'b', label: 'Kas' },
            { id: 'c', label: 'Tulp' },
          ],
          1,
        ),
        fallbacks: { Noordwijk: holey(['Katwijk', 'Lisse'], 0) },
      },
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['array_hole', 'config.vocabulary.0.synonyms.0'],
      ['array_hole', 'config.vocabulary.1'],
      ['array_hole', 'config.fallbacks.Noordwijk.0'],
    ]);
  });

  it('answers a huge, nearly empty array at once, listing the first holes', () => {
    const candidates: unknown[] = [];
    candidates.length = 2 ** 32 - 1;
    candidates[5] = candidate();
    const issues = one({ candidates, vacancies: [vacancy()] });
    expect(at(issues, 'candidates', 0)[0]?.code).toBe('array_hole');
    expect(issues.length).toBeLessThanOrEqual(22);
    expect(at(issues, 'candidates')[0]?.message).toMatch(/4294967294 holes/);
  });
});

describe('defect 5: long strings are rejected by length before any fuzzy matching', () => {
  const big = (n: number, c = 'x') => c.repeat(n);

  it('rejects a 1 MB municipality name with too_long, saying the limit and the length, and suggests nothing', () => {
    const body = JSON.stringify({ candidates: [candidate({ municipality: big(1_000_000) })], vacancies: [vacancy()] });
    const issues = one(JSON.parse(body));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too_long', path: ['candidates', 0, 'municipality'] });
    expect(issues[0]!.message).toContain(String(MAX_LENGTH.municipality));
    expect(issues[0]!.message).toContain('1000000');
  });

  it('bounds every string field of a record', () => {
    const issues = one({
      candidates: [
        candidate({
          id: big(MAX_LENGTH.id + 1),
          gender: big(MAX_LENGTH.text + 1),
          competences: [big(MAX_LENGTH.label + 1, 'a'), { label: big(300_000, 'b'), level: 2 }],
          travel: { maxMinutes: 30, modes: [big(100_000)] },
          targetGroups: [big(MAX_LENGTH.word + 1)],
        }),
      ],
      vacancies: [vacancy({ employerId: big(10_000), title: big(MAX_LENGTH.text + 1), sector: big(MAX_LENGTH.word + 1), competences: [{ label: big(MAX_LENGTH.label + 1), required: true }] })],
    });
    const tooLong = issues.filter((i) => i.code === 'too_long').map((i) => i.path.join('.'));
    expect(tooLong.sort()).toEqual(
      [
        'candidates.0.id',
        'candidates.0.gender',
        'candidates.0.competences.0',
        'candidates.0.competences.1.label',
        'candidates.0.travel.modes.0',
        'candidates.0.targetGroups.0',
        'vacancies.0.employerId',
        'vacancies.0.title',
        'vacancies.0.sector',
        'vacancies.0.competences.0.label',
      ].sort(),
    );
    expect(issues).toHaveLength(tooLong.length);
  });

  it('takes strings at the limit', () => {
    const result = safeCreateMatcher({
      candidates: [candidate({ id: big(MAX_LENGTH.id), gender: big(MAX_LENGTH.text), competences: [`VIG ${big(MAX_LENGTH.label - 4)}`] })],
      vacancies: [vacancy({ title: big(MAX_LENGTH.text) })],
    });
    expect(result.success).toBe(true);
  });

  it('bounds reporting field names and values, and unknown field names', () => {
    const issues = one({
      candidates: [candidate({ reporting: { notitie: big(MAX_LENGTH.text + 1), nested: [{ deep: big(2_000_000) }], [big(MAX_LENGTH.id + 1)]: 1 }, [big(1_000)]: 1 })],
      vacancies: [vacancy()],
      [big(500)]: 1,
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['too_long', 'candidates.0.reporting.notitie'],
        ['too_long', 'candidates.0.reporting.nested.0.deep'],
        ['too_long', 'candidates.0.reporting'],
        ['too_long', 'candidates.0'],
        ['too_long', ''],
      ]),
    );
    expect(issues).toHaveLength(5);
  });

  it('bounds config strings: vocabulary ids, labels and synonyms, fallback names and keys', () => {
    const issues = one(
      { candidates: [], vacancies: [] },
      {
        vocabulary: [{ id: big(MAX_LENGTH.id + 1), label: big(1_000_000), synonyms: [big(MAX_LENGTH.label + 1)] }],
        fallbacks: { [big(MAX_LENGTH.municipality + 1)]: ['Lisse'], Noordwijk: [big(1_000_000)] },
      },
    );
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['too_long', 'config.vocabulary.0.id'],
        ['too_long', 'config.vocabulary.0.label'],
        ['too_long', 'config.vocabulary.0.synonyms.0'],
        ['too_long', `config.fallbacks.${big(MAX_LENGTH.municipality + 1)}`],
        ['too_long', 'config.fallbacks.Noordwijk.0'],
      ]),
    );
    expect(issues.every((i) => i.code === 'too_long')).toBe(true);
  });

  it('bounds the competences of one record, so a record cannot grow its own cost', () => {
    const labels = Array.from({ length: MAX_ITEMS + 1 }, (_, i) => `kunde ${i}`);
    expect(at(one({ candidates: [candidate({ competences: labels })], vacancies: [vacancy()] }), 'candidates', 0, 'competences')[0]?.code).toBe('too_big');
    expect(safeCreateMatcher({ candidates: [candidate({ competences: labels.slice(1) })], vacancies: [vacancy({ competences: labels.slice(1) })] }).success).toBe(true);
  });

  it('still suggests a name for a typo, and keeps every message short however many names are unknown', () => {
    const candidates = Array.from({ length: 1000 }, (_, i) => candidate({ id: `c${i}`, municipality: i === 10 ? 'Noordwjik' : `Onbekendorp ${i}` }));
    const issues = one({ candidates, vacancies: [vacancy()] });
    expect(issues).toHaveLength(1000);
    expect(issues.every((i) => i.code === 'unknown_municipality')).toBe(true);
    expect(at(issues, 'candidates', 10, 'municipality')[0]?.message).toContain('did you mean "Noordwijk"');
  });

  it('resolves 2,000 distinct unknown labels to themselves, as before', () => {
    const labels = Array.from({ length: 2000 }, (_, i) => `onbekende vaardigheid ${i}`);
    const candidates = Array.from({ length: 20 }, (_, i) => candidate({ id: `c${i}`, competences: labels.slice(i * 100, i * 100 + 100) }));
    const m = createMatcher({ candidates, vacancies: [vacancy({ competences: ['onbekende vaardigheid 5'] })] });
    expect(m.report.competences.unresolved).toHaveLength(2000);
    expect(m.score('c0', 'v1').factors.competence.reason).toMatchObject({ matched: [{ label: 'onbekende vaardigheid 5' }] });
  });
});

describe('defect 8: a duplicate id in config.vocabulary', () => {
  it('is an issue at the later entry, reported with the other vocabulary issues', () => {
    const issues = one(
      { candidates: [], vacancies: [] },
      {
        vocabulary: [
          { id: 'x.bol', label: 'Bollen' },
          { id: 'x.kas', label: 5 },
          { id: 'x.bol', label: 'Bollen pellen' },
        ],
      },
    );
    expect(at(issues, 'config', 'vocabulary', 2, 'id')).toEqual([{ code: 'duplicate_id', path: ['config', 'vocabulary', 2, 'id'], message: expect.stringContaining('vocabulary[0]') }]);
    expect(at(issues, 'config', 'vocabulary', 1, 'label')).toHaveLength(1);
    expect(issues).toHaveLength(2);
  });

  it('still lets an entry add synonyms to a built-in id', () => {
    expect(
      safeCreateMatcher(
        { candidates: [], vacancies: [] },
        {
          vocabulary: [
            { id: 'x.bol', label: 'Bollen' },
            { id: 'x.kas', label: 'Kas' },
          ],
        },
      ).success,
    ).toBe(true);
  });
});

describe('safeCreateMatcher never throws and never touches a prototype', () => {
  const throwing = (over: Record<string, unknown>, key: string) =>
    Object.defineProperty(candidate(over), key, {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });

  it('reports getters that throw, at their path', () => {
    const config = Object.defineProperty({}, 'suitableScore', {
      get: () => {
        throw new Error('boom');
      },
      enumerable: true,
    });
    const issues = one({ candidates: [throwing({}, 'hours')], vacancies: [vacancy()] }, config);
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unreadable', 'config.suitableScore'],
      ['unreadable', 'candidates.0.hours'],
    ]);
  });

  it('reads proxies once, and reports revoked ones', () => {
    let reads = 0;
    const counted = new Proxy(candidate(), {
      get: (t, k, r) => {
        reads++;
        return Reflect.get(t, k, r);
      },
    });
    expect(safeCreateMatcher({ candidates: [counted], vacancies: [vacancy()] }).success).toBe(true);
    expect(reads).toBe(Object.keys(candidate()).length);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(at(one(proxy), '')).toEqual([]);
    expect(one(proxy).map((i) => i.code)).toEqual(['unreadable']);
    expect(one({ candidates: [proxy], vacancies: [] }).map((i) => [i.code, i.path.join('.')])).toEqual([['unreadable', 'candidates.0']]);
    expect(one({ candidates: [], vacancies: [] }, proxy).map((i) => i.code)).toEqual(['unreadable']);
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(one({ candidates: [hostile], vacancies: [] }).map((i) => i.code)).toEqual(['unreadable']);
  });

  it('ignores toJSON: what is checked is the value itself', () => {
    const record = { ...candidate(), toJSON: () => candidate() };
    expect(one({ candidates: [record], vacancies: [vacancy()] }).map((i) => [i.code, i.path.join('.')])).toEqual([['not_json', 'candidates.0.toJSON']]);
    expect(one({ candidates: [new Date(0)], vacancies: [] }).map((i) => i.code)).toEqual(['not_json']);
  });

  it('rejects __proto__ keys from JSON.parse without touching Object.prototype', () => {
    const record = JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(candidate()).slice(1)}`);
    const asRecord = one({ candidates: [record], vacancies: [vacancy()] });
    expect(asRecord.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_key', 'candidates.0.__proto__']]);
    const asReporting = one({ candidates: [candidate({ reporting: JSON.parse('{"__proto__": {"polluted": 1}, "ok": 1}') })], vacancies: [vacancy()] });
    expect(asReporting.map((i) => [i.code, i.path.join('.')])).toEqual([['invalid_key', 'candidates.0.reporting.__proto__']]);
    const asInput = one(JSON.parse('{"__proto__": {"candidates": []}, "candidates": [], "vacancies": []}'));
    expect(asInput.map((i) => i.path.join('.'))).toEqual(['__proto__']);
    const asFallbacks = one({ candidates: [], vacancies: [] }, JSON.parse('{"fallbacks": {"__proto__": ["Lisse"]}}'));
    expect(asFallbacks.map((i) => i.path.join('.'))).toEqual(['config.fallbacks.__proto__']);
    prototypeUntouched();
  });

  it('reports cycles and deep nesting instead of overflowing the stack', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    let deep: unknown = 'bodem';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = one({ candidates: [candidate({ reporting: { cyclic, deep } })], vacancies: [vacancy()] });
    expect(issues.map((i) => [i.code, i.path.slice(0, 5).join('.')])).toEqual([
      ['not_json', 'candidates.0.reporting.cyclic.self'],
      ['too_deep', 'candidates.0.reporting.deep.0'],
    ]);
  });

  it('walks a shared object once: a DAG of 2^25 paths in reporting costs its 26 nodes', () => {
    let shared: Record<string, unknown> = { blad: 'ja' };
    for (let i = 0; i < 25; i++) shared = { a: shared, b: shared };
    const result = safeCreateMatcher({ candidates: [candidate({ reporting: { shared } })], vacancies: [vacancy()] });
    expect(result.success).toBe(true);
    let deeper: Record<string, unknown> = { blad: 'ja' };
    for (let i = 0; i < 60; i++) deeper = { a: deeper, b: deeper };
    const issues = one({ candidates: [candidate({ reporting: { deeper } })], vacancies: [vacancy()] });
    expect(issues[0]).toMatchObject({ code: 'too_deep' });
    expect(issues.length).toBeLessThan(100);
  });

  it('takes shared sub-objects and null-prototype records as plain data', () => {
    const hours = { min: 24, max: 32 };
    const bare = Object.assign(Object.create(null) as object, candidate({ id: 'bare', hours }));
    const candidates = [candidate({ id: 'a', hours }), candidate({ id: 'b', hours }), bare];
    const result = safeCreateMatcher({ candidates, vacancies: [vacancy()] });
    expect(result.success).toBe(true);
    if (result.success) expect(result.matcher.rankCandidates('v1', { minScore: 0 }).map((m) => m.candidateId)).toEqual(['a', 'b', 'bare']);
  });

  it('never throws for hostile values anywhere in a valid input or config', () => {
    const hostile = fc.oneof(
      fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withTypedArray: true, maxDepth: 2 }),
      fc.constantFrom<unknown>(Symbol('s'), () => 1, new Date(Number.NaN), 'x'.repeat(100_000), JSON.parse('{"__proto__":{"polluted":1}}'), Number.NaN, -0),
    );
    const fields = ['id', 'municipality', 'location', 'ladderStep', 'competences', 'hours', 'travel', 'sectors', 'reporting', 'birthDate', 'gender', '__proto__'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), hostile, fc.constantFrom('candidate', 'vacancy', 'config', 'root'), (field, value, where) => {
        const record: Record<string, unknown> = where === 'vacancy' ? { ...vacancy() } : { ...candidate() };
        Object.defineProperty(record, field, { value, enumerable: true, configurable: true, writable: true });
        const input = where === 'root' ? value : where === 'vacancy' ? { candidates: [candidate()], vacancies: [record] } : { candidates: [record], vacancies: [vacancy()] };
        const config = where === 'config' ? { [field]: value } : undefined;
        const result = safeCreateMatcher(input, config);
        if (!result.success) for (const issue of result.error.issues) expect(issue.message.length).toBeLessThan(300);
        prototypeUntouched();
      }),
      { numRuns: 300 },
    );
  });
});
