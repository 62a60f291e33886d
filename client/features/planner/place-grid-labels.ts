import { estimateTextWidthPx, toWorldPx } from '../../map/layers/declutter-labels';
import type { PlannerGridLabel } from '../../map/layers/planner-label-layer';
import type { Translate } from '../../i18n/messages';

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

/**
 * A grid's label texts, the most detailed first: 第3网格 with its households, 第3网格, 3. A new grid reads as the
 * table words it (新网格 N001), its bare key only where nothing longer fits.
 */
export function gridLabelTexts(key: string, households: number, t: Translate): string[] {
  const { published, n } = gridSequence(key);
  const name = published ? t('plannerMapGridName', { n }) : t('plannerDraftGridName', { key: n });
  return [t('plannerMapLabel', { key: name, households }), name, n];
}

/** A label already on the map (a community's name) that grid labels must not cover. */
export interface TakenLabel {
  position: [number, number];
  text: string;
  sizePx: number;
}

/** Share of the grids that must get a tier's text for the tier to be the one drawn. */
const tierShare = 0.9;

/**
 * The grid labels that can be written at a zoom without overlapping. Tiers of detail are tried from the most
 * detailed: a tier is drawn when at least 90 % of the grids get its text (so the map reads evenly); then the
 * grids left over try the shorter texts, and a grid none of whose texts fits gets no label. A text fits when its box
 * (estimated from its lines at sizePx, plus paddingPx) overlaps no label placed before it. Grids that break a rule
 * are placed first, so their labels are the last to go; then by key. Labels in `taken` (the communities' names,
 * which say whose 第3网格 a bare 3 is) are written first and no grid label covers them. Pure.
 */
export function placeGridLabels(candidates: readonly GridLabelCandidate[], zoom: number, sizePx = 12, paddingPx = 2, taken: readonly TakenLabel[] = []): PlannerGridLabel[] {
  const ordered = [...candidates].sort((a, b) => Number(b.offending) - Number(a.offending) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const tiers = Math.max(1, ...ordered.map((c) => c.texts.length));
  const takenBoxes = taken.map((l) => textBox(l.position, l.text, zoom, l.sizePx, paddingPx));
  let result: PlannerGridLabel[] = [];
  for (let tier = 0; tier < tiers; tier++) {
    const { labels, atTier } = placeFrom(ordered, tier, zoom, sizePx, paddingPx, takenBoxes);
    result = labels;
    if (atTier >= tierShare * ordered.length) break;
  }
  return result;
}

type Box = [number, number, number, number];

/** The screen box of a text of one or more lines at a zoom, with paddingPx on every side. */
function textBox(position: [number, number], text: string, zoom: number, sizePx: number, paddingPx: number): Box {
  const [x, y] = toWorldPx(position, zoom);
  const lines = text.split('\n');
  const halfW = Math.max(...lines.map((l) => estimateTextWidthPx(l, sizePx))) / 2 + paddingPx;
  const halfH = (lines.length * sizePx * 1.2) / 2 + paddingPx;
  return [x - halfW, y - halfH, x + halfW, y + halfH];
}

function placeFrom(ordered: readonly GridLabelCandidate[], tier: number, zoom: number, sizePx: number, paddingPx: number, takenBoxes: readonly Box[]) {
  const placed: Box[] = [...takenBoxes];
  const labels: PlannerGridLabel[] = [];
  let atTier = 0;
  for (const c of ordered) {
    for (let i = Math.min(tier, c.texts.length - 1); i < c.texts.length; i++) {
      const box = textBox(c.position, c.texts[i], zoom, sizePx, paddingPx);
      if (placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      placed.push(box);
      labels.push({ key: c.key, text: c.texts[i], position: c.position, offending: c.offending });
      if (i === tier) atTier++;
      break;
    }
  }
  return { labels, atTier };
}
