import type { PlanDraft, PlanDraftInput, PlannerArea } from '../../../core/contracts/planner';
import { currentDocking } from './docking';
import type { HouseholdBand } from './household-band';
import type { PlanState } from './plan-state';
import type { PlanUnits } from './plan-units';

/** The body of POST / PUT /api/planner/drafts for a state: locks and docking of grids the draft still has only. */
export function toDraftInput(name: string, area: PlannerArea, band: HouseholdBand, state: PlanState): PlanDraftInput {
  const keys = new Set(state.assignment.values());
  return {
    name: name.trim(),
    areaKind: area.kind,
    areaCode: area.code,
    band: [band[0], band[1]],
    assignment: Object.fromEntries(state.assignment),
    locked: [...state.locked].filter((k) => keys.has(k)).sort(),
    docking: currentDocking(state.docking, state.assignment),
  };
}

export interface ReopenedDraft {
  state: PlanState;
  band: HouseholdBand;
  /** Buildings of the area the draft does not list (built since it was saved): put in their published grid. */
  missing: string[];
  /** Buildings the draft lists that the area no longer has: dropped. */
  unknown: string[];
}

/** A saved draft as a state over today's units of its area. */
export function reopenDraft(pu: PlanUnits, draft: PlanDraft): ReopenedDraft {
  const assignment = new Map<string, string>();
  const missing: string[] = [];
  for (const u of pu.units) {
    const key = draft.assignment[u.id];
    if (key === undefined) missing.push(u.id);
    assignment.set(u.id, key ?? pu.published.get(u.id)!);
  }
  const unknown = Object.keys(draft.assignment).filter((code) => !pu.props.has(code)).sort();
  return {
    state: { assignment, locked: new Set(draft.locked), docking: { ...draft.docking } },
    band: [draft.band[0], draft.band[1]],
    missing,
    unknown,
  };
}
