import type { Layer } from '@deck.gl/core';
import type { GridMeasure } from '../../../core/contracts/wall';
import type { Area, BeatCollection, GridCollection, KeyPlaceCollection, StationCollection } from '../../api/feature-types';
import { blendOver, wallLandRgb } from '../basemap/dark-style';
import { areaOutlineLayer } from './area-outline-layer';
import { beatOutlineLayer } from './beat-outline-layer';
import type { BinaryPoints } from './binary-points';
import type { Rgba } from './colour-scales';
import { gridLayers } from './grid-fill-layer';
import { gridMeasureColour, type GridMeasureKey } from './grid-measure-colours';
import { incidentHeatLayer } from './incident-heat-layer';
import { keyPlacePeakLayer } from './key-place-peak-layer';
import { labelLayer } from './label-layer';
import type { LabelPoint } from './label-points';
import { stationLayer } from './station-layer';

/**
 * What the wall's map shows over the grids: their classes by the chosen measure, or incident heat (the grids then only
 * outlined). Never both: the heat's yellow–red drawn over the fills made every class look like another.
 */
export type WallMapView = 'grids' | 'heat';

/**
 * Opacity of the wall's grid fills, 0–255. Opaque enough that a class reads as one colour from across the room, with a
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
  /** The place the kiosk's scene names (a street, the hotspot's community): outlined so the room sees where it is. */
  focus?: Area;
}

/** The scene's outline: white and 4 px, apart from the beats' light cyan 2 px and from every class and heat colour. */
export const sceneOutlineColour: Rgba = [255, 255, 255, 235];

/**
 * The wall's overlays on its night map, bottom to top: grids (filled by measure in the grids view, outlined in the
 * heat view), incident heat (heat view only; hidden, not removed, so switching back costs no rebuild), beats, the
 * outline of the place the scene names, key places by their peak windows, stations, street names. A part not loaded
 * yet leaves its layer out. Pure: layers are descriptors deck.gl diffs by id.
 */
export function buildWallLayers(d: WallLayerData): Layer[] {
  const { measure, measures } = d;
  const fill = { colourOf: (p: { code: string }) => gridMeasureColour(measure, measures?.get(p.code), wallGridFillAlpha), key: [measure, measures] };
  const layers: (Layer | null)[] = [
    ...(d.grids ? gridLayers({ grids: d.grids, fill, theme: 'night', filled: d.view === 'grids' }) : []),
    d.heat ? incidentHeatLayer({ points: d.heat, radiusPx: 30, visible: d.view === 'heat' }) : null,
    d.beats ? beatOutlineLayer({ beats: d.beats, theme: 'night' }) : null,
    d.focus ? areaOutlineLayer({ id: 'scene-area', areas: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: d.focus, properties: {} }] }, colour: sceneOutlineColour, widthPx: 4 }) : null,
    d.keyPlaces ? keyPlacePeakLayer({ keyPlaces: d.keyPlaces, atMs: d.peakCheckMs }) : null,
    d.stations ? stationLayer({ stations: d.stations }) : null,
    d.labels ? labelLayer({ labels: d.labels, theme: 'night' }) : null,
  ];
  return layers.filter((l): l is Layer => l !== null);
}
