import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { BinaryPoints } from './binary-points';
import { heatColourRange, type Rgba } from './colour-scales';

export interface IncidentHeatInput {
  points: BinaryPoints; // from toBinaryPoints(columns.positions); keep the object stable, deck.gl diffs by identity
  radiusPx?: number;
  visible?: boolean;
}

/** Incident density as a heatmap (every incident weight 1), from binary positions without per-point objects. */
export function incidentHeatLayer({ points, radiusPx = 28, visible = true }: IncidentHeatInput) {
  return new HeatmapLayer({
    id: 'incident-heat',
    data: points,
    visible,
    getWeight: 1,
    radiusPixels: radiusPx,
    intensity: 1,
    threshold: 0.1,
    colorRange: heatColourRange as Rgba[],
    opacity: 0.85,
    weightsTextureSize: 512,
  });
}
