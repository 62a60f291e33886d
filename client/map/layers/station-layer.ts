import type { Feature, Point } from 'geojson';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { StationCollection, StationProperties } from '../../api/feature-types';
import { stationColour } from './colour-scales';

export interface StationInput {
  stations: StationCollection;
  visible?: boolean;
  /** Outside the user's jurisdiction: drawn pale and not pickable (no tooltip, no click). */
  faded?: boolean;
}

/** Police stations (派出所) as police-blue circles, 9 px radius with a white rim; pickable. */
export function stationLayer({ stations, visible = true, faded = false }: StationInput) {
  return new ScatterplotLayer<Feature<Point, StationProperties>>({
    id: faded ? 'stations-outside' : 'stations',
    data: stations.features,
    visible,
    pickable: !faded,
    opacity: faded ? 0.3 : 1,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getFillColor: stationColour,
    getRadius: 9,
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
  });
}
