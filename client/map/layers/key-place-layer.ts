import type { Feature, Point } from 'geojson';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { KeyPlaceCollection, KeyPlaceProperties } from '../../api/feature-types';
import { keyPlaceColour } from './colour-scales';

export interface KeyPlaceInput {
  keyPlaces: KeyPlaceCollection;
  visible?: boolean;
  /** Outside the user's jurisdiction: drawn pale and not pickable (no tooltip, no click). */
  faded?: boolean;
}

/** Key places (重点部位) as circles coloured by kind, 6 px radius with a white rim; pickable. */
export function keyPlaceLayer({ keyPlaces, visible = true, faded = false }: KeyPlaceInput) {
  return new ScatterplotLayer<Feature<Point, KeyPlaceProperties>>({
    id: faded ? 'key-places-outside' : 'key-places',
    data: keyPlaces.features,
    visible,
    pickable: !faded,
    opacity: faded ? 0.3 : 1,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getFillColor: (f) => keyPlaceColour(f.properties.kind),
    getRadius: 6,
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    getLineWidth: 1.5,
    lineWidthUnits: 'pixels',
  });
}
