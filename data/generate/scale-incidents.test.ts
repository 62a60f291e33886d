import { describe, expect, it } from 'vitest';
import { localDateKey } from '../../core/time';
import { WEEKS_52_MS, checkScaleOptions, earliestScaledMs, expectedScaledCount, scaledIncidents, type IncidentTemplate } from './scale-incidents';

const templates: IncidentTemplate[] = Array.from({ length: 500 }, (_, i) => ({
  occurredAtMs: Date.UTC(2026, 0, 1) + i * 17 * 3_600_000,
  categoryCode: i % 2 ? 'theft' : 'fight',
  source: 'call',
  gridCode: `G${i % 7}`,
  beatCode: null,
  lng: 107.5 + i * 1e-5,
  lat: 31.2,
  recordedAtMs: Date.UTC(2026, 0, 1) + i * 17 * 3_600_000 + ((i % 9) + 1) * 60_000,
}));

describe('scaledIncidents', () => {
  it('gives the same rows for the same seed, and others for another seed', () => {
    const a = [...scaledIncidents(templates, { seed: 's', years: 2, scale: 1.3 })];
    expect([...scaledIncidents(templates, { seed: 's', years: 2, scale: 1.3 })]).toEqual(a);
    expect([...scaledIncidents(templates, { seed: 't', years: 2, scale: 1.3 })]).not.toEqual(a);
  });

  it('writes whole copies exactly and draws the fraction per incident', () => {
    expect([...scaledIncidents(templates, { seed: 's', years: 3, scale: 2 })]).toHaveLength(3000);
    const n = [...scaledIncidents(templates, { seed: 's', years: 2, scale: 0.5 })].length;
    expect(Math.abs(n - expectedScaledCount(templates.length, { seed: 's', years: 2, scale: 0.5 }))).toBeLessThan(80);
  });

  it('moves year k back by k × 52 weeks, never later than its demo incident, and keeps the codes', () => {
    const rows = [...scaledIncidents(templates, { seed: 's', years: 2, scale: 1 })];
    rows.forEach((r, i) => {
      const t = templates[i % templates.length];
      const shift = Math.floor(i / templates.length) * WEEKS_52_MS;
      expect(t.occurredAtMs - shift - r.occurredAtMs).toBeGreaterThanOrEqual(0);
      expect(t.occurredAtMs - shift - r.occurredAtMs).toBeLessThan(3_600_000);
      expect([r.categoryCode, r.gridCode]).toEqual([t.categoryCode, t.gridCode]);
      expect(r.occurredAtMs).toBeGreaterThanOrEqual(earliestScaledMs(templates, { seed: 's', years: 2, scale: 1 }));
    });
  });

  it('records each copy as long after it happened as its demo incident, but never on a later local day (补录)', () => {
    const rows = [...scaledIncidents(templates, { seed: 's', years: 2, scale: 1 })];
    rows.forEach((r, i) => {
      const t = templates[i % templates.length];
      const delayMs = r.recordedAtMs - r.occurredAtMs;
      expect(localDateKey(r.recordedAtMs)).toBe(localDateKey(r.occurredAtMs));
      expect(delayMs).toBeGreaterThanOrEqual(0);
      expect(delayMs).toBeLessThanOrEqual(t.recordedAtMs - t.occurredAtMs);
    });
    expect(rows.filter((r, i) => r.recordedAtMs - r.occurredAtMs === templates[i % templates.length].recordedAtMs - templates[i % templates.length].occurredAtMs).length).toBeGreaterThan(rows.length * 0.9);
  });

  it('refuses years and scales it cannot honour, naming the option', () => {
    expect(() => checkScaleOptions({ seed: 's', years: 0, scale: 1 })).toThrow(/--years/);
    expect(() => checkScaleOptions({ seed: 's', years: 1, scale: -1 })).toThrow(/--scale/);
    expect(() => [...scaledIncidents(templates, { seed: 's', years: 1.5, scale: 1 })]).toThrow(/--years/);
  });
});
