import type { Layer } from '@deck.gl/core';
import type { BeatCollection, GridCollection } from '../../api/feature-types';
import { beatOutlineLayer } from './beat-outline-layer';
import { outsideScopeLayers } from './outside-scope-layer';
import { patrolCellLayer, patrolPlaceLayer, type PatrolCellDatum, type PatrolPlaceDatum } from './patrol-candidate-layer';
import { patrolRouteArrowLayer, patrolRouteLayer, type RouteArrow } from './patrol-route-layer';
import { patrolStartLabelLayer, patrolStartLayer, type PatrolStartInput } from './patrol-start-layer';
import { patrolStopLayer, patrolStopNumberLayer, type PatrolStopDatum } from './patrol-stop-layer';

/** What the patrol map is drawn from; a missing part (nothing planned yet, no start) leaves its layers out. */
export interface PatrolLayerData {
  cells: readonly PatrolCellDatum[];
  places: readonly PatrolPlaceDatum[];
  route?: { path: [number, number][]; straight: boolean; arrows: readonly RouteArrow[] };
  stops: readonly PatrolStopDatum[];
  start?: PatrolStartInput;
  /** The grids outside the user's jurisdiction, faded under everything. */
  outsideGrids?: GridCollection;
  /** The beats (警格) of the user's jurisdiction, outlined: routes are planned and named a beat at a time. */
  beats?: BeatCollection;
}

/**
 * The patrol map's overlays, bottom to top: the faded grids outside the jurisdiction, the jurisdiction's beat outlines, candidate cells,
 * the route and its arrows, candidate key places, the stops and their numbers, the start and its name.
 */
export function buildPatrolLayers(d: PatrolLayerData): Layer[] {
  const layers: (Layer | null)[] = [
    ...(d.outsideGrids && d.outsideGrids.features.length > 0 ? outsideScopeLayers({ areas: d.outsideGrids }) : []),
    d.beats && d.beats.features.length > 0 ? beatOutlineLayer({ beats: d.beats }) : null,
    patrolCellLayer({ cells: d.cells }),
    d.route ? patrolRouteLayer(d.route) : null,
    d.route && d.route.arrows.length > 0 ? patrolRouteArrowLayer({ arrows: d.route.arrows }) : null,
    patrolPlaceLayer({ places: d.places }),
    d.stops.length > 0 ? patrolStopLayer({ stops: d.stops }) : null,
    d.stops.length > 0 ? patrolStopNumberLayer({ stops: d.stops }) : null,
    d.start ? patrolStartLayer(d.start) : null,
    d.start ? patrolStartLabelLayer(d.start) : null,
  ];
  return layers.filter((l): l is Layer => l !== null);
}
