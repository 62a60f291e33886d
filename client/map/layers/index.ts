import type { Layer } from '@deck.gl/core';
import type { DisputeMap } from '../../../core/contracts/disputes';
import type { PlaceDosageView } from '../../../core/contracts/dosage';
import type { UnitPosition } from '../../../core/contracts/field';
import type { BeatCollection, GridCollection, KeyPlaceCollection, StationCollection } from '../../api/feature-types';
import { beatOutlineLayer } from './beat-outline-layer';
import type { BinaryPoints } from './binary-points';
import { disputeRiskLayer } from './dispute-risk-layer';
import { dosageLayers } from './dosage-layer';
import { gridLayers, type GridFillInput } from './grid-fill-layer';
import { incidentHeatLayer } from './incident-heat-layer';
import { keyPlaceLayer } from './key-place-layer';
import { labelLayer } from './label-layer';
import type { LabelPoint } from './label-points';
import { outsideScopeLayers } from './outside-scope-layer';
import { stationLayer } from './station-layer';
import { unitPositionLayer } from './unit-position-layer';

/** The switchable overlays, in the order the layer panel lists them. */
export const layerKeys = ['grids', 'heatmap', 'disputes', 'dosage', 'beats', 'key-places', 'stations', 'labels'] as const;
export type LayerKey = (typeof layerKeys)[number];
export type LayerVisibility = Record<LayerKey, boolean>;

export const allLayersVisible: LayerVisibility = Object.fromEntries(layerKeys.map((k) => [k, true])) as LayerVisibility;
/** What the map opens with: everything but patrol dosage, which is fetched only once someone switches it on. */
export const defaultLayerVisibility: LayerVisibility = { ...allLayersVisible, dosage: false };

/** What the overlays are drawn from; a missing part (not loaded yet) leaves its layer out. */
export interface MapLayerData {
  grids?: GridCollection;
  incidents?: BinaryPoints;
  beats?: BeatCollection;
  keyPlaces?: KeyPlaceCollection;
  stations?: StationCollection;
  labels?: LabelPoint[];
  /** Open disputes (GET /api/disputes/map), for the early-warning layer. */
  disputes?: DisputeMap;
  /** Patrol dosage per hot cell and key place (GET /api/dosage), loaded while its layer is on. */
  dosage?: readonly PlaceDosageView[];
  /** Units on patrol now (GET /api/field/positions), shown with the dosage layer, for the roles that may see them. */
  units?: readonly UnitPosition[];
  /** How the grids are filled (households when absent) and what a click on one does. */
  gridFill?: GridFillInput['fill'];
  onGridClick?: (code: string) => void;
  /** The map's zoom: at street zoom the grid fill thins out so the streets under it can be read. */
  zoom?: number;
  /** What lies outside the user's jurisdiction (the parts above are what lies inside): drawn faded and inert. */
  outside?: { grids?: GridCollection; beats?: BeatCollection; keyPlaces?: KeyPlaceCollection; stations?: StationCollection };
}

const some = <T extends { features: unknown[] }>(fc: T | undefined): T | undefined => (fc && fc.features.length > 0 ? fc : undefined);

/** The grid fill's opacity at a zoom: whole up to z14, a third by z17, where a planner reads streets and buildings. */
export function gridFillOpacity(zoom = 12): number {
  return Math.max(0.35, Math.min(1, 1 - ((zoom - 14) / 3) * 0.65));
}

/**
 * All overlays, bottom to top: grid fill, incident heat, patrol dosage, beat outlines, dispute points, key places,
 * stations, units on patrol (with the dosage layer), labels;
 * each kind's part outside the jurisdiction (if any) faded under its own. Hidden layers stay in the list with
 * visible: false, so showing them again needs no new GPU buffers.
 */
export function buildMapLayers(data: MapLayerData, visible: LayerVisibility): Layer[] {
  const out = { grids: some(data.outside?.grids), beats: some(data.outside?.beats), keyPlaces: some(data.outside?.keyPlaces), stations: some(data.outside?.stations) };
  const layers: (Layer | null)[] = [
    ...(out.grids ? outsideScopeLayers({ areas: out.grids, visible: visible.grids }) : []),
    ...(data.grids ? gridLayers({ grids: data.grids, visible: visible.grids, fill: data.gridFill, onClick: data.onGridClick, opacity: gridFillOpacity(data.zoom) }) : []),
    data.incidents ? incidentHeatLayer({ points: data.incidents, visible: visible.heatmap }) : null,
    ...(data.dosage ? dosageLayers({ places: data.dosage, visible: visible.dosage }) : []),
    out.beats ? beatOutlineLayer({ beats: out.beats, visible: visible.beats, faded: true }) : null,
    data.beats ? beatOutlineLayer({ beats: data.beats, visible: visible.beats }) : null,
    data.disputes ? disputeRiskLayer({ disputes: data.disputes, visible: visible.disputes }) : null,
    out.keyPlaces ? keyPlaceLayer({ keyPlaces: out.keyPlaces, visible: visible['key-places'], faded: true }) : null,
    data.keyPlaces ? keyPlaceLayer({ keyPlaces: data.keyPlaces, visible: visible['key-places'] }) : null,
    out.stations ? stationLayer({ stations: out.stations, visible: visible.stations, faded: true }) : null,
    data.stations ? stationLayer({ stations: data.stations, visible: visible.stations }) : null,
    data.units ? unitPositionLayer({ units: data.units, visible: visible.dosage }) : null,
    data.labels ? labelLayer({ labels: data.labels, visible: visible.labels }) : null,
  ];
  return layers.filter((l): l is Layer => l !== null);
}
