import type { Feature, LineString, Point } from 'geojson';
import type { NearRepeatPairProperties, RepeatLocationProperties, RepeatsAnswer } from '../contracts/analysis';
import { createUtmFrame } from '../hotspots/index';
import { round6 } from './cell-features';

export interface RepeatInput {
  lng: Float64Array;
  lat: Float64Array;
  /** Epoch seconds. */
  timesS: ArrayLike<number>;
  /** Category code of each incident. */
  categories: readonly string[];
}

const locationM = 15;
const locationMin = 3;
const maxPairs = 2000;

/**
 * Repeat locations and near-repeat pairs. A repeat location is a 15 m square (in the area's UTM zone) holding three
 * or more incidents — our incidents carry points, not addresses, and 15 m is one building. A near-repeat pair is two
 * incidents of the same category within `distanceM` metres and `days` days of each other (the near-repeat
 * phenomenon: burglary and theft risk rises near a recent one for a few weeks). Pairs are found through a spatial
 * hash of side `distanceM` (O(n·k), not all pairs), sorted by days then distance, and cut at 2,000. Pure.
 *
 * Exact duplicates — the same category at the same point at the same second, one event entered twice — are counted
 * once in both (issue 12: they showed as pairs "0.0 days" apart at the top of the list, and would make one event a
 * repeat location); `meta.duplicates` says how many were set aside. A pair's second incident must come after its
 * first: two incidents at the same instant are not a near repeat of each other, whatever their distance.
 */
export function findRepeats(input: RepeatInput, distanceM: number, days: number): RepeatsAnswer {
  const n = input.lng.length;
  const empty: RepeatsAnswer = {
    locations: { type: 'FeatureCollection', features: [] },
    pairs: { type: 'FeatureCollection', features: [] },
    meta: { distanceM, days, pairsFound: 0, truncated: false, duplicates: 0 },
  };
  if (n === 0) return empty;
  const { unique, duplicates } = withoutDuplicates(input);
  const frame = createUtmFrame([median(unique.lng), median(unique.lat)]);
  const xy = Array.from({ length: unique.lng.length }, (_, i) => frame.toXY([unique.lng[i], unique.lat[i]]));
  const pairs = findPairs(unique, xy, distanceM, days);
  return { locations: findLocations(unique, xy), pairs: pairs.pairs, meta: { ...pairs.meta, duplicates } };
}

/** The input with every exact duplicate (category, lng, lat and time all equal) after the first left out. */
function withoutDuplicates(input: RepeatInput): { unique: RepeatInput; duplicates: number } {
  const seen = new Set<string>();
  const keep: number[] = [];
  for (let i = 0; i < input.lng.length; i++) {
    const key = `${input.categories[i]}|${input.lng[i]}|${input.lat[i]}|${input.timesS[i]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keep.push(i);
  }
  if (keep.length === input.lng.length) return { unique: input, duplicates: 0 };
  return {
    unique: {
      lng: Float64Array.from(keep, (i) => input.lng[i]),
      lat: Float64Array.from(keep, (i) => input.lat[i]),
      timesS: keep.map((i) => input.timesS[i]),
      categories: keep.map((i) => input.categories[i]),
    },
    duplicates: input.lng.length - keep.length,
  };
}

function findLocations(input: RepeatInput, xy: [number, number][]): RepeatsAnswer['locations'] {
  const groups = new Map<string, number[]>();
  xy.forEach(([x, y], i) => {
    const key = `${Math.floor(x / locationM)}:${Math.floor(y / locationM)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const features: Feature<Point, RepeatLocationProperties>[] = [];
  for (const members of groups.values()) {
    if (members.length < locationMin) continue;
    const times = members.map((i) => input.timesS[i]).sort((a, b) => a - b);
    const lng = members.reduce((s, i) => s + input.lng[i], 0) / members.length;
    const lat = members.reduce((s, i) => s + input.lat[i], 0) / members.length;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round6(lng), round6(lat)] },
      properties: {
        count: members.length,
        categories: [...new Set(members.map((i) => input.categories[i]))].sort(),
        first: new Date(times[0] * 1000).toISOString(),
        last: new Date(times[times.length - 1] * 1000).toISOString(),
      },
    });
  }
  features.sort((a, b) => b.properties.count - a.properties.count || a.properties.first.localeCompare(b.properties.first));
  return { type: 'FeatureCollection', features };
}

function findPairs(input: RepeatInput, xy: [number, number][], distanceM: number, days: number) {
  const buckets = new Map<string, number[]>();
  const keyOf = (cx: number, cy: number) => `${cx}:${cy}`;
  xy.forEach(([x, y], i) => {
    const key = keyOf(Math.floor(x / distanceM), Math.floor(y / distanceM));
    buckets.set(key, [...(buckets.get(key) ?? []), i]);
  });
  const found: { i: number; j: number; d: number; t: number }[] = [];
  const maxS = days * 86_400;
  xy.forEach(([x, y], i) => {
    const cx = Math.floor(x / distanceM);
    const cy = Math.floor(y / distanceM);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of buckets.get(keyOf(cx + dx, cy + dy)) ?? []) {
          if (j <= i || input.categories[j] !== input.categories[i]) continue;
          const t = Math.abs(input.timesS[j] - input.timesS[i]);
          const d = Math.hypot(xy[j][0] - x, xy[j][1] - y);
          if (t > 0 && t <= maxS && d <= distanceM) found.push({ i, j, d, t });
        }
      }
    }
  });
  found.sort((a, b) => a.t - b.t || a.d - b.d || a.i - b.i || a.j - b.j);
  const features: Feature<LineString, NearRepeatPairProperties>[] = found.slice(0, maxPairs).map(({ i, j, d, t }) => {
    const [a, b] = input.timesS[i] <= input.timesS[j] ? [i, j] : [j, i];
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[round6(input.lng[a]), round6(input.lat[a])], [round6(input.lng[b]), round6(input.lat[b])]] },
      properties: {
        category: input.categories[a],
        distanceM: Math.round(d),
        days: Math.round((t / 86_400) * 10) / 10,
        firstAt: new Date(input.timesS[a] * 1000).toISOString(),
        secondAt: new Date(input.timesS[b] * 1000).toISOString(),
      },
    };
  });
  return {
    pairs: { type: 'FeatureCollection' as const, features },
    meta: { distanceM, days, pairsFound: found.length, truncated: found.length > maxPairs },
  };
}

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor(sorted.length / 2)];
}
