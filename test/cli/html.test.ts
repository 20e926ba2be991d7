import { describe, expect, it } from 'vitest';
import { renderWhatIfHtml, type WhatIfRow } from '../../src/cli/html.js';

const row = (scenario: string, placements: [number, number, number], money: { subsidy: number; savings: number }, durable: number): WhatIfRow => ({
  scenario,
  placements: placements[0] + placements[1] + placements[2],
  fromHome: placements[0],
  fromFallback: placements[1],
  fromRegion: placements[2],
  durableExpected: durable,
  subsidyPerMonth: money.subsidy,
  subsidyPerYear: money.subsidy * 12,
  notionalSavings: money.savings,
  instrumentCosts: 0,
  netResult: money.savings - money.subsidy * 12,
  openPositions: 3,
  byMunicipality: [
    { municipality: 'Noordwijk', placements: placements[0], fromHome: placements[0], fromFallback: 0, fromRegion: 0 },
    { municipality: 'Lisse', placements: placements[1] + placements[2], fromHome: 0, fromFallback: placements[1], fromRegion: placements[2] },
  ],
});

const ROWS: WhatIfRow[] = [
  row('basis', [10, 4, 1], { subsidy: 4000, savings: 60_000 }, 11.5),
  row('zonder terugval', [10, 0, 0], { subsidy: 2500, savings: 20_000 }, 7.9),
  // A scenario whose subsidy outweighs its savings: the net result is negative.
  row('<script>alert("x")</script> & co', [12, 6, 2], { subsidy: 9000, savings: 90_000 }, 15.2),
];

describe('renderWhatIfHtml', () => {
  const html = renderWhatIfHtml(ROWS, { title: 'Terugvalpool', notes: ['peildatum 2026-03-02'] });

  it('is one self-contained document: no scripts, links, sources or URLs, and a CSP that forbids loading', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/);
    for (const forbidden of ['<script', '<link', 'src=', 'href=', 'http://', 'https://', 'url(', '@import']) expect(html).not.toContain(forbidden);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('draws one SVG bar chart per key figure, with a bar per scenario (placements stacked by tier)', () => {
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs).toHaveLength(5);
    expect((svgs[0]!.match(/<rect /g) ?? []).length).toBe(3 + 1 + 3);
    for (const svg of svgs.slice(1)) expect((svg.match(/<rect /g) ?? []).length).toBe(3);
    expect(svgs[4]).toContain('class="neg"');
    for (const svg of svgs) expect(svg).not.toMatch(/NaN|Infinity|width="-/);
  });

  it('names every scenario, escaped, in the charts and the tables', () => {
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co';
    expect(html).not.toContain('<script>alert');
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(5 + 2);
    for (const name of ['basis', 'zonder terugval']) expect(html.split(`>${name}<`).length - 1).toBeGreaterThanOrEqual(5 + 2);
  });

  it('puts the table beneath the charts, with the difference to the baseline', () => {
    expect(html.indexOf('<table>')).toBeGreaterThan(html.lastIndexOf('</svg>'));
    expect(html).toContain('<span class="delta">−5</span>');
    expect(html).toContain('<h1>Terugvalpool</h1>');
    expect(html).toContain('peildatum 2026-03-02');
    expect(html).toContain('Noordwijk');
  });

  it('speaks English on request, is deterministic and handles no rows and all-zero figures', () => {
    const en = renderWhatIfHtml(ROWS, { locale: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Notional savings');
    expect(renderWhatIfHtml(ROWS, { title: 'Terugvalpool', notes: ['peildatum 2026-03-02'] })).toBe(html);
    expect(renderWhatIfHtml([])).not.toContain('<svg');
    const zero = renderWhatIfHtml([row('leeg', [0, 0, 0], { subsidy: 0, savings: 0 }, 0)]);
    expect(zero).not.toMatch(/NaN|Infinity/);
    expect(() => renderWhatIfHtml(ROWS, { locale: 'de' as 'nl' })).toThrow(RangeError);
  });

  it('shows instrument costs where a scenario has any, and says the net result subtracts them', () => {
    const costs = (r: WhatIfRow, instrumentCosts: number): WhatIfRow => ({ ...r, instrumentCosts, netResult: r.netResult - instrumentCosts });
    const withCosts = [ROWS[0]!, costs(ROWS[1]!, 1250)];
    const rowOf = (h: string, label: string) => new RegExp(`<tr><th scope="row">${label}</th>(<td>[^<]*(<span class="delta">[^<]*</span>)?</td>)+</tr>`).exec(h)?.[0];
    const nl = renderWhatIfHtml(withCosts);
    expect(rowOf(nl, 'Kosten eigen instrumenten')).toContain('1.250');
    expect(nl).toContain('Nettoresultaat (besparing − subsidie over dezelfde periode − kosten eigen instrumenten)');
    const en = renderWhatIfHtml(withCosts, { locale: 'en' });
    expect(rowOf(en, 'Own instrument costs')).toContain('1,250');
    expect(en).toContain('Net result (savings − subsidy over the same period − own instrument costs)');
    // Without a catalogue the row would be zeros only: it is left out.
    expect(html).not.toContain('Kosten eigen instrumenten</th>');
  });

  it("escapes &, <, >, quotes and ' in text and attributes", () => {
    const named = renderWhatIfHtml([row(`Jan's "plan" <b> & co`, [1, 0, 0], { subsidy: 0, savings: 0 }, 0)]);
    expect(named).toContain('Jan&#39;s &quot;plan&quot; &lt;b&gt; &amp; co');
    expect(named).not.toContain(`Jan's`);
  });
});
