/**
 * The planner's view of an area (issue 5): the area of a street or community (planner-units.repo.ts), its buildings
 * with their territories, grids and beats as the database holds them, and which buildings touch — the adjacency the
 * redistricting and the publication's contiguity check read, measured by core/redistrict buildAdjacency (shared edge
 * length in metres, to a tenth).
 */
import type { PlannerArea, PlannerAreaQuery, PlannerUnits } from '../../core/contracts/planner';
import { buildAdjacency, type RedistrictUnit } from '../../core/redistrict';
import type { Db } from '../db/engine';
import { findPlannerArea, findPlannerUnits } from '../db/repos/planner-units.repo';

/** The units of an area with their adjacency. */
export async function loadPlannerUnits(db: Db, area: PlannerArea & { communityCodes: string[] }): Promise<PlannerUnits> {
  const found = await findPlannerUnits(db, area);
  const redistrictUnits: RedistrictUnit[] = found.units.features.map((u) => ({ id: u.properties.code, weight: u.properties.households, geometry: u.geometry }));
  const adjacency = buildAdjacency(redistrictUnits).map((p) => [p.a, p.b, Math.round((p.sharedLengthM ?? 0) * 10) / 10] as [string, string, number]);
  return { ...found, adjacency };
}

/** GET /api/planner/units: the units of the street or community asked for, or null when it is no planning area. */
export async function findAreaUnits(db: Db, query: PlannerAreaQuery): Promise<PlannerUnits | null> {
  const area = await findPlannerArea(db, query);
  return area ? loadPlannerUnits(db, area) : null;
}
