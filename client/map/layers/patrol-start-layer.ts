import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { outlinedLabelProps } from './label-layer';
import { patrolColours } from './patrol-colours';

/** Where the patrol starts and ends: the station, or a point picked on the map. */
export interface PatrolStartInput {
  lngLat: [number, number];
  /** The station's name, or a word for a picked point. */
  label: string;
}

/** The start as a 12 px navy disc with a thick white rim. */
export function patrolStartLayer({ lngLat }: PatrolStartInput) {
  return new ScatterplotLayer<PatrolStartInput>({
    id: 'patrol-start',
    data: [{ lngLat, label: '' }],
    getPosition: (d) => d.lngLat,
    getRadius: 12,
    radiusUnits: 'pixels',
    getFillColor: patrolColours.start,
    stroked: true,
    getLineColor: patrolColours.white,
    getLineWidth: 3.5,
    lineWidthUnits: 'pixels',
  });
}

/** The start's name above its disc, outlined in white so it reads over the route. */
export function patrolStartLabelLayer(start: PatrolStartInput) {
  return new TextLayer<PatrolStartInput>({
    id: 'patrol-start-label',
    data: [start],
    characterSet: 'auto',
    ...outlinedLabelProps,
    outlineWidth: 4,
    outlineColor: [255, 255, 255, 240],
    getText: (d) => d.label,
    getPosition: (d) => d.lngLat,
    getSize: 14,
    getColor: patrolColours.start,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'bottom',
    getPixelOffset: [0, -16],
  });
}
