import type { PickingInfo } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlannerUnitProperties } from '../../../core/contracts/planner';
import type { Rgba } from './colour-scales';

export type TerritoryFeature = Feature<Polygon | MultiPolygon, PlannerUnitProperties>;

/** Modifier keys held during a click on the map. */
export interface PickModifiers {
  shift: boolean;
  toggle: boolean; // ctrl or ⌘
}

export interface PlannerTerritoryInput {
  territories: FeatureCollection<Polygon | MultiPolygon, PlannerUnitProperties>;
  /** building code → draft grid key */
  assignment: ReadonlyMap<string, string>;
  colours: ReadonlyMap<string, Rgba>;
  onPick?: (code: string, modifiers: PickModifiers) => void;
}

interface Modifiers {
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

const unknownColour: Rgba = [200, 200, 200, 255];

/** Reads a click's building code and modifier keys (deck.gl hands the DOM event over as srcEvent). */
export function pickHandler(onPick: ((code: string, modifiers: PickModifiers) => void) | undefined) {
  if (!onPick) return undefined;
  return (info: PickingInfo, event: { srcEvent?: Modifiers & { originalEvent?: Modifiers } }) => {
    const object = info.object as { properties?: { code?: string }; code?: string } | undefined;
    const code = object?.properties?.code ?? object?.code;
    if (!code) return false;
    // Under MapboxOverlay the srcEvent is MapLibre's MapMouseEvent, whose originalEvent is the DOM event.
    const e = event.srcEvent?.originalEvent ?? event.srcEvent ?? {};
    onPick(code, { shift: e.shiftKey === true, toggle: e.ctrlKey === true || e.metaKey === true });
    return true;
  };
}

/**
 * The buildings' territories filled with their draft grid's colour, so the grids tile the communities; thin
 * white lines show the territories. Pickable: a click picks the building.
 */
export function plannerTerritoryLayer({ territories, assignment, colours, onPick }: PlannerTerritoryInput) {
  return new GeoJsonLayer<PlannerUnitProperties>({
    id: 'planner-territory',
    data: territories,
    pickable: true,
    autoHighlight: true,
    highlightColor: [255, 255, 255, 110],
    filled: true,
    stroked: true,
    getFillColor: (f) => {
      const [r, g, b] = colours.get(assignment.get(f.properties.code) ?? '') ?? unknownColour;
      return [r, g, b, 200];
    },
    getLineColor: [255, 255, 255, 150],
    getLineWidth: 0.6,
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: [assignment, colours] },
    onClick: pickHandler(onPick),
  });
}
