import { createLocalFrame } from './create-local-frame';
import type { RedistrictUnit } from './types';

/**
 * A position (metres in the plan's local frame) for each node of a piece: the mean of its member units' outer-ring
 * vertex means (a point unit's own position). Only the axis splits use it, so a rough centre does. `nodes` lists the
 * unit indices of each local node. Returns x, y interleaved. Does not mutate input.
 */
export function findNodePositions(units: readonly RedistrictUnit[], nodes: readonly (readonly number[])[]): Float64Array {
  const frame = createLocalFrame(units);
  const xy = new Float64Array(2 * nodes.length);
  nodes.forEach((members, v) => {
    let x = 0;
    let y = 0;
    for (const u of members) {
      const g = units[u].geometry;
      const ring = g.type === 'Point' ? [g.coordinates] : g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0];
      const n = ring.length > 1 ? ring.length - 1 : 1;
      for (let i = 0; i < n; i++) {
        const [px, py] = frame.project(ring[i]);
        x += px / n;
        y += py / n;
      }
    }
    xy[2 * v] = x / members.length;
    xy[2 * v + 1] = y / members.length;
  });
  return xy;
}
