import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Point } from 'geojson';
import type { RepeatLocationProperties, RepeatsAnswer } from '../../../core/contracts/analysis';
import { repeatLocationColour } from './analysis-colours';

export interface RepeatLocationsInput {
  repeats: RepeatsAnswer;
  visible?: boolean;
}

type Location = Feature<Point, RepeatLocationProperties>;

/** Radius of a repeat location's circle in pixels: grows with the square root of its count (area ∝ count), 5–18 px. */
export function repeatRadiusPx(count: number): number {
  return Math.min(18, Math.max(5, 2.5 * Math.sqrt(Math.max(0, count))));
}

/** Repeat locations (3 or more incidents within 15 m) as orange circles sized by count, white-rimmed; pickable. */
export function analysisRepeatLocationLayer({ repeats, visible = true }: RepeatLocationsInput) {
  return new ScatterplotLayer<Location>({
    id: 'analysis-repeat-locations',
    data: repeats.locations.features,
    visible,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 220, 0, 255],
    stroked: true,
    filled: true,
    getPosition: (f) => [f.geometry.coordinates[0], f.geometry.coordinates[1]],
    getRadius: (f) => repeatRadiusPx(f.properties.count),
    radiusUnits: 'pixels',
    getFillColor: repeatLocationColour,
    getLineColor: [255, 255, 255, 255],
    getLineWidth: 1.5,
    lineWidthUnits: 'pixels',
  });
}
