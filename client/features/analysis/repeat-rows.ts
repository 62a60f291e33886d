import type { RepeatsAnswer } from '../../../core/contracts/analysis';
import type { MapTarget } from './map-targets';

export interface RepeatLocationRow {
  id: string;
  lngLat: [number, number];
  /** Its nearest standard address or key place ('星河城1栋附近'); null when none lies within 300 m. */
  place: string | null;
  count: number;
  categories: string[];
  first: string;
  last: string;
}

export interface NearRepeatRow {
  id: string;
  /** The place nearest the pair's midpoint, as for a repeat location. */
  place: string | null;
  category: string;
  distanceM: number;
  days: number;
  firstAt: string;
  secondAt: string;
  line: [number, number][];
}

/** Repeat locations as list rows, the most incidents first (ties: the most recent last incident first). */
export function repeatLocationRows(answer: RepeatsAnswer): RepeatLocationRow[] {
  return answer.locations.features
    .map((f, i) => ({
      id: `loc-${i}`,
      lngLat: [f.geometry.coordinates[0], f.geometry.coordinates[1]] as [number, number],
      place: f.properties.place ?? null,
      count: f.properties.count,
      categories: f.properties.categories,
      first: f.properties.first,
      last: f.properties.last,
    }))
    .sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
}

/** Near-repeat pairs as list rows, in the server's order (closest in time first), at most `limit`. */
export function nearRepeatRows(answer: RepeatsAnswer, limit: number): NearRepeatRow[] {
  return answer.pairs.features.slice(0, limit).map((f, i) => ({
    id: `pair-${i}`,
    place: f.properties.place ?? null,
    category: f.properties.category,
    distanceM: f.properties.distanceM,
    days: f.properties.days,
    firstAt: f.properties.firstAt,
    secondAt: f.properties.secondAt,
    line: f.geometry.coordinates.map((c) => [c[0], c[1]] as [number, number]),
  }));
}

/**
 * How far apart a pair's incidents are, in the unit a person reads best: minutes under an hour, hours (one decimal)
 * under a day, days (one decimal) beyond. '0.0 days' told nothing about a pair an hour apart (issue 12).
 */
export function pairGap(firstAt: string, secondAt: string): { unit: 'minutes' | 'hours' | 'days'; n: number } {
  const minutes = Math.round(Math.abs(Date.parse(secondAt) - Date.parse(firstAt)) / 60_000);
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  if (minutes < 1440) return { unit: 'hours', n: Math.round(minutes / 6) / 10 };
  return { unit: 'days', n: Math.round(minutes / 144) / 10 };
}

/** The map target of a repeat location: close enough to see the buildings (zoom 17). */
export function locationTarget(row: RepeatLocationRow): MapTarget {
  return { kind: 'point', lngLat: row.lngLat, zoom: 17 };
}

/**
 * The map target of a near-repeat pair: both ends in view. Pairs can be metres apart, so the bounds are widened
 * to at least ~100 m (0.001°) a side, or fitting would zoom in past the base map.
 */
export function pairTarget(row: NearRepeatRow): MapTarget {
  const lngs = row.line.map((p) => p[0]);
  const lats = row.line.map((p) => p[1]);
  const pad = (lo: number, hi: number) => Math.max(0, (0.001 - (hi - lo)) / 2);
  const [w, e] = [Math.min(...lngs), Math.max(...lngs)];
  const [s, n] = [Math.min(...lats), Math.max(...lats)];
  return { kind: 'bounds', bounds: [w - pad(w, e), s - pad(s, n), e + pad(w, e), n + pad(s, n)] };
}
