import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, Point } from 'geojson';
import type { GridMeasure } from '../../core/contracts/wall';
import type { BeatCollection, BeatProperties, GridCollection, GridProperties, KeyPlaceCollection, KeyPlaceProperties, StationCollection } from '../api/feature-types';
import type { BinaryPoints } from '../map/layers/binary-points';
import { incidentHeatLayer } from '../map/layers/incident-heat-layer';
import { labelFontFamily } from '../map/layers/label-layer';
import type { LabelPoint } from '../map/layers/label-points';
import { stationLayer } from '../map/layers/station-layer';
import { gridMeasureColour, type GridMeasureKey } from './grid-measure-colours';
import { isAnyPeakWindowActive } from './peak-window';

/** A new incident to ring on the map: which, and where. */
export interface Flash {
  id: number;
  lngLat: [number, number];
}

/** How long a new incident's ring expands, ms. */
export const flashDurationMs = 10_000;

export interface WallLayerData {
  grids?: GridCollection;
  measures?: Map<string, GridMeasure>;
  measure: GridMeasureKey;
  beats?: BeatCollection;
  heat?: BinaryPoints;
  keyPlaces?: KeyPlaceCollection;
  peakCheckMs: number; // the moment key places' peak windows are judged at (changes once a minute)
  stations?: StationCollection;
  labels?: LabelPoint[];
}

/** Grids filled by the chosen measure, with thin dark outlines. */
function gridMeasureLayer(grids: GridCollection, measures: Map<string, GridMeasure> | undefined, measure: GridMeasureKey) {
  return new GeoJsonLayer<GridProperties>({
    id: 'wall-grids',
    data: grids,
    filled: true,
    stroked: true,
    getFillColor: (f) => gridMeasureColour(measure, measures?.get(f.properties.code), 150),
    getLineColor: [10, 20, 35, 200],
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: [measure, measures] },
  });
}

/** Beat (警格) boundaries as light cyan lines on the dark map. */
function beatLayer(beats: BeatCollection) {
  return new GeoJsonLayer<BeatProperties>({
    id: 'wall-beats',
    data: beats,
    filled: false,
    stroked: true,
    getLineColor: [120, 220, 255, 220],
    getLineWidth: 2,
    lineWidthUnits: 'pixels',
  });
}

export const keyPlaceActiveColour: [number, number, number, number] = [255, 64, 64, 255];
export const keyPlaceQuietColour: [number, number, number, number] = [150, 165, 185, 230];

/** Key places: red and larger while one of their peak windows is on, grey otherwise. */
function keyPlaceStateLayer(keyPlaces: KeyPlaceCollection, atMs: number) {
  const active = (f: Feature<Point, KeyPlaceProperties>) => isAnyPeakWindowActive(f.properties.peakWindows ?? [], atMs);
  return new ScatterplotLayer<Feature<Point, KeyPlaceProperties>>({
    id: 'wall-key-places',
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

/** Size of street names on the wall map, px. */
export const streetLabelSizePx = 22;

/** Street names, light text with a dark halo for the dark map. */
function streetLabelLayer(labels: LabelPoint[]) {
  return new TextLayer<LabelPoint>({
    id: 'wall-labels',
    data: labels,
    characterSet: 'auto',
    fontFamily: labelFontFamily,
    fontWeight: 700,
    fontSettings: { sdf: true, fontSize: 64, buffer: 8 },
    outlineWidth: 5,
    outlineColor: [8, 14, 26, 230],
    getPosition: (d) => d.position,
    getText: (d) => d.text,
    getSize: streetLabelSizePx,
    getColor: [235, 242, 250, 255],
    sizeUnits: 'pixels',
  });
}

/**
 * The wall's overlays, bottom to top: grids by measure, incident heat, beats, key places, stations, street names.
 * A part not loaded yet leaves its layer out. Pure: layers are descriptors deck.gl diffs by id.
 */
export function buildWallLayers(d: WallLayerData): Layer[] {
  const layers: (Layer | null)[] = [
    d.grids ? gridMeasureLayer(d.grids, d.measures, d.measure) : null,
    d.heat ? incidentHeatLayer({ points: d.heat, radiusPx: 30 }) : null,
    d.beats ? beatLayer(d.beats) : null,
    d.keyPlaces ? keyPlaceStateLayer(d.keyPlaces, d.peakCheckMs) : null,
    d.stations ? stationLayer({ stations: d.stations }) : null,
    d.labels ? streetLabelLayer(d.labels) : null,
  ];
  return layers.filter((l): l is Layer => l !== null);
}
