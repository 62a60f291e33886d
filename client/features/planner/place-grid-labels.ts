import { estimateTextWidthPx, toWorldPx } from '../../map/layers/declutter-labels';
import type { PlannerGridLabel } from '../../map/layers/planner-label-layer';

/** A grid's label before placement: its texts from the most to the least detailed. */
export interface GridLabelCandidate {
  key: string;
  /** e.g. ["第3网格\n412 户", "第3网格", "3"]: the first that fits is drawn. */
  texts: readonly string[];
  position: [number, number];
  offending: boolean;
}

/** The sequence of a grid for its label: a published code's last three digits as a number, a draft key as it is. */
export function gridSequence(key: string): { published: boolean; n: string } {
  return /^\d{15}$/.test(key) ? { published: true, n: String(Number(key.slice(-3))) } : { published: false, n: key };
}

/** Share of the grids that must get a tier's text for the tier to be the one drawn. */
const tierShare = 0.9;

/**
 * The grid labels that can be written at a zoom without overlapping. Tiers of detail are tried from the most
 * detailed: a tier is drawn when at least 90 % of the grids get its text (so the map reads evenly); then the
 * grids left over try the shorter texts, and a grid none of whose texts fits gets no label. A text fits when its box
 * (estimated from its lines at sizePx, plus paddingPx) overlaps no label placed before it. Grids that break a rule
 * are placed first, so their labels are the last to go; then by key. Pure.
 */
export function placeGridLabels(candidates: readonly GridLabelCandidate[], zoom: number, sizePx = 12, paddingPx = 2): PlannerGridLabel[] {
  const ordered = [...candidates].sort((a, b) => Number(b.offending) - Number(a.offending) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const tiers = Math.max(1, ...ordered.map((c) => c.texts.length));
  let result: PlannerGridLabel[] = [];
  for (let tier = 0; tier < tiers; tier++) {
    const { labels, atTier } = placeFrom(ordered, tier, zoom, sizePx, paddingPx);
    result = labels;
    if (atTier >= tierShare * ordered.length) break;
  }
  return result;
}

function placeFrom(ordered: readonly GridLabelCandidate[], tier: number, zoom: number, sizePx: number, paddingPx: number) {
  const placed: [number, number, number, number][] = [];
  const labels: PlannerGridLabel[] = [];
  let atTier = 0;
  for (const c of ordered) {
    const [x, y] = toWorldPx(c.position, zoom);
    for (let i = Math.min(tier, c.texts.length - 1); i < c.texts.length; i++) {
      const lines = c.texts[i].split('\n');
      const halfW = Math.max(...lines.map((l) => estimateTextWidthPx(l, sizePx))) / 2 + paddingPx;
      const halfH = (lines.length * sizePx * 1.2) / 2 + paddingPx;
      const box: [number, number, number, number] = [x - halfW, y - halfH, x + halfW, y + halfH];
      if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      placed.push(box);
      labels.push({ key: c.key, text: c.texts[i], position: c.position, offending: c.offending });
      if (i === tier) atTier++;
      break;
    }
  }
  return { labels, atTier };
}
