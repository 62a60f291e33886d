import { GeoJsonLayer } from '@deck.gl/layers';
import type { FeatureCollection, MultiPolygon } from 'geojson';

export interface PlannerGridProperties {
  key: string;
  offending: boolean;
  selected: boolean;
}
export type PlannerGridCollection = FeatureCollection<MultiPolygon, PlannerGridProperties>;

export interface PlannerGridOutlineInput {
  grids: PlannerGridCollection;
}

/** The draft grids' boundaries (dissolved territories): dark lines, 1.8 px; the grid picked in the table 3.5 px. */
export function plannerGridOutlineLayer({ grids }: PlannerGridOutlineInput) {
  return new GeoJsonLayer<PlannerGridProperties>({
    id: 'planner-grid-outline',
    data: grids,
    filled: false,
    stroked: true,
    getLineColor: (f) => (f.properties.selected ? [0, 61, 165, 255] : [40, 48, 60, 230]),
    getLineWidth: (f) => (f.properties.selected ? 3.5 : 1.8),
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
  });
}

/**
 * Grids that break a rule (outside the household band, or in pieces): a red veil and a red 3 px boundary, drawn
 * above the fills so that they stand out at any zoom.
 */
export function plannerOffendingLayer({ grids }: PlannerGridOutlineInput) {
  return new GeoJsonLayer<PlannerGridProperties>({
    id: 'planner-offending',
    data: { type: 'FeatureCollection', features: grids.features.filter((f) => f.properties.offending) },
    filled: true,
    stroked: true,
    getFillColor: [220, 38, 38, 60],
    getLineColor: [200, 20, 20, 255],
    getLineWidth: 3,
    lineWidthUnits: 'pixels',
  });
}
