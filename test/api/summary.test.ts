import { beforeAll, describe, expect, it } from 'vitest';
import type { Summary } from '../../core/contracts/summary';
import { loginAs } from '../support/test-database';

let summary: Summary;
beforeAll(async () => {
  const app = await loginAs('admin');
  const res = await app.request('/api/stats/summary');
  expect(res.status).toBe(200);
  summary = (await res.json()) as Summary;
});

describe('GET /api/stats/summary', () => {
  it('says the data is generated demo data', () => {
    expect(summary.demo).toBe(true);
    expect(summary.anchor).not.toBeNull();
  });

  it('reports the article’s grid workforce: 208 grid leaders, 14 of them police officers', () => {
    expect(summary.grids).toBe(208);
    expect(summary.gridLeaders).toBe(208);
    expect(summary.policeGridLeaders).toBe(14);
  });

  it('reports a plausible urban population of about 250,000 residents in 85,000 households', () => {
    expect(summary.residents).toBeGreaterThan(237_500);
    expect(summary.residents).toBeLessThan(262_500);
    expect(summary.households).toBeGreaterThan(80_750);
    expect(summary.households).toBeLessThan(89_250);
  });

  it('reproduces the article’s work figures', () => {
    expect(summary.activities.population_check).toBeGreaterThanOrEqual(2100);
    expect(summary.activities.legal_session).toBeGreaterThanOrEqual(380);
    expect(summary.activities.dispute_helped).toBeGreaterThanOrEqual(160);
    expect(summary.activities.opinion_collected).toBe(118);
  });

  it('grades every grid leader in the latest two-month round', () => {
    const total = Object.values(summary.grades).reduce((a, b) => a + b, 0);
    expect(total).toBe(208);
    expect(Object.keys(summary.grades).every((g) => ['good', 'fair', 'average', 'poor'].includes(g))).toBe(true);
  });
});
