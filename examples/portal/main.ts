// A portal page for an account manager: pick a vacancy, read the ranked candidates with their explanations,
// and try another candidate's hours or travel to see the score move. Everything runs in the browser on the
// public API of `werkmatch` (the built package); the caseload is the demo's seeded Bollenstreek region.
import {
  type CandidateInput,
  createMatcher,
  explainMatch,
  FACTORS,
  type Factor,
  type FallbackPolicy,
  generateSyntheticRegion,
  type Match,
  MatchError,
  type Matcher,
  TRAVEL_MODES,
  type TravelMode,
  type VacancyInput,
} from 'werkmatch';

const SEED = 2026;
const LIMIT = 25;
const region = generateSyntheticRegion({ seed: SEED, candidates: 600, vacancies: 60 });

const FACTOR_NL: Readonly<Record<Factor, string>> = { competence: 'Competenties', ladder: 'Trede', hours: 'Uren', travel: 'Reistijd', sector: 'Sector' };
const TIER_NL: Readonly<Record<Match['tier'], string>> = { home: 'eigen gemeente', fallback: 'terugvalgemeente', region: 'regio', outside: 'buiten de regio' };
const MODE_NL: Readonly<Record<TravelMode, string>> = { walk: 'lopen', bike: 'fiets', ebike: 'e-bike', transit: 'ov', car: 'auto' };
const MISSING_NL: Readonly<Record<string, string>> = {
  'candidate.location': 'woonadres',
  'vacancy.location': 'adres vacature',
  'candidate.sectors': 'sectorvoorkeur',
  'candidate.competences': 'competenties kandidaat',
  'vacancy.competences': 'competenties vacature',
};

/** A candidate's hours and travel as the account manager set them in "Wat als". */
type Edit = Pick<CandidateInput, 'hours' | 'travel'>;

const original: Matcher = createMatcher(region);
const state = {
  matcher: original,
  edits: new Map<string, Edit>(),
  vacancyId: region.vacancies[0]!.id,
  candidateId: undefined as string | undefined,
  fallback: 'fill' as FallbackPolicy,
  suitableOnly: false,
  rebuildMs: 0,
};

const candidateById = new Map(region.candidates.map((c) => [c.id, c]));
const vacancyById = new Map(region.vacancies.map((v) => [v.id, v]));

const decimal = (x: number, digits = 2) => x.toLocaleString('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const hoursText = (h: { min: number; max: number }) => `${decimal(h.min, 0)}–${decimal(h.max, 0)} uur`;
const missingText = (key: string) => MISSING_NL[key] ?? key.replace(/^candidate\./, 'kandidaat: ').replace(/^vacancy\./, 'vacature: ');
const currentCandidate = (id: string): CandidateInput => {
  const c = candidateById.get(id)!;
  const edit = state.edits.get(id);
  return edit ? { ...c, ...edit } : c;
};

type Child = Node | string | false | undefined;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== false && child !== undefined) el.append(child);
  return el;
}
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** The matcher with one candidate record replaced: `update` returns a new matcher without rebuilding the caseload. */
function withCandidate(matcher: Matcher, record: CandidateInput): Matcher {
  const started = performance.now();
  const next = matcher.update({ candidates: { upsert: [record] } });
  state.rebuildMs = performance.now() - started;
  return next;
}

function fillVacancies(): void {
  const select = $<HTMLSelectElement>('vacancy');
  const byTown = new Map<string, VacancyInput[]>();
  for (const v of region.vacancies) byTown.set(v.municipality, [...(byTown.get(v.municipality) ?? []), v]);
  for (const [town, vacancies] of [...byTown].sort(([a], [b]) => a.localeCompare(b, 'nl'))) {
    const group = h('optgroup', { label: town });
    for (const v of [...vacancies].sort((a, b) => (a.title ?? a.id).localeCompare(b.title ?? b.id, 'nl'))) {
      group.append(h('option', { value: v.id }, `${v.title ?? v.id} · ${v.sector} · ${hoursText(v.hours)} (${v.id})`));
    }
    select.append(group);
  }
  select.value = state.vacancyId;
  $('caseload').textContent = `Bollenstreek · ${region.candidates.length} werkzoekenden · ${region.vacancies.length} vacatures · voorbeeldgegevens (seed ${SEED})`;
}

function renderVacancy(v: VacancyInput): void {
  const competences = v.competences.map((c) => (typeof c === 'string' ? { label: c, required: false } : { label: c.label, required: c.required === true }));
  const support = Object.entries(v.support ?? {})
    .filter(([, on]) => on)
    .map(([kind]) => ({ jobCoach: 'jobcoach', wageSubsidy: 'loonkostensubsidie', jobCarving: 'jobcarving' })[kind] ?? kind);
  $('vacancy-card').replaceChildren(
    h('h2', {}, v.title ?? v.id, ' ', h('span', { class: 'muted' }, `${v.municipality} · ${v.id}`)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Sector'),
      h('dd', {}, v.sector),
      h('dt', {}, 'Uren per week'),
      h('dd', {}, hoursText(v.hours)),
      h('dt', {}, 'Vanaf trede'),
      h('dd', {}, String(v.minLadderStep ?? 5)),
      h('dt', {}, 'Ondersteuning'),
      h('dd', {}, support.length > 0 ? support.join(', ') : 'nog niet aangeboden'),
    ),
    h(
      'ul',
      { class: 'chips', 'aria-label': 'Gevraagde competenties' },
      ...competences.map((c) => h('li', { class: c.required ? 'chip required' : 'chip' }, c.label, c.required && h('span', { class: 'visually-hidden' }, ' (verplicht)'))),
    ),
  );
}

function breakdown(m: Match): HTMLElement {
  const label = FACTORS.map((f) => `${FACTOR_NL[f].toLowerCase()} ${decimal(m.factors[f].contribution)}`).join(', ');
  return h(
    'div',
    { class: 'breakdown' },
    h(
      'span',
      { class: 'stack', 'aria-hidden': 'true' },
      ...FACTORS.map((f) => h('span', { class: `seg f-${f}`, style: `width:${(m.factors[f].contribution * 100).toFixed(1)}%`, title: `${FACTOR_NL[f]} ${decimal(m.factors[f].contribution)}` })),
    ),
    h('span', { class: 'visually-hidden' }, label),
  );
}

function renderRanking(): void {
  const { matcher } = state;
  const ranked = matcher.rankCandidates(state.vacancyId, { limit: LIMIT, fallback: state.fallback, minScore: state.suitableOnly ? matcher.config.suitableScore : 0 });
  const body = $<HTMLTableElement>('ranking').tBodies[0]!;
  body.replaceChildren(
    ...ranked.map((m, i) => {
      const c = currentCandidate(m.candidateId);
      const suitable = m.score >= matcher.config.suitableScore;
      const selected = m.candidateId === state.candidateId;
      return h(
        'tr',
        { 'data-candidate': m.candidateId, class: selected ? 'selected' : '', 'aria-current': selected && 'true' },
        h('td', { class: 'num' }, String(i + 1)),
        h('th', { scope: 'row' }, m.candidateId, state.edits.has(m.candidateId) && h('span', { class: 'badge edited' }, 'aangepast'), h('span', { class: 'town' }, c.municipality)),
        h('td', {}, h('span', { class: `badge tier-${m.tier}` }, TIER_NL[m.tier])),
        h('td', { class: suitable ? 'num score' : 'num score below' }, decimal(m.score), h('span', { class: 'visually-hidden' }, suitable ? ' (geschikt)' : ' (onder de drempel)')),
        h('td', {}, breakdown(m)),
        h('td', { class: 'missing' }, m.missing.length === 0 ? '—' : m.missing.map(missingText).join(', ')),
        h('td', {}, h('button', { type: 'button', class: 'explain', 'data-candidate': m.candidateId, 'aria-label': `Uitleg bij ${m.candidateId}`, 'aria-pressed': String(selected) }, 'Uitleg')),
      );
    }),
  );
  if (ranked.length === 0)
    body.append(h('tr', {}, h('td', { colspan: '7', class: 'empty' }, 'Geen kandidaten die in aanmerking komen. Kies “Alle lagen, eigen gemeente eerst” of een andere vacature.')));
  const suitable = ranked.filter((m) => m.score >= matcher.config.suitableScore).length;
  const tiers = (['home', 'fallback', 'region'] as const).map((t) => [t, ranked.filter((m) => m.tier === t).length] as const).filter(([, n]) => n > 0);
  $('summary').textContent =
    ranked.length === 0
      ? 'Geen kandidaten.'
      : `${ranked.length === LIMIT ? `De beste ${LIMIT}` : ranked.length} kandidaten, ${suitable} geschikt (score ≥ ${decimal(matcher.config.suitableScore)}); ${tiers.map(([t, n]) => `${n} ${TIER_NL[t]}`).join(', ')}.` +
        (state.edits.size > 0 ? ` Opnieuw berekend met ${state.edits.size} aangepaste ${state.edits.size === 1 ? 'kandidaat' : 'kandidaten'} in ${decimal(state.rebuildMs, 0)} ms.` : '');
}

function profile(c: CandidateInput): HTMLElement {
  const comps = c.competences.map((x) => (typeof x === 'string' ? x : x.level === undefined ? x.label : `${x.label} (niveau ${x.level})`));
  return h(
    'dl',
    { class: 'facts' },
    h('dt', {}, 'Woonplaats'),
    h('dd', {}, c.municipality),
    h('dt', {}, 'Trede'),
    h('dd', {}, `${c.ladderStep}${c.exempt ? ' (ontheffing)' : ''}`),
    h('dt', {}, 'Uren per week'),
    h('dd', {}, hoursText(c.hours)),
    h('dt', {}, 'Reizen'),
    h('dd', {}, `max. ${c.travel.maxMinutes} min, ${c.travel.modes.map((m) => MODE_NL[m]).join(', ')}`),
    h('dt', {}, 'Competenties'),
    h('dd', {}, comps.length > 0 ? comps.join(', ') : 'geen opgegeven'),
  );
}

function whatIfForm(c: CandidateInput): HTMLFormElement {
  const number = (id: string, label: string, value: number, min: number, max: number) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h('input', { id, name: id, type: 'number', inputmode: 'decimal', min: String(min), max: String(max), step: '1', value: String(value), required: true }),
    );
  const form = h(
    'form',
    { class: 'whatif', id: 'whatif', 'aria-describedby': 'whatif-help' },
    h('h3', {}, 'Wat als…'),
    h('p', { id: 'whatif-help', class: 'muted' }, 'Pas uren of vervoer van deze kandidaat aan en herbereken: de ranglijst en de score hierboven volgen.'),
    h('fieldset', {}, h('legend', {}, 'Uren per week'), h('div', { class: 'row' }, number('hours-min', 'Minimaal', c.hours.min, 1, 60), number('hours-max', 'Maximaal', c.hours.max, 1, 60))),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Vervoer'),
      h(
        'div',
        { class: 'modes' },
        ...TRAVEL_MODES.map((mode) =>
          h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'mode', value: mode, id: `mode-${mode}`, checked: c.travel.modes.includes(mode) }), ` ${MODE_NL[mode]}`),
        ),
      ),
      number('max-minutes', 'Maximale reistijd (min)', c.travel.maxMinutes, 1, 240),
    ),
    h('div', { class: 'errors', id: 'whatif-errors', role: 'alert' }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, 'Herbereken'),
      state.edits.has(c.id) && h('button', { type: 'button', id: 'whatif-reset' }, 'Oorspronkelijke gegevens'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const edit: Edit = {
      hours: { min: Number(data.get('hours-min')), max: Number(data.get('hours-max')) },
      travel: { maxMinutes: Number(data.get('max-minutes')), modes: data.getAll('mode').map(String) as TravelMode[] },
    };
    const edits = new Map(state.edits).set(c.id, edit);
    try {
      state.matcher = withCandidate(state.matcher, { ...candidateById.get(c.id)!, ...edit });
      state.edits = edits;
    } catch (error) {
      if (!(error instanceof MatchError)) throw error;
      // The library names every bad field; show them next to the form instead of applying the change.
      $('whatif-errors').replaceChildren(h('p', {}, 'Niet herberekend:'), h('ul', {}, ...error.issues.map((i) => h('li', {}, `${i.path.slice(3).join('.')}: ${i.message}`))));
      return;
    }
    render();
  });
  form.querySelector('#whatif-reset')?.addEventListener('click', () => {
    const edits = new Map(state.edits);
    edits.delete(c.id);
    state.matcher = edits.size === 0 ? original : withCandidate(state.matcher, candidateById.get(c.id)!);
    state.edits = edits;
    render();
  });
  return form;
}

function renderDetail(): void {
  const id = state.candidateId;
  $('detail-empty').hidden = id !== undefined;
  const body = $('detail-body');
  body.hidden = id === undefined;
  if (id === undefined) {
    body.replaceChildren();
    return;
  }
  const m = state.matcher.score(id, state.vacancyId);
  const before = original.score(id, state.vacancyId);
  const sentences = explainMatch(m);
  const knockouts = sentences.slice(FACTORS.length, FACTORS.length + m.knockouts.length);
  const missing = m.missing.length > 0 ? sentences[sentences.length - 1] : undefined;
  const moved = m.score - before.score;
  const parts: Child[] = [
    h(
      'div',
      { class: 'headline' },
      h('h3', {}, `Kandidaat ${id}`, ' ', h('span', { class: `badge tier-${m.tier}` }, TIER_NL[m.tier])),
      h('p', { class: 'big', id: 'detail-score' }, h('span', { class: 'visually-hidden' }, 'Score '), m.eligible ? decimal(m.score) : '0,00'),
    ),
    state.edits.has(id) &&
      h(
        'p',
        { class: 'moved', id: 'detail-moved' },
        `Oorspronkelijk ${decimal(before.score)}, nu ${decimal(m.score)} `,
        h('strong', { class: moved > 0 ? 'up' : moved < 0 ? 'down' : '' }, `(${moved > 0 ? '+' : moved < 0 ? '−' : '±'}${decimal(Math.abs(moved))})`),
      ),
    m.eligible
      ? h(
          'p',
          { class: 'status ok' },
          m.score >= state.matcher.config.suitableScore ? 'Komt in aanmerking en is geschikt voor deze vacature.' : 'Komt in aanmerking, maar blijft onder de drempel voor geschikt.',
        )
      : h('div', { class: 'status ko' }, h('p', {}, 'Valt af voor deze vacature:'), h('ul', {}, ...knockouts.map((s) => h('li', {}, s)))),
    h(
      'table',
      { class: 'factors', id: 'factors' },
      h('caption', {}, 'Score per factor'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Factor'), h('th', { scope: 'col', class: 'num' }, 'Bijdrage'), h('th', { scope: 'col' }, 'Uitleg'))),
      h(
        'tbody',
        {},
        ...FACTORS.map((f, i) =>
          h(
            'tr',
            { class: m.knockouts.some((k) => k.factor === f) ? 'knocked' : '' },
            h(
              'th',
              { scope: 'row' },
              h('span', { class: `dot f-${f}`, 'aria-hidden': 'true' }),
              FACTOR_NL[f],
              h('span', { class: 'calc' }, `score ${decimal(m.factors[f].score)} × gewicht ${decimal(m.factors[f].weight)}`),
            ),
            h('td', { class: 'num' }, decimal(m.factors[f].contribution)),
            h('td', { class: 'sentence' }, sentences[i] ?? ''),
          ),
        ),
      ),
      h(
        'tfoot',
        {},
        h('tr', {}, h('th', { scope: 'row' }, 'Totaal'), h('td', { class: 'num' }, decimal(m.score)), h('td', { class: 'muted' }, m.eligible ? 'de som van de bijdragen' : 'valt af: score 0')),
      ),
    ),
    h('h3', {}, 'Ontbrekende gegevens'),
    missing === undefined ? h('p', { class: 'muted' }, 'Niets: alle gegevens zijn opgegeven en herkend.') : h('p', { class: 'missing-note' }, missing),
    h('h3', {}, 'Profiel'),
    profile(currentCandidate(id)),
    whatIfForm(currentCandidate(id)),
  ];
  body.replaceChildren(...parts.filter((p): p is Node | string => p !== false && p !== undefined));
}

function render(): void {
  renderVacancy(vacancyById.get(state.vacancyId)!);
  renderRanking();
  renderDetail();
}

function selectFirst(): void {
  const first = state.matcher.rankCandidates(state.vacancyId, { limit: 1, fallback: state.fallback, minScore: state.suitableOnly ? state.matcher.config.suitableScore : 0 })[0];
  state.candidateId = first?.candidateId;
}

fillVacancies();
$<HTMLSelectElement>('vacancy').addEventListener('change', (e) => {
  state.vacancyId = (e.target as HTMLSelectElement).value;
  selectFirst();
  render();
});
$<HTMLSelectElement>('fallback').addEventListener('change', (e) => {
  state.fallback = (e.target as HTMLSelectElement).value as FallbackPolicy;
  render();
});
$<HTMLSelectElement>('threshold').addEventListener('change', (e) => {
  state.suitableOnly = (e.target as HTMLSelectElement).value === 'suitable';
  render();
});
$<HTMLTableElement>('ranking').addEventListener('click', (e) => {
  const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button.explain');
  if (!button) return;
  state.candidateId = button.dataset.candidate;
  render();
  $('detail-title').scrollIntoView({ block: 'nearest' });
});
selectFirst();
render();
