import type { Feature, Point } from 'geojson';
import { ScatterplotLayer } from '@deck.gl/layers';
import type { KeyPlaceCollection, KeyPlaceProperties } from '../../api/feature-types';
import { isAnyPeakWindowActive } from '../../shared/peak-window';
import type { Rgba } from './colour-scales';

/** A key place while one of its peak windows is on, and otherwise (the wall's legend shows both). */
export const keyPlaceActiveColour: Rgba = [255, 64, 64, 255];
export const keyPlaceQuietColour: Rgba = [150, 165, 185, 230];

export interface KeyPlacePeakInput {
  keyPlaces: KeyPlaceCollection;
  /** The moment the peak windows are judged at, epoch ms (the wall moves it once a minute). */
  atMs: number;
}

/** Key places by their peak windows at `atMs`: red, 9 px radius while one is on, grey, 5 px otherwise; white rim. */
export function keyPlacePeakLayer({ keyPlaces, atMs }: KeyPlacePeakInput) {
  const active = (f: Feature<Point, KeyPlaceProperties>) => isAnyPeakWindowActive(f.properties.peakWindows ?? [], atMs);
  return new ScatterplotLayer<Feature<Point, KeyPlaceProperties>>({
    id: 'key-places-peak',
    data: keyPlaces.features,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getFillColor: (f) => (active(f) ? keyPlaceActiveColour : keyPlaceQuietColour),
    getRadius: (f) => (active(f) ? 9 : 5),
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [255, 255, 255, 255],
    getLineWidth: 1.5,
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: atMs, getRadius: atMs },
  });
}
