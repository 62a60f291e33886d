/**
 * The scale load of issue 15 (`npm run seed -- --years Y --scale N`): Y years of incidents at N times the demo year's
 * rate, drawn from the demo's own incidents so that places, hours, weekdays and categories keep their patterns.
 * Year k (0 = the demo year) holds copies of every demo incident moved back k × 364 days (52 weeks, so weekdays stay
 * weekdays), each a few minutes earlier and a few metres off, and recorded as long after it happened as its demo incident
 * was (within its local day, incident-recording.ts). Copies keep the demo incident's grid and beat: a copy
 * near a grid's edge may lie a few metres outside it, which a load test does not mind. Deterministic; no I/O.
 */
import { demoRecordedAtMs } from './incident-recording';
import { createRng } from './prng';

/** A demo incident the scale load copies. Times in ms since the epoch; coordinates [lng, lat] in EPSG:4326. */
export interface IncidentTemplate {
  occurredAtMs: number;
  categoryCode: string;
  source: string;
  gridCode: string | null;
  beatCode: string | null;
  lng: number;
  lat: number;
  recordedAtMs: number;
}

export interface ScaleOptions {
  seed: string;
  /** Whole years back from the demo year, including it: 1 or more. */
  years: number;
  /** Copies of each demo incident per year; a fraction is drawn per incident (0.01 → about one in a hundred). */
  scale: number;
}

export const WEEKS_52_MS = 364 * 86_400_000;
const MINUTE_MS = 60_000;
const JITTER_DEG = 0.0001; // ≈ 10 m

/** The number of rows `scaledIncidents` yields, expected (the fractional part is drawn per incident). */
export function expectedScaledCount(templateCount: number, o: ScaleOptions): number {
  return Math.round(templateCount * o.years * o.scale);
}

/** Checks the options; throws a message naming the option. */
export function checkScaleOptions(o: ScaleOptions): void {
  if (!Number.isInteger(o.years) || o.years < 1 || o.years > 50) throw new Error('--years 须为 1–50 的整数（--years must be a whole number 1–50）');
  if (!Number.isFinite(o.scale) || o.scale <= 0 || o.scale > 1000) throw new Error('--scale 须大于 0、不超过 1000（--scale must be > 0 and ≤ 1000）');
}

/**
 * Yields the scaled incidents year by year (the demo year first, then each earlier one), in template order within a
 * year. The same templates and options always yield the same rows. Does not mutate the templates.
 */
export function* scaledIncidents(templates: readonly IncidentTemplate[], o: ScaleOptions): Generator<IncidentTemplate> {
  checkScaleOptions(o);
  const whole = Math.floor(o.scale);
  const fraction = o.scale - whole;
  for (let year = 0; year < o.years; year++) {
    const rng = createRng(o.seed, `scale-incidents-${year}`);
    const shiftMs = year * WEEKS_52_MS;
    for (const t of templates) {
      const copies = whole + (fraction > 0 && rng.next() < fraction ? 1 : 0);
      for (let c = 0; c < copies; c++) {
        // Earlier only, so a copy of the demo year's last incident is never in the future.
        const occurredAtMs = t.occurredAtMs - shiftMs - Math.floor(rng.next() * 60) * MINUTE_MS;
        yield {
          ...t,
          occurredAtMs,
          lng: Math.round((t.lng + (rng.next() - 0.5) * 2 * JITTER_DEG) * 1e6) / 1e6,
          lat: Math.round((t.lat + (rng.next() - 0.5) * 2 * JITTER_DEG) * 1e6) / 1e6,
          recordedAtMs: demoRecordedAtMs(occurredAtMs, t.recordedAtMs - t.occurredAtMs),
        };
      }
    }
  }
}

/** The earliest instant `scaledIncidents` can yield, to make partitions before writing. */
export function earliestScaledMs(templates: readonly IncidentTemplate[], o: ScaleOptions): number {
  let min = Infinity;
  for (const t of templates) min = Math.min(min, t.occurredAtMs);
  return min - (o.years - 1) * WEEKS_52_MS - 60 * MINUTE_MS;
}
