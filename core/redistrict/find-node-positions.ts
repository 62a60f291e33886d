import { measureUnitGeometry, type UnitGeometryMeasure } from './measure-unit-geometry';
import type { RedistrictUnit } from './types';

/**
 * A position (metres in the plan's local frame) for each node of a piece: the mean of its member units' centres
 * (measureUnitGeometry's outer-ring vertex means; a point unit's own position). Only the axis splits and the power
 * diagram use it, so a rough centre does. `nodes` lists the unit indices of each local node; `geometry` is
 * measureUnitGeometry(units) when the caller has it already (it is measured once a plan, not once a piece). Returns
 * x, y interleaved. Does not mutate input.
 */
export function findNodePositions(
  units: readonly RedistrictUnit[],
  nodes: readonly (readonly number[])[],
  geometry: readonly UnitGeometryMeasure[] = measureUnitGeometry(units),
): Float64Array {
  const xy = new Float64Array(2 * nodes.length);
  nodes.forEach((members, v) => {
    let x = 0;
    let y = 0;
    for (const u of members) {
      x += geometry[u].centreX;
      y += geometry[u].centreY;
    }
    xy[2 * v] = x / members.length;
    xy[2 * v + 1] = y / members.length;
  });
  return xy;
}
