import { ScatterplotLayer } from '@deck.gl/layers';
import type { Feature, Point } from 'geojson';
import { riskLevelFloor, type DisputeMap, type DisputeMapProperties, type RiskLevel } from '../../../core/contracts/disputes';
import { disputeRimColour, riskLevelColours, riskLevelOrder, riskLevelRadiusPx } from './dispute-colours';

export interface DisputeRiskInput {
  /** GET /api/disputes/map: open disputes, no personal data. */
  disputes: DisputeMap;
  visible?: boolean;
  /** The lowest level drawn: medium by default, so the map shows the disputes the early warning flags. */
  minLevel?: RiskLevel;
}

/**
 * Open disputes of `minLevel` and above as points coloured and sized by their early-warning level (high red 8 px,
 * medium orange 6 px, low yellow 4 px), high ones drawn on top, with a dark rim, thicker when overdue; pickable
 * (id 'dispute-risk'). Does not mutate input.
 */
export function disputeRiskLayer({ disputes, visible = true, minLevel = 'medium' }: DisputeRiskInput) {
  const data = disputes.features
    .filter((f) => riskLevelFloor[f.properties.riskLevel] >= riskLevelFloor[minLevel])
    .sort((a, b) => riskLevelOrder[a.properties.riskLevel] - riskLevelOrder[b.properties.riskLevel]);
  return new ScatterplotLayer<Feature<Point, DisputeMapProperties>>({
    id: 'dispute-risk',
    data,
    visible,
    pickable: true,
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getFillColor: (f) => riskLevelColours[f.properties.riskLevel],
    getRadius: (f) => riskLevelRadiusPx[f.properties.riskLevel],
    radiusUnits: 'pixels',
    stroked: true,
    // A dark rim (key places and stations have white ones), thicker when the dispute is overdue.
    getLineColor: disputeRimColour,
    getLineWidth: (f) => (f.properties.overdue ? 3 : 1.5),
    lineWidthUnits: 'pixels',
  });
}
