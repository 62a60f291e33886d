import type { DockingReport } from '../../../core/contracts/planner';
import { dockBeats } from '../../../core/redistrict/dock-beats';
import type { PlanUnits } from './plan-units';

/**
 * The beat docking of a draft (core/redistrict dockBeats): each building counts for its draft grid, in the beat it
 * lies in today, with its households and its incidents of the last 12 months.
 */
export function dockDraft(pu: PlanUnits, assignment: ReadonlyMap<string, string>): DockingReport {
  const units = pu.units.map((u) => {
    const p = pu.props.get(u.id)!;
    return { grid: assignment.get(u.id) ?? p.gridCode, beat: p.beatCode, households: p.households, incidents: p.incidents12m };
  });
  return dockBeats(units);
}

/** The accepted docking restricted to grids the draft still has (edits after accepting may have removed some). */
export function currentDocking(docking: Readonly<Record<string, string>>, assignment: ReadonlyMap<string, string>): Record<string, string> {
  const keys = new Set(assignment.values());
  return Object.fromEntries(Object.entries(docking).filter(([key]) => keys.has(key)));
}

/** Grids whose accepted beat differs from today's proposal, or that have none: the docking should be accepted again. */
export function staleDockingGrids(docking: Readonly<Record<string, string>>, report: DockingReport): string[] {
  return Object.keys(report.proposal).filter((grid) => docking[grid] !== report.proposal[grid]).sort();
}
