import { ScatterplotLayer } from '@deck.gl/layers';
import { riskLevelColours } from './dispute-colours';

/** The point picked for a new dispute (EPSG:4326 [lng, lat]): a red 7 px dot with a white rim. */
export function disputePickLayer({ lngLat }: { lngLat: [number, number] }) {
  return new ScatterplotLayer<[number, number]>({
    id: 'dispute-pick',
    data: [lngLat],
    getPosition: (p) => p,
    getFillColor: riskLevelColours.high,
    getRadius: 7,
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}
