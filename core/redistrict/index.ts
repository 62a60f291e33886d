/** Redistricting (issue 5): partition base units into contiguous, balanced, compact districts. Pure. */
export { buildAdjacency } from './build-adjacency';
export { createLocalFrame } from './create-local-frame';
export { createRandom } from './create-random';
export { dissolveDistricts } from './dissolve-districts';
export { measurePlan } from './measure-plan';
export { measureUnitGeometry } from './measure-unit-geometry';
export { redistrict } from './redistrict';
export { findFlaggedDistricts, redrawFlagged, type RedrawFlaggedResult } from './redraw-flagged';
export * from './types';
export { parseAdjacencyCsv } from './parse-adjacency-csv';
export { unitsFromGeojson } from './units-from-geojson';
export { dockBeats, type DockingUnit } from './dock-beats';
export { checkAssignment, type AssignedBuilding } from './check-assignment';
export { numberGrids, type GridToNumber } from './number-grids';
export { findContinuedCodes, type PublishedBuilding } from './find-continued-codes';
