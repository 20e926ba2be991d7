// Drives examples/portal in real Chromium: the page is built by Vite against the built package (dist/, through the
// package's exports map) and served by `vite preview`. Any console error or page error fails the test.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher, generateSyntheticRegion } from '../../src/index.js';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const configFile = fileURLToPath(new URL('../../examples/portal/vite.config.ts', import.meta.url));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The page's caseload, to choose a vacancy and an edit the test can reason about.
const region = generateSyntheticRegion({ seed: 2026, candidates: 600, vacancies: 60 });

let server: PreviewServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
let bundled: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${repository}dist/index.js`)) throw new Error('test:browser needs the built package: run `npm run build` first');
  if (!existsSync(executablePath)) throw new Error(`no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const output = await build({ configFile, logLevel: 'error' });
  const outputs = Array.isArray(output) ? output : [output];
  bundled = outputs.flatMap((o) => ('output' in o ? o.output : [])).flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : []));
  server = await preview({ configFile, logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  browser = await chromium.launch({ executablePath });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  await page.goto(url);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = () => page.locator('#ranking tbody tr[data-candidate]');
const detailScore = async () => Number(((await page.locator('#detail-score').textContent()) ?? '').replace('Score', '').trim().replace(',', '.'));

describe('the portal demo in Chromium', () => {
  it('bundles the built package, not the source', () => {
    expect(bundled.some((m) => m.endsWith('/dist/index.js'))).toBe(true);
    expect(bundled.filter((m) => m.includes('/src/'))).toEqual([]);
  });

  it('ranks candidates for the chosen vacancy and explains the match factor by factor, in Dutch', async () => {
    const vacancy = region.vacancies.find((v) => v.id === 'v-03')!;
    await page.getByLabel('Vacature').selectOption(vacancy.id);
    await expect.poll(() => page.locator('#vacancy-card h2').textContent()).toContain(vacancy.title!);
    expect(await rows().count()).toBeGreaterThan(1);
    // Best first, and every row carries a tier.
    const scores = (await page.locator('#ranking tbody td.score').allInnerTexts()).map((t) => Number.parseFloat(t.replace(',', '.')));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const tier of await page.locator('#ranking tbody .badge[class*="tier-"]').allInnerTexts()) expect(['eigen gemeente', 'terugvalgemeente', 'regio']).toContain(tier);

    const second = rows().nth(1);
    const id = (await second.getAttribute('data-candidate'))!;
    await second.getByRole('button', { name: `Uitleg bij ${id}` }).click();
    await expect.poll(() => page.locator('#detail-body h3').first().textContent()).toContain(id);
    const factorRows = page.locator('#factors tbody tr');
    expect(await factorRows.count()).toBe(5);
    expect((await factorRows.locator('th').allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['Competenties', 'Trede', 'Uren', 'Reistijd', 'Sector']);
    const sentences = await factorRows.locator('td.sentence').allInnerTexts();
    expect(sentences[0]).toMatch(/^Competenties: /);
    expect(sentences[3]).toMatch(/^Reistijd \d+ min/);
    expect(await detailScore()).toBeCloseTo(scores[1]!, 2);
    await expect.poll(() => page.getByRole('heading', { name: 'Ontbrekende gegevens' }).count()).toBe(1);
    // PORTAL_SCREENSHOT=file.png keeps a picture of the page at 1200 px, to look at.
    if (process.env.PORTAL_SCREENSHOT) await page.screenshot({ path: process.env.PORTAL_SCREENSHOT });
  });

  it('moves the score when a candidate travels differently, and knocks them out when their hours no longer fit', async () => {
    const id = (await page.locator('#ranking tr[aria-current]').getAttribute('data-candidate'))!;
    const before = await detailScore();
    const vacancy = region.vacancies.find((v) => v.id === 'v-03')!;

    // Another way to travel: the page must show the score the library gives the edited record (computed here, in Node),
    // and the edit is one that moves the score.
    const record = region.candidates.find((c) => c.id === id)!;
    const travels = [
      { maxMinutes: 240, modes: ['walk'] },
      { maxMinutes: 20, modes: ['car'] },
      { maxMinutes: 60, modes: ['transit'] },
    ] as const;
    const scoreWith = (travel: (typeof travels)[number]) =>
      createMatcher({ candidates: region.candidates.map((c) => (c.id === id ? { ...c, travel: { ...travel, modes: [...travel.modes] } } : c)), vacancies: region.vacancies }).score(id, vacancy.id)
        .score;
    const travel = travels.find((t) => Math.abs(scoreWith(t) - before) >= 0.01);
    if (!travel) throw new Error(`no travel edit moves the score of ${id} (${JSON.stringify(record.travel)})`);
    const modes = page.getByRole('group', { name: 'Vervoer' }).getByRole('checkbox');
    for (const box of await modes.all()) await box.setChecked(false);
    for (const mode of travel.modes) await page.getByRole('checkbox', { name: { walk: 'lopen', car: 'auto', transit: 'ov' }[mode], exact: true }).check();
    await page.getByLabel('Maximale reistijd (min)').fill(String(travel.maxMinutes));
    await page.getByRole('button', { name: 'Herbereken' }).click();
    await expect.poll(() => page.locator('#detail-moved').count()).toBe(1);
    expect(await detailScore()).toBeCloseTo(scoreWith(travel), 2);
    const row = page.locator(`#ranking tbody tr[data-candidate="${id}"]`);
    if ((await row.count()) > 0) expect(await row.locator('.badge.edited').textContent()).toBe('aangepast');

    // Hours that end below the vacancy's minimum: the ranges no longer overlap, so the candidate is knocked out.
    expect(vacancy.hours.min).toBeGreaterThan(2);
    await page.getByLabel('Minimaal').fill('1');
    await page.getByLabel('Maximaal').fill(String(vacancy.hours.min - 1));
    await page.getByRole('button', { name: 'Herbereken' }).click();
    await expect.poll(() => detailScore()).toBe(0);
    await expect.poll(() => page.locator('.status.ko').textContent()).toContain('Valt af');
    expect(await page.locator(`#ranking tbody tr[data-candidate="${id}"]`).count()).toBe(0);

    // Back to the recorded data: the original score returns.
    await page.getByRole('button', { name: 'Oorspronkelijke gegevens' }).click();
    await expect.poll(() => detailScore()).toBeCloseTo(before, 2);
  });

  it('shows the MatchError issues for impossible hours instead of applying them', async () => {
    const before = await detailScore();
    await page.getByLabel('Minimaal').fill('30');
    await page.getByLabel('Maximaal').fill('20');
    await page.getByRole('button', { name: 'Herbereken' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('hours.min (30) is above hours.max (20)');
    expect(await detailScore()).toBe(before);
  });

  it('logs no console error and no page error', async () => {
    expect(problems).toEqual([]);
  });
});
