import { useMemo, useRef } from 'react';
import type { PlannerUnits } from '../../../core/contracts/planner';
import { colourGrids } from '../../map/layers/planner-colours';
import { dissolveGrids, type GridOutline } from './dissolve-grids';
import { dockDraft } from './docking';
import { gridRows, summarisePlan } from './grid-rows';
import type { HouseholdBand } from './household-band';
import { measureGrids } from './measure-grids';
import { diffPlan } from './plan-diff';
import { changedTerritories, gridNeighbourPairs } from './planner-map-data';
import type { PlanState } from './plan-state';
import type { PlanUnits } from './plan-units';

/**
 * Everything measured from the plan being edited, recomputed after every change: the grid table, the docking, the
 * difference from the published plan, the grid outlines (only changed grids are dissolved again) and colours.
 */
export function usePlanDerived(data: PlannerUnits | null, pu: PlanUnits | null, state: PlanState | null, band: HouseholdBand) {
  const outlinesRef = useRef<Map<string, GridOutline>>(new Map());
  const assignment = state?.assignment;
  const measures = useMemo(() => (pu && assignment ? measureGrids(pu, assignment) : []), [pu, assignment]);
  const rows = useMemo(() => gridRows(measures, band, state?.locked ?? new Set()), [measures, band, state?.locked]);
  const summary = useMemo(() => summarisePlan(rows), [rows]);
  const docking = useMemo(() => (pu && assignment ? dockDraft(pu, assignment) : null), [pu, assignment]);
  const diff = useMemo(
    () => (pu && assignment ? diffPlan(pu.published, assignment, (code) => pu.props.get(code)?.households ?? 0) : null),
    [pu, assignment],
  );
  const outlines = useMemo(() => {
    if (!pu || !assignment) return new Map<string, GridOutline>();
    const next = dissolveGrids(pu, assignment, outlinesRef.current);
    outlinesRef.current = next;
    return next;
  }, [pu, assignment]);
  const colours = useMemo(
    () => (pu && assignment ? colourGrids([...new Set(assignment.values())], gridNeighbourPairs(pu, assignment)) : new Map()),
    [pu, assignment],
  );
  const changed = useMemo(() => (data && diff ? changedTerritories(data.units.features, diff.changed) : []), [data, diff]);
  return { measures, rows, summary, docking, diff, outlines, colours, changed };
}

export type PlanDerived = ReturnType<typeof usePlanDerived>;
