import { beforeAll, describe, expect, it } from 'vitest';
import type { HotspotAnswer } from '../../core/contracts/analysis';
import type { PatrolCandidates } from '../../core/contracts/patrol';
import { cellRingCentre } from '../../core/hotspots';
import { loginAs, type TestClient } from '../support/test-database';

// The patrol planner's hotspot cells (a square around the start) and the analysis map's cells (the jurisdiction's
// extent) are squares of one lattice: a stop named 巴山新村1栋附近 in the planner is the square the commander's map
// and the patrol-dosage layer call by that place, not one shifted by part of a cell (they were: each lattice started
// at its own extent's corner).

let patrol: TestClient;
beforeAll(async () => {
  patrol = await loginAs('patrol', '10.14.0.1');
});

const get = async <T>(path: string): Promise<T> => {
  const res = await patrol.request(path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
};
const metres = (a: readonly number[], b: readonly number[]) => Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((a[1] * Math.PI) / 180), (a[1] - b[1]) * 111_320);

describe('one lattice of hotspot cells', () => {
  it('puts every patrol candidate cell, Gi* and forecast alike, on a square of the analysis map', async () => {
    const squares = (await get<HotspotAnswer>('/api/analysis/hotspots')).features.map((f) => cellRingCentre(f.geometry.coordinates[0]));
    for (const hotspots of ['gi', 'forecast']) {
      const answer = await get<PatrolCandidates>(`/api/patrol/candidates?station=PS01&start=19:00&end=23:00&hotspots=${hotspots}`);
      const cells = answer.candidates.filter((c) => c.kind === 'hotspot');
      expect(cells.length, hotspots).toBeGreaterThan(3);
      for (const c of cells) {
        const centre = cellRingCentre(c.polygon!);
        const nearest = Math.min(...squares.map((s) => metres(s, centre)));
        expect(nearest, `${hotspots} ${c.id} ${c.name}`).toBeLessThan(1);
      }
    }
  });
});
