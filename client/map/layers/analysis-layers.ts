import type { PlaceDosageView } from '../../../core/contracts/dosage';
import { dosageLayers } from './dosage-layer';
import type { Layer } from '@deck.gl/core';
import type { Feature, Geometry } from 'geojson';
import type { EmergingAnswer, ForecastAnswer, HotspotAnswer, RepeatsAnswer } from '../../../core/contracts/analysis';
import type { BeatCollection, GridCollection } from '../../api/feature-types';
import { analysisEmergingLayer } from './analysis-emerging-layer';
import { analysisForecastLayer } from './analysis-forecast-layer';
import { analysisForecastRankLayer } from './analysis-forecast-rank-layer';
import { analysisHotspotLayer } from './analysis-hotspot-layer';
import { analysisRepeatLocationLayer } from './analysis-repeat-location-layer';
import { analysisRepeatPairLayer } from './analysis-repeat-pair-layer';
import { analysisSelectionLayer } from './analysis-selection-layer';
import { beatOutlineLayer } from './beat-outline-layer';
import type { BinaryPoints } from './binary-points';
import { incidentHeatLayer } from './incident-heat-layer';
import { outsideScopeLayers } from './outside-scope-layer';

/** The analysis map's switchable overlays, in the order its layer panel lists them. */
export const analysisLayerKeys = ['heatmap', 'hotspots', 'emerging', 'forecast', 'repeat-pairs', 'repeat-locations', 'dosage', 'beats'] as const;
export type AnalysisLayerKey = (typeof analysisLayerKeys)[number];
export type AnalysisLayerVisibility = Record<AnalysisLayerKey, boolean>;

/** The heatmap and the beat outlines at first; the analyses are fetched only when switched on. */
export const defaultAnalysisVisibility: AnalysisLayerVisibility = {
  heatmap: true,
  hotspots: false,
  emerging: false,
  forecast: false,
  'repeat-pairs': false,
  'repeat-locations': false,
  dosage: false,
  beats: true,
};

/** What the overlays are drawn from; a missing part (not loaded, or not asked for) leaves its layers out. */
export interface AnalysisLayerData {
  /** The incidents of the playback frame (or the whole period). */
  heat?: BinaryPoints;
  hotspots?: HotspotAnswer;
  emerging?: EmergingAnswer;
  forecast?: ForecastAnswer;
  repeats?: RepeatsAnswer;
  /** Patrol dosage per hot cell and key place over the period (GET /api/dosage, at most its last 31 days). */
  dosage?: readonly PlaceDosageView[];
  beats?: BeatCollection;
  /** The grids outside the user's jurisdiction, faded under everything (its analyses cover its own grids only). */
  outsideGrids?: GridCollection;
  selection?: Feature<Geometry> | null;
  /** The map's zoom, for placing the forecast's rank labels; MapView's opening zoom until the map reports one. */
  zoom?: number;
}

/**
 * The analysis overlays, bottom to top: hotspot and emerging cells, the heatmap, beat outlines, forecast cells and
 * their ranks, near-repeat pairs, repeat locations, and the selection of a list on top. Hidden layers stay in the
 * list with visible: false, so showing them again needs no new GPU buffers.
 */
export function buildAnalysisLayers(data: AnalysisLayerData, visible: AnalysisLayerVisibility): Layer[] {
  const layers: (Layer | null)[] = [
    ...(data.outsideGrids && data.outsideGrids.features.length > 0 ? outsideScopeLayers({ areas: data.outsideGrids }) : []),
    data.hotspots ? analysisHotspotLayer({ cells: data.hotspots, visible: visible.hotspots }) : null,
    data.emerging ? analysisEmergingLayer({ cells: data.emerging, visible: visible.emerging }) : null,
    data.heat ? incidentHeatLayer({ points: data.heat, visible: visible.heatmap }) : null,
    ...(data.dosage ? dosageLayers({ places: data.dosage, visible: visible.dosage, idPrefix: 'analysis-dosage' }) : []),
    data.beats ? beatOutlineLayer({ beats: data.beats, visible: visible.beats }) : null,
    data.forecast ? analysisForecastLayer({ cells: data.forecast, visible: visible.forecast }) : null,
    data.forecast ? analysisForecastRankLayer({ cells: data.forecast, zoom: data.zoom ?? 12.5, visible: visible.forecast }) : null,
    data.repeats ? analysisRepeatPairLayer({ repeats: data.repeats, visible: visible['repeat-pairs'] }) : null,
    data.repeats ? analysisRepeatLocationLayer({ repeats: data.repeats, visible: visible['repeat-locations'] }) : null,
    analysisSelectionLayer({ feature: data.selection ?? null }),
  ];
  return layers.filter((l): l is Layer => l !== null);
}
