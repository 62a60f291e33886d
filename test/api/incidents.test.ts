import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentColumns } from '../../core/contracts/incidents';
import { loginAs, testAnchor, type TestClient } from '../support/test-database';

let app: TestClient;
beforeAll(async () => {
  app = await loginAs('admin');
});

const yearBefore = new Date(testAnchor.getTime() - 365 * 86_400_000).toISOString();
const anchor = testAnchor.toISOString();

async function getColumns(query: string): Promise<IncidentColumns> {
  const res = await app.request(`/api/incidents?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as IncidentColumns;
}

describe('GET /api/incidents', () => {
  it('returns the last twelve months — at least 50,000 incidents — as flat columns', async () => {
    const cols = await getColumns(`from=${encodeURIComponent(yearBefore)}&to=${encodeURIComponent(anchor)}`);
    expect(cols.count).toBeGreaterThanOrEqual(50_000);
    expect(cols.positions).toHaveLength(cols.count * 2);
    expect(cols.times).toHaveLength(cols.count);
    expect(cols.categories).toHaveLength(cols.count);
    expect(Math.max(...cols.categories)).toBe(cols.categoryCodes.length - 1);
    const lng = cols.positions[0];
    const lat = cols.positions[1];
    expect(lng).toBeGreaterThan(107.3);
    expect(lng).toBeLessThan(107.7);
    expect(lat).toBeGreaterThan(31.0);
    expect(lat).toBeLessThan(31.4);
    expect(cols.times[0]).toBeGreaterThanOrEqual(Date.parse(yearBefore) / 1000);
    expect(cols.times[cols.count - 1]).toBeLessThan(Date.parse(anchor) / 1000);
  });

  it('keeps only the asked hours of day, in Beijing time', async () => {
    const cols = await getColumns('hours=22,23,0');
    expect(cols.count).toBeGreaterThan(0);
    const hours = new Set(cols.times.map((t) => (new Date(t * 1000).getUTCHours() + 8) % 24));
    expect([...hours].sort((a, b) => a - b)).toEqual([0, 22, 23]);
  });

  it('keeps only the asked weekdays (ISO, 1 = Monday)', async () => {
    const cols = await getColumns('weekdays=6,7');
    const days = new Set(cols.times.map((t) => new Date((t + 8 * 3600) * 1000).getUTCDay()));
    expect([...days].sort()).toEqual([0, 6]);
  });

  it('keeps only the asked categories', async () => {
    const cats = (await (await app.request('/api/incident-categories')).json()) as { code: string }[];
    expect(cats.length).toBeGreaterThanOrEqual(8);
    const cols = await getColumns(`categories=${cats[0].code}`);
    expect(cols.count).toBeGreaterThan(0);
    expect(cols.categoryCodes).toEqual([cats[0].code]);
  });

  it('a smaller window returns fewer incidents', async () => {
    const week = new Date(testAnchor.getTime() - 7 * 86_400_000).toISOString();
    const year = await getColumns(`from=${encodeURIComponent(yearBefore)}`);
    const lastWeek = await getColumns(`from=${encodeURIComponent(week)}`);
    expect(lastWeek.count).toBeGreaterThan(0);
    expect(lastWeek.count).toBeLessThan(year.count / 20);
  });

  it('reads a bare date as that whole day in Asia/Shanghai: from its midnight, to the next midnight', async () => {
    // A day ten days before the anchor, as the calendar date in Beijing.
    const day = new Date(testAnchor.getTime() - 10 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const bare = await getColumns(`from=${day}&to=${day}`);
    const explicit = await getColumns(`from=${encodeURIComponent(`${day}T00:00:00+08:00`)}&to=${encodeURIComponent(`${next}T00:00:00+08:00`)}`);
    expect(bare.count).toBeGreaterThan(0);
    expect(bare.count).toBe(explicit.count);
    const start = Date.parse(`${day}T00:00:00+08:00`) / 1000;
    expect(Math.min(...bare.times)).toBeGreaterThanOrEqual(start);
    expect(Math.max(...bare.times)).toBeLessThan(start + 86_400);
  });

  it.each([
    ['from', 'from=yesterday'],
    ['from', 'from=2026-02-30'],
    ['to', 'to=2026-13-01'],
    ['hours', 'hours=25'],
    ['hours', 'hours=1,x'],
    ['weekdays', 'weekdays=0'],
    ['categories', 'categories=drop%20table'],
    ['bbox', 'bbox=1,2,3'],
    ['from', `from=${encodeURIComponent(anchor)}&to=${encodeURIComponent(yearBefore)}`],
  ])('answers 400 naming %s for %s', async (field, query) => {
    const res = await app.request(`/api/incidents?${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { field: string }[] };
    expect(body.issues.map((i) => i.field)).toContain(field);
  });
});
