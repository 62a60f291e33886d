import { TextLayer } from '@deck.gl/layers';
import type { Polygon } from 'geojson';
import type { ForecastAnswer } from '../../../core/contracts/analysis';
import { forecastRankColour } from './analysis-colours';
import { memoByAnswer } from './analysis-memo';
import { declutterLabels } from './declutter-labels';
import type { LabelPoint } from './label-points';
import { outlinedLabelProps } from './label-layer';

export interface ForecastRanksInput {
  cells: ForecastAnswer;
  /** The map's zoom: labels that would overlap at it are left out, the better rank kept (issue 12). */
  zoom: number;
  visible?: boolean;
}

export interface RankLabel {
  position: [number, number];
  text: string;
}

/** The mean of a polygon's outer ring without its closing vertex: the centre of a square cell. */
export function ringCentre(polygon: Polygon): [number, number] {
  const ring = polygon.coordinates[0] ?? [];
  const open = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
  if (open.length === 0) return [Number.NaN, Number.NaN];
  const lng = open.reduce((s, p) => s + p[0], 0) / open.length;
  const lat = open.reduce((s, p) => s + p[1], 0) / open.length;
  return [lng, lat];
}

/** The rank labels of the forecast cells up to `maxRank`, placed at the cells' centres, best rank first. */
export function forecastRankLabels(cells: ForecastAnswer, maxRank: number): RankLabel[] {
  return cells.features
    .filter((f) => f.properties.rank <= maxRank)
    .sort((a, b) => a.properties.rank - b.properties.rank)
    .map((f) => ({ position: ringCentre(f.geometry), text: String(f.properties.rank) }));
}

const rankSizePx = 12;
// Room for the white outline round the digits.
const rankPaddingPx = 3;

/**
 * The labels that can be written at `zoom` without touching, taken in input order (best rank first): at 100 m cells
 * and district zoom the top cells sit side by side and their numbers ran into one another. Each box is the digits'
 * estimated size plus room for the white outline. Does not mutate its input.
 */
export function declutterRankLabels(labels: readonly RankLabel[], zoom: number): RankLabel[] {
  const points = labels.map((l): LabelPoint & { label: RankLabel } => ({ position: l.position, text: l.text, rank: 'community', label: l }));
  const kept = declutterLabels(points, zoom, { street: rankSizePx, community: rankSizePx }, rankPaddingPx);
  return kept.map((p) => p.label);
}

/** The ranks of the top `labelledRanks` forecast cells as numbers in their centres (digits only: a tiny font atlas). */
// Only the top ranks are labelled: a hundred numbers at district zoom would be unreadable.
export const labelledRanks = 20;
const topLabels = memoByAnswer((cells: ForecastAnswer) => forecastRankLabels(cells, labelledRanks));
// deck.gl diffs data by identity: the same array while the answer and the (quarter-step) zoom are.
const placedLabels = memoByAnswer((cells: ForecastAnswer) => {
  const byZoom = new Map<number, RankLabel[]>();
  return (zoom: number) => {
    const step = Math.round(zoom * 4) / 4;
    let out = byZoom.get(step);
    if (!out) byZoom.set(step, (out = declutterRankLabels(topLabels(cells), step)));
    return out;
  };
});

export function analysisForecastRankLayer({ cells, zoom, visible = true }: ForecastRanksInput) {
  return new TextLayer<RankLabel>({
    id: 'analysis-forecast-rank',
    data: placedLabels(cells)(zoom),
    visible,
    characterSet: '0123456789',
    ...outlinedLabelProps,
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: rankSizePx,
    getColor: forecastRankColour,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  });
}
