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
import type { Rgba } from '../map/layers/colour-scales';
import { blendOver, wallLandRgb } from '../map/basemap/dark-style';
import { gridMeasureColour, type GridMeasureKey } from '../map/layers/grid-measure-colours';
import { isAnyPeakWindowActive } from './peak-window';

/** A new incident to ring on the map: which, and where. */
export interface Flash {
  id: number;
  lngLat: [number, number];
}

/** How long a new incident's ring expands, ms. */
export const flashDurationMs = 10_000;

/**
 * What the map shows over the grids: their classes by the chosen measure, or incident heat (the grids then only
 * outlined). Never both: the heat's yellow–red drawn over the fills made every class look like another.
 */
export type WallMapView = 'grids' | 'heat';

/**
 * Opacity of the grid fills, 0–255. Opaque enough that a class reads as one colour from across the room, with a
 * fifth of the base map's roads still showing through for orientation; the legend shows each class as this blend
 * (wallGridSwatchColour), so swatch and fill are the same colour on the screen.
 */
export const wallGridFillAlpha = 204;

/** The colour a viewer sees of a grid class's fill on the wall's dark land: what its legend swatch is painted. */
export function wallGridSwatchColour(colour: Rgba): Rgba {
  return [...blendOver(colour, wallGridFillAlpha / 255, wallLandRgb), 255];
}

export interface WallLayerData {
  view: WallMapView;
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

/** Grids filled by the chosen measure with thin dark outlines; only the outlines, lighter, when `filled` is false. */
function gridMeasureLayer(grids: GridCollection, measures: Map<string, GridMeasure> | undefined, measure: GridMeasureKey, filled: boolean) {
  return new GeoJsonLayer<GridProperties>({
    id: 'wall-grids',
    data: grids,
    filled,
    stroked: true,
    getFillColor: (f) => gridMeasureColour(measure, measures?.get(f.properties.code), wallGridFillAlpha),
    getLineColor: filled ? [10, 20, 35, 200] : [80, 110, 150, 200],
    getLineWidth: 1,
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: [measure, measures], getLineColor: filled },
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
 * The wall's overlays, bottom to top: grids (filled by measure in the grids view, outlined in the heat view),
 * incident heat (heat view only; hidden, not removed, so switching back costs no rebuild), beats, key places,
 * stations, street names. A part not loaded yet leaves its layer out. Pure: layers are descriptors deck.gl diffs by id.
 */
export function buildWallLayers(d: WallLayerData): Layer[] {
  const layers: (Layer | null)[] = [
    d.grids ? gridMeasureLayer(d.grids, d.measures, d.measure, d.view === 'grids') : null,
    d.heat ? incidentHeatLayer({ points: d.heat, radiusPx: 30, visible: d.view === 'heat' }) : null,
    d.beats ? beatLayer(d.beats) : null,
    d.keyPlaces ? keyPlaceStateLayer(d.keyPlaces, d.peakCheckMs) : null,
    d.stations ? stationLayer({ stations: d.stations }) : null,
    d.labels ? streetLabelLayer(d.labels) : null,
  ];
  return layers.filter((l): l is Layer => l !== null);
}
