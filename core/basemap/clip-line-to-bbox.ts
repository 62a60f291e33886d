import type { Bbox, LngLat } from './types';

/**
 * The parts of a line ([lng, lat] vertices) inside a box (w, s, e, n), each with at least 2 vertices; a part that
 * enters or leaves the box starts or ends exactly on its edge (Liang–Barsky, segment by segment). Pure.
 */
export function clipLineToBbox(line: LngLat[], [w, s, e, n]: Bbox): LngLat[][] {
  const parts: LngLat[][] = [];
  let current: LngLat[] | null = null;
  for (let k = 1; k < line.length; k++) {
    const [x0, y0] = line[k - 1];
    const [x1, y1] = line[k];
    const dx = x1 - x0;
    const dy = y1 - y0;
    let t0 = 0;
    let t1 = 1;
    let inside = true;
    for (const [p, q] of [[-dx, x0 - w], [dx, e - x0], [-dy, y0 - s], [dy, n - y0]]) {
      if (p === 0) {
        if (q < 0) inside = false;
      } else {
        const t = q / p;
        if (p < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
      }
    }
    if (!inside || t0 > t1) {
      current = null;
      continue;
    }
    const a: LngLat = t0 === 0 ? [x0, y0] : [x0 + t0 * dx, y0 + t0 * dy];
    const b: LngLat = t1 === 1 ? [x1, y1] : [x0 + t1 * dx, y0 + t1 * dy];
    if (!current || t0 > 0) {
      current = [a];
      parts.push(current);
    }
    current.push(b);
    if (t1 < 1) current = null;
  }
  return parts.filter((part) => part.length >= 2);
}
