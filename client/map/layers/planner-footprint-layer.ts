import { PolygonLayer } from '@deck.gl/layers';
import type { PlannerUnitProperties } from '../../../core/contracts/planner';
import { pickHandler, type PickModifiers } from './planner-territory-layer';

export interface PlannerFootprintInput {
  buildings: readonly PlannerUnitProperties[];
  selected: ReadonlySet<string>;
  onPick?: (code: string, modifiers: PickModifiers) => void;
}

/** Building footprints: grey, the selected ones (whole compounds) orange with a dark edge. Pickable like territories. */
export function plannerFootprintLayer({ buildings, selected, onPick }: PlannerFootprintInput) {
  return new PolygonLayer<PlannerUnitProperties>({
    id: 'planner-footprint',
    data: buildings,
    pickable: true,
    filled: true,
    stroked: true,
    getPolygon: (d) => d.footprint.coordinates,
    getFillColor: (d) => (selected.has(d.code) ? [249, 115, 22, 255] : [96, 104, 116, 170]),
    getLineColor: (d) => (selected.has(d.code) ? [67, 20, 7, 255] : [255, 255, 255, 120]),
    getLineWidth: (d) => (selected.has(d.code) ? 1.5 : 0.5),
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: [selected], getLineColor: [selected], getLineWidth: [selected] },
    onClick: pickHandler(onPick),
  });
}
