import { GeoJsonLayer } from '@deck.gl/layers';
import type { FeatureCollection, MultiPolygon } from 'geojson';

export interface PlannerBeatInput {
  beats: FeatureCollection<MultiPolygon, { code: string; name: string; officerId: string | null }>;
  visible?: boolean;
}

/** Today's police beats (警格) of the area as navy 2.5 px lines, no fill: what the docking is measured against. */
export function plannerBeatLayer({ beats, visible = true }: PlannerBeatInput) {
  return new GeoJsonLayer({
    id: 'planner-beat',
    data: beats,
    visible,
    filled: false,
    stroked: true,
    getLineColor: [25, 42, 110, 220],
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
  });
}
