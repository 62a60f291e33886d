import type { PlannerUnits } from '../../../core/contracts/planner';

/** How the planner's lists name a place: buildings, grids and beats by name, never by their codes alone. */
export interface PlannerNames {
  /** "星河城1栋"; the code when the area has no such building. */
  building: (code: string) => string;
  /** A published grid by its name ("梧桐梁社区第1网格"); a draft grid (N001, …) as draftGrid words it. */
  grid: (key: string) => string;
  /** "三里坪派出所第1警格"; the code when the area's beats do not hold it. */
  beat: (code: string) => string;
}

/**
 * The names of an area's buildings, published grids and beats, from GET /api/planner/units. A draft key that is not
 * a published grid's code (a new grid, N001) has no name until publishing gives it one: `draftGrid` words it
 * ("新网格 N001"). Pure; look-ups are built once.
 */
export function plannerNames(units: Pick<PlannerUnits, 'units' | 'grids' | 'beats'>, draftGrid: (key: string) => string): PlannerNames {
  const buildings = new Map(units.units.features.map((f) => [f.properties.code, f.properties.label]));
  const grids = new Map(units.grids.features.map((f) => [f.properties.code, f.properties.name]));
  const beats = new Map(units.beats.features.map((f) => [f.properties.code, f.properties.name]));
  return {
    building: (code) => buildings.get(code) || code,
    grid: (key) => grids.get(key) ?? draftGrid(key),
    beat: (code) => beats.get(code) ?? code,
  };
}
