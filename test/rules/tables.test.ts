import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSISTANCE_NORM_TABLE, MINIMUM_WAGE_TABLE, YOUTH_MINIMUM_WAGE_TABLE } from '../../src/rules/index.js';

// The CSVs have no quoted commas, so a plain split is enough here.
function readCsv(name: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8')
    .trim()
    .split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
}

describe('the typed tables equal data/*.csv', () => {
  it('minimum wage', () => {
    const rows = readCsv('minimum-wage.csv').map((r) => ({
      effectiveFrom: r.effective_from,
      hourly: Number(r.hourly_21_plus_eur),
      referenceMonth: Number(r.reference_month_eur),
      source: r.source,
    }));
    expect(MINIMUM_WAGE_TABLE).toEqual(rows);
  });

  it('youth minimum wage percentages', () => {
    const rows = readCsv('youth-minimum-wage-percent.csv').map((r) => ({
      age: Number(r.age),
      regularPercent: Number(r.regular_percent),
      bblPercent: Number(r.bbl_percent),
    }));
    expect(YOUTH_MINIMUM_WAGE_TABLE).toEqual(rows);
  });

  it('assistance norms', () => {
    const rows = readCsv('assistance-norms.csv').map((r) => ({
      effectiveFrom: r.effective_from,
      single: Number(r.single_eur_month),
      couple: Number(r.couple_eur_month),
      earningsDisregardMax: Number(r.earnings_disregard_max_eur_month),
      source: r.source,
    }));
    expect(ASSISTANCE_NORM_TABLE).toEqual(rows);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(MINIMUM_WAGE_TABLE)).toBe(true);
    expect(Object.isFrozen(MINIMUM_WAGE_TABLE[0])).toBe(true);
    expect(Object.isFrozen(ASSISTANCE_NORM_TABLE)).toBe(true);
  });
});
