import { ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { labelFontFamily } from './label-layer';
import { patrolColours } from './patrol-colours';

/** A visited stop: its order on the route (1 …), place and kind. */
export interface PatrolStopDatum {
  order: number;
  id: string;
  name: string | null;
  lngLat: [number, number];
  kind: 'hotspot' | 'key_place';
  mandatory: boolean;
  arrival: string;
  departure: string;
}

/** A stop's disc colour (the printed card's larger discs use it too). */
export const stopColour = (d: Pick<PatrolStopDatum, 'mandatory' | 'kind'>) => (d.mandatory ? patrolColours.mandatory : d.kind === 'key_place' ? patrolColours.keyPlaceStop : patrolColours.hotspotStop);

/** The route's stops as 11 px discs with a white rim: blue a hotspot cell, violet a key place, red a 必到 one. Pickable. */
export function patrolStopLayer({ stops }: { stops: readonly PatrolStopDatum[] }) {
  return new ScatterplotLayer<PatrolStopDatum>({
    id: 'patrol-stops',
    data: stops,
    pickable: true,
    getPosition: (d) => d.lngLat,
    getRadius: 11,
    radiusUnits: 'pixels',
    getFillColor: stopColour,
    stroked: true,
    getLineColor: patrolColours.white,
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}

/** The stops' visiting order as white numbers in their discs (digits only: a tiny font atlas). */
export function patrolStopNumberLayer({ stops }: { stops: readonly PatrolStopDatum[] }) {
  return new TextLayer<PatrolStopDatum>({
    id: 'patrol-stop-numbers',
    data: stops,
    characterSet: '0123456789',
    fontFamily: labelFontFamily,
    fontWeight: 700,
    getText: (d) => String(d.order),
    getPosition: (d) => d.lngLat,
    getSize: 12,
    sizeUnits: 'pixels',
    getColor: patrolColours.white,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  });
}
