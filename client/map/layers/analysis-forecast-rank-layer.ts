import { TextLayer } from '@deck.gl/layers';
import type { Polygon } from 'geojson';
import type { ForecastAnswer } from '../../../core/contracts/analysis';
import { forecastRankColour } from './analysis-colours';
import { memoByAnswer } from './analysis-memo';
import { labelFontFamily } from './label-layer';

export interface ForecastRanksInput {
  cells: ForecastAnswer;
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

/** The rank labels of the forecast cells up to `maxRank`, placed at the cells' centres. */
export function forecastRankLabels(cells: ForecastAnswer, maxRank: number): RankLabel[] {
  return cells.features
    .filter((f) => f.properties.rank <= maxRank)
    .map((f) => ({ position: ringCentre(f.geometry), text: String(f.properties.rank) }));
}

/** The ranks of the top `labelledRanks` forecast cells as numbers in their centres (digits only: a tiny font atlas). */
// Only the top ranks are labelled: a hundred numbers at district zoom would be unreadable.
export const labelledRanks = 20;
const topLabels = memoByAnswer((cells: ForecastAnswer) => forecastRankLabels(cells, labelledRanks));

export function analysisForecastRankLayer({ cells, visible = true }: ForecastRanksInput) {
  return new TextLayer<RankLabel>({
    id: 'analysis-forecast-rank',
    data: topLabels(cells),
    visible,
    characterSet: '0123456789',
    fontFamily: labelFontFamily,
    fontWeight: 700,
    fontSettings: { sdf: true, fontSize: 48, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [255, 255, 255, 230],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: 12,
    getColor: forecastRankColour,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
    sizeUnits: 'pixels',
  });
}
