/**
 * Side of a hotspot cell in metres when the caller names none: the analysis map, the analysis API, the hotspot
 * script and the patrol planner's candidate cells all start from it, so one change moves them together.
 */
export const DEFAULT_CELL_SIZE_M = 150;
