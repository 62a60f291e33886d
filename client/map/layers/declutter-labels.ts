import type { LabelPoint, LabelRank } from './label-points';

const tileSizePx = 512; // MapLibre's world is 512 px wide at zoom 0

/** Web-Mercator pixel position of a lng/lat at a zoom (EPSG:4326 in, screen pixels out, y down). */
export function toWorldPx([lng, lat]: [number, number], zoom: number): [number, number] {
  const scale = tileSizePx * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

/** Rough width of a label in pixels: CJK characters are square, others about 0.6 em. */
export function estimateTextWidthPx(text: string, sizePx: number): number {
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return em * sizePx;
}

type Box = [number, number, number, number];
const overlaps = (box: Box, boxes: readonly Box[]) => boxes.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3]);

/** A mark a label should not cover (a station's dot): its position and its radius in pixels. */
export interface LabelObstacle {
  position: [number, number];
  radiusPx: number;
}

/**
 * The labels that can be written at a zoom without overlapping, taken greedily in input order (put the more
 * important ones first); a label whose position is taken is written at its first free alternative, if any.
 * Boxes are estimated from the text and its size plus paddingPx on every side. A label also moves off an obstacle
 * (a station's dot under a street's name) to an alternative clear of it; with none, it covers the obstacle rather
 * than go unnamed. Given the view's frame (w, s, e, n), a label is written only where its whole box lies inside it:
 * a name cut at the map's edge (川北路 for 通川北路) misleads more than a missing one. Does not mutate its input; the
 * order of the kept labels is the input order.
 */
export function declutterLabels<L extends LabelPoint>(
  labels: readonly L[],
  zoom: number,
  sizePx: Record<LabelRank, number>,
  paddingPx = 3,
  obstacles: readonly LabelObstacle[] = [],
  frame?: readonly [number, number, number, number],
): L[] {
  const blocked: Box[] = obstacles.map(({ position, radiusPx: r }) => {
    const [x, y] = toWorldPx(position, zoom);
    return [x - r, y - r, x + r, y + r];
  });
  const [left, top] = frame ? toWorldPx([frame[0], frame[3]], zoom) : [-Infinity, -Infinity];
  const [right, bottom] = frame ? toWorldPx([frame[2], frame[1]], zoom) : [Infinity, Infinity];
  const inFrame = (box: Box) => box[0] >= left && box[1] >= top && box[2] <= right && box[3] <= bottom;
  const placed: Box[] = [];
  const kept: L[] = [];
  for (const label of labels) {
    const size = sizePx[label.rank];
    const halfW = estimateTextWidthPx(label.text, size) / 2 + paddingPx;
    const halfH = (size * 1.2) / 2 + paddingPx;
    const candidates = [label.position, ...(label.alternatives ?? [])].map((position): [[number, number], Box] => {
      const [x, y] = toWorldPx(position, zoom);
      return [position, [x - halfW, y - halfH, x + halfW, y + halfH]];
    });
    const free = candidates.filter(([, box]) => inFrame(box) && !overlaps(box, placed));
    const chosen = free.find(([, box]) => !overlaps(box, blocked)) ?? free[0];
    if (!chosen) continue;
    const [position, box] = chosen;
    placed.push(box);
    kept.push(position === label.position ? label : { ...label, position });
  }
  return kept;
}
