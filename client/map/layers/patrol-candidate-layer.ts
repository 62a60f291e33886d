import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { HotspotClass } from '../../../core/hotspots/types';
import { patrolCellColour, patrolColours } from './patrol-colours';

/** A candidate hotspot cell: its ring ([lng, lat], closed) and whether the route visits it. */
export interface PatrolCellDatum {
  id: string;
  /** The cell's nearest place ('星河城1栋附近'); null in a route saved before cells were named. */
  name?: string | null;
  polygon: [number, number][];
  hotspotClass?: HotspotClass;
  /** Incidents a week in the window (the plan's risk), and over the weeks looked at: for the tooltip. */
  risk: number;
  incidents?: number;
  visited: boolean;
}

/** A candidate key place: marked 必到, visited by the route, or named by a 422 as not fitting. */
export interface PatrolPlaceDatum {
  id: string;
  name: string | null;
  lngLat: [number, number];
  /** Peak-overlap hours a day × 0.5 (the plan's risk): for the tooltip. */
  risk: number;
  mandatory: boolean;
  visited: boolean;
  infeasible: boolean;
}

/**
 * The candidate hotspot cells (150 m squares) filled by Gi* class; the visited ones get a dark outline. Pickable for
 * the tooltip.
 */
export function patrolCellLayer({ cells }: { cells: readonly PatrolCellDatum[] }) {
  return new PolygonLayer<PatrolCellDatum>({
    id: 'patrol-cells',
    data: cells,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 90],
    filled: true,
    stroked: true,
    getPolygon: (d) => d.polygon,
    getFillColor: (d) => patrolCellColour(d.hotspotClass),
    getLineColor: (d) => (d.visited ? [120, 0, 20, 230] : [255, 255, 255, 160]),
    getLineWidth: (d) => (d.visited ? 2 : 0.5),
    lineWidthUnits: 'pixels',
    updateTriggers: { getLineColor: cells, getLineWidth: cells },
  });
}

/**
 * The candidate key places whose peak overlaps the window, as violet dots; 必到 ones larger with a red rim, and red
 * when the last plan found they cannot all be visited. Pickable for the tooltip.
 */
export function patrolPlaceLayer({ places }: { places: readonly PatrolPlaceDatum[] }) {
  return new ScatterplotLayer<PatrolPlaceDatum>({
    id: 'patrol-places',
    data: places,
    pickable: true,
    getPosition: (d) => d.lngLat,
    getRadius: (d) => (d.mandatory ? 9 : 7),
    radiusUnits: 'pixels',
    getFillColor: (d) => (d.infeasible ? patrolColours.mandatory : patrolColours.keyPlace),
    stroked: true,
    getLineColor: (d) => (d.mandatory ? patrolColours.mandatory : patrolColours.white),
    getLineWidth: (d) => (d.mandatory ? 3 : 1.5),
    lineWidthUnits: 'pixels',
    updateTriggers: { getRadius: places, getFillColor: places, getLineColor: places, getLineWidth: places },
  });
}
