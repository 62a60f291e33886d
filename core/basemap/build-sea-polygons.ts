import type { MultiPolygon } from 'geojson';
import { buildMultipolygon } from './build-multipolygon';
import { clipLineToBbox } from './clip-line-to-bbox';
import type { Bbox, LngLat } from './types';

/** Where a point on the box's edge lies along its perimeter, clockwise from the north-west corner: 0…4. */
function perimeterPosition([x, y]: LngLat, [w, s, e, n]: Bbox): number {
  const gaps = [Math.abs(y - n), Math.abs(x - e), Math.abs(y - s), Math.abs(x - w)];
  const edge = gaps.indexOf(Math.min(...gaps));
  if (edge === 0) return (x - w) / (e - w);
  if (edge === 1) return 1 + (n - y) / (n - s);
  if (edge === 2) return 2 + (e - x) / (e - w);
  return 3 + (y - s) / (n - s);
}

/** A point moved onto the nearest edge of the box (a coastline the extract cut off inside the box). */
function snapToEdge([x, y]: LngLat, [w, s, e, n]: Bbox): LngLat {
  const gaps = [n - y, e - x, y - s, x - w];
  const edge = gaps.indexOf(Math.min(...gaps));
  return edge === 0 ? [x, n] : edge === 1 ? [e, y] : edge === 2 ? [x, s] : [w, y];
}

const isInside = ([x, y]: LngLat, [w, s, e, n]: Bbox) => x > w && x < e && y > s && y < n;

/**
 * The sea within a box (w, s, e, n, degrees) from OSM coastlines, which run with the land on their left: the open
 * coastline chains (in their direction) and closed coastline rings (islands). Each chain is clipped to the box, its
 * ends moved onto the box's edge if the extract cut it short inside, and joined to the next chain start found going
 * clockwise round the box, passing the corners on the way: with the land on the left, that walk encloses the sea.
 * Islands inside the box become holes; islands alone mean the box is sea with islands. Null without coastline in the
 * box. A broken coastline (a gap the extract did not cause) gives a wrong sea, as in every OSM renderer. Pure.
 */
export function buildSeaPolygons(chains: LngLat[][], islands: LngLat[][], box: Bbox): MultiPolygon | null {
  const pieces: LngLat[][] = [];
  const holes: LngLat[][] = [];
  for (const chain of chains) {
    for (const part of clipLineToBbox(chain, box)) {
      if (isInside(part[0], box)) part.unshift(snapToEdge(part[0], box));
      if (isInside(part[part.length - 1], box)) part.push(snapToEdge(part[part.length - 1], box));
      pieces.push(part);
    }
  }
  for (const ring of islands) {
    if (ring.every((p) => isInside(p, box))) holes.push(ring);
    else pieces.push(...clipLineToBbox(ring, box));
  }
  const [w, s, e, n] = box;
  const corners: LngLat[] = [[w, n], [e, n], [e, s], [w, s]]; // at perimeter positions 0, 1, 2, 3
  if (pieces.length === 0) return holes.length > 0 ? buildMultipolygon([[...corners, corners[0]]], holes) : null;

  const startAt = pieces.map((p) => perimeterPosition(p[0], box));
  const used = new Uint8Array(pieces.length);
  const rings: LngLat[][] = [];
  for (let first = 0; first < pieces.length; first++) {
    if (used[first]) continue;
    used[first] = 1;
    const ring = [...pieces[first]];
    for (;;) {
      const endAt = perimeterPosition(ring[ring.length - 1], box);
      let next = first;
      let best = (startAt[first] - endAt + 4) % 4;
      pieces.forEach((_, k) => {
        const gap = (startAt[k] - endAt + 4) % 4;
        if (!used[k] && gap < best) [next, best] = [k, gap];
      });
      for (let c = Math.floor(endAt) + 1; c < endAt + best; c++) ring.push(corners[c % 4]);
      if (next === first) {
        ring.push(ring[0]);
        break;
      }
      used[next] = 1;
      ring.push(...pieces[next]);
    }
    if (ring.length >= 4) rings.push(ring);
  }
  return buildMultipolygon(rings, holes);
}
