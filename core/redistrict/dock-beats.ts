import type { DockingReport } from '../contracts/planner';

/** One building as the docking sees it: its grid in the plan, the beat it lies in today, and its load. */
export interface DockingUnit {
  grid: string;
  beat: string | null;
  households: number;
  incidents: number;
}

/**
 * Beat docking (警格网格对接) of a plan: a beat must hold whole grids. Reports beats that split a grid (its buildings
 * lie in several beats), grids in no beat, and each beat's load, and proposes a docking where every grid goes to the
 * beat holding most of its households (ties: the lower beat code; a grid in no beat stays out of the proposal).
 * The load is counted under the proposal, so it is the load the planner would accept. `officersPerBeat` defaults
 * to one community officer a beat. Pure; deterministic (beats and grids sorted by code).
 */
export function dockBeats(units: readonly DockingUnit[], officersPerBeat: ReadonlyMap<string, number> = new Map()): DockingReport {
  const householdsByGridBeat = new Map<string, Map<string, number>>();
  const gridLoad = new Map<string, { households: number; incidents: number }>();
  for (const u of units) {
    const load = gridLoad.get(u.grid) ?? { households: 0, incidents: 0 };
    load.households += u.households;
    load.incidents += u.incidents;
    gridLoad.set(u.grid, load);
    if (u.beat === null) continue;
    const beats = householdsByGridBeat.get(u.grid) ?? new Map<string, number>();
    beats.set(u.beat, (beats.get(u.beat) ?? 0) + u.households);
    householdsByGridBeat.set(u.grid, beats);
  }
  const grids = [...gridLoad.keys()].sort();
  const proposal: Record<string, string> = {};
  const splitGrids: DockingReport['splitGrids'] = [];
  const orphanGrids: string[] = [];
  for (const grid of grids) {
    const beats = householdsByGridBeat.get(grid);
    if (!beats) {
      orphanGrids.push(grid);
      continue;
    }
    const ranked = [...beats].sort(([a, ha], [b, hb]) => hb - ha || (a < b ? -1 : 1));
    proposal[grid] = ranked[0][0];
    if (ranked.length > 1) splitGrids.push({ grid, beats: ranked.map(([beat, households]) => ({ beat, households })) });
  }
  const byBeat = new Map<string, string[]>();
  for (const grid of grids) {
    const beat = proposal[grid];
    if (beat) byBeat.set(beat, [...(byBeat.get(beat) ?? []), grid]);
  }
  const beats = [...byBeat].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, beatGrids]) => {
    const households = beatGrids.reduce((s, g) => s + gridLoad.get(g)!.households, 0);
    const incidents12m = beatGrids.reduce((s, g) => s + gridLoad.get(g)!.incidents, 0);
    const officers = officersPerBeat.get(code) ?? 1;
    return { code, grids: beatGrids, households, incidents12m, officers, incidentsPerOfficer: officers > 0 ? incidents12m / officers : incidents12m };
  });
  return { beats, splitGrids, orphanGrids, proposal };
}
