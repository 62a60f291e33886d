import type { Layer } from '@deck.gl/core';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlannerUnitProperties } from '../../../core/contracts/planner';
import type { Rgba } from './colour-scales';
import { plannerBeatLayer, type PlannerBeatInput } from './planner-beat-layer';
import { plannerDiffLayer } from './planner-diff-layer';
import { plannerFootprintLayer } from './planner-footprint-layer';
import { plannerGridOutlineLayer, plannerOffendingLayer, type PlannerGridCollection } from './planner-grid-outline-layer';
import { plannerCommunityLabelLayer, plannerCommunityOutlineLayer, type PlannerCommunityInput } from './planner-community-layer';
import { plannerLabelLayer, type PlannerGridLabel } from './planner-label-layer';
import { plannerTerritoryLayer, type PickModifiers, type TerritoryFeature } from './planner-territory-layer';

/** What the planner map is drawn from. */
export interface PlannerLayerData {
  territories: FeatureCollection<Polygon | MultiPolygon, PlannerUnitProperties>;
  buildings: readonly PlannerUnitProperties[];
  assignment: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, Rgba>;
  grids: PlannerGridCollection;
  labels: readonly PlannerGridLabel[];
  /** The communities' boundaries and names, drawn when the area holds more than one; null otherwise. */
  communities: PlannerCommunityInput | null;
  changed: readonly TerritoryFeature[];
  beats: PlannerBeatInput['beats'];
  selected: ReadonlySet<string>;
  showDiff: boolean;
  showBeats: boolean;
  onPick?: (code: string, modifiers: PickModifiers) => void;
}

/**
 * The planner's overlays, bottom to top: territories by grid, the difference from the published plan, offending
 * grids, grid outlines, community boundaries (on a street), beats, building footprints, community names, grid labels.
 */
export function buildPlannerLayers(d: PlannerLayerData): Layer[] {
  return [
    plannerTerritoryLayer({ territories: d.territories, assignment: d.assignment, colours: d.colours, onPick: d.onPick }),
    plannerDiffLayer({ changed: d.changed, visible: d.showDiff }),
    plannerOffendingLayer({ grids: d.grids }),
    plannerGridOutlineLayer({ grids: d.grids }),
    d.communities ? plannerCommunityOutlineLayer(d.communities) : null,
    plannerBeatLayer({ beats: d.beats, visible: d.showBeats }),
    plannerFootprintLayer({ buildings: d.buildings, selected: d.selected, onPick: d.onPick }),
    d.communities ? plannerCommunityLabelLayer(d.communities) : null,
    plannerLabelLayer({ labels: d.labels }),
  ].filter((l) => l !== null);
}
