import type { Position } from 'geojson';
import { createLocalFrame, type LocalFrame } from './create-local-frame';
import type { RedistrictUnit } from './types';

export interface UnitGeometryMeasure {
  areaM2: number;
  perimeterM: number;
}

/**
 * Area (m², holes subtracted) and perimeter (m, every ring, holes included) of each unit in the plan's local frame
 * (createLocalFrame of the same units, so shared lengths from buildAdjacency cancel exactly). Points measure 0 and 0.
 * Output is index-aligned with the input. Does not mutate input.
 */
export function measureUnitGeometry(
  units: readonly RedistrictUnit[],
  frame: LocalFrame = createLocalFrame(units),
): UnitGeometryMeasure[] {
  return units.map((unit) => {
    const g = unit.geometry;
    if (g.type === 'Point') return { areaM2: 0, perimeterM: 0 };
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    let areaM2 = 0;
    let perimeterM = 0;
    for (const rings of polygons) {
      rings.forEach((ring, r) => {
        const { area, length } = measureRing(ring, frame);
        areaM2 += r === 0 ? Math.abs(area) : -Math.abs(area);
        perimeterM += length;
      });
    }
    return { areaM2, perimeterM };
  });
}

function measureRing(ring: Position[], frame: LocalFrame): { area: number; length: number } {
  let area = 0;
  let length = 0;
  let [px, py] = frame.project(ring[0]);
  for (let i = 1; i < ring.length; i++) {
    const [x, y] = frame.project(ring[i]);
    area += (px * y - x * py) / 2;
    length += Math.hypot(x - px, y - py);
    px = x;
    py = y;
  }
  return { area, length };
}
