import { bearing, centroid, distance, featureCollection, point } from '@turf/turf';

type LngLat = [number, number];

const sides = ['北侧', '东北侧', '东侧', '东南侧', '南侧', '西南侧', '西侧', '西北侧'] as const;

/** A point nearer its group's centre than this share of the farthest member's distance is its middle one: 中部. */
const MIDDLE_SHARE = 0.25;

/**
 * Names that several points share told apart by where each lies in its group, as a patrol leader would say it:
 * two cells both '和平新村2栋附近' become '和平新村2栋附近（东侧）' and '和平新村2栋附近（西侧）' (bearing from the
 * group's centre, eight sides; one much nearer the centre than the rest, 中部). Names still shared after that are numbered in input order
 * ('（东侧2）'). Unique names are kept as they are; null stays null. A list of stops whose names repeat cannot be
 * read aloud over the radio. Pure; positions EPSG:4326.
 */
export function distinguishSharedNames(names: readonly (string | null)[], points: readonly LngLat[]): (string | null)[] {
  const groups = new Map<string, number[]>();
  names.forEach((n, i) => {
    if (n !== null) groups.set(n, [...(groups.get(n) ?? []), i]);
  });
  const out = [...names];
  for (const [name, members] of groups) {
    if (members.length < 2) continue;
    const centre = centroid(featureCollection(members.map((i) => point(points[i]))));
    const far = Math.max(...members.map((i) => distance(centre, points[i])));
    const side = (i: number) => {
      if (distance(centre, points[i]) <= MIDDLE_SHARE * far) return '中部';
      return sides[Math.round(((bearing(centre, points[i]) + 360) % 360) / 45) % 8];
    };
    const seen = new Map<string, number>();
    const bySide = members.map((i) => side(i));
    const repeated = new Set(bySide.filter((s, k) => bySide.indexOf(s) !== k));
    members.forEach((i, k) => {
      const s = bySide[k];
      const n = (seen.get(s) ?? 0) + 1;
      seen.set(s, n);
      out[i] = `${name}（${s}${repeated.has(s) ? n : ''}）`;
    });
  }
  return out;
}
