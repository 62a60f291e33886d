import { booleanPointInPolygon, point, polygon } from '@turf/turf';
import type { PatrolCandidateView } from '../contracts/patrol';

const closedRing = (ring: [number, number][]) => {
  const [first, last] = [ring[0], ring[ring.length - 1]];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
};

/**
 * A key place standing in a hot cell is one stop, not two. Listed apart, a route visited the cell (named after the
 * place: '小河嘴KTV聚集区附近') and then the place itself two minutes later, a second dwell at the same spot with its
 * risk counted twice. The key place keeps its name, its peak window and its mandatory flag, and takes the cell's risk
 * and incidents on top of its own; the cell leaves the list. A cell holding two key places goes to the riskier one (the
 * list is best first). Cells without their ring are left as they are. Best first again on return (risk, then id).
 */
export function mergeKeyPlaceCells(candidates: readonly PatrolCandidateView[]): PatrolCandidateView[] {
  const cells = candidates.filter((c) => c.kind === 'hotspot' && c.polygon && c.polygon.length >= 3);
  const taken = new Set<string>();
  const merged = candidates.map((c) => {
    if (c.kind !== 'key_place') return c;
    const cell = cells.find((h) => !taken.has(h.id) && booleanPointInPolygon(point(c.lngLat), polygon([closedRing(h.polygon!)])));
    if (!cell) return c;
    taken.add(cell.id);
    return { ...c, risk: Math.round((c.risk + cell.risk) * 1000) / 1000, incidents: cell.incidents ?? 0 };
  });
  return merged.filter((c) => !taken.has(c.id)).sort((a, b) => b.risk - a.risk || (a.id < b.id ? -1 : 1));
}
