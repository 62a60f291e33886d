import { describe, expect, it } from 'vitest';
import { createRandom } from '../redistrict/create-random';
import { atM, cell, monday, school, visitsByScanning } from './dosage.fixture';
import { findVisits } from './find-visits';
import { indexPings } from './index-pings';
import { boundShape } from './measure-place-distance';
import { DEFAULT_DOSAGE_SETTINGS, type DosagePing } from './types';

/** Units wandering between the cell and the school with GPS noise, pauses in the pings and some poor fixes. */
function wanderingPings(seed: number): DosagePing[] {
  const random = createRandom(seed);
  const pings: DosagePing[] = [];
  for (let u = 0; u < 12; u++) {
    let [x, y] = [random() * 600 - 50, random() * 250 - 50];
    let t = monday(18) + Math.floor(random() * 60_000);
    for (let i = 0; i < 400; i++) {
      x = Math.min(650, Math.max(-100, x + (random() - 0.5) * 40));
      y = Math.min(300, Math.max(-100, y + (random() - 0.5) * 40));
      t += (random() < 0.05 ? 90 : 5) * 1000;
      pings.push({ unitId: `u${u}`, force: u % 3 === 0 ? 'grid' : 'police', atMs: t, lngLat: atM(x, y), accuracyM: random() < 0.05 ? 120 : 8 });
    }
  }
  return pings;
}

describe('indexPings', () => {
  it('gives the same visits as scanning every ping, for a cell and a key place, over several random walks', () => {
    for (const seed of [1, 2, 3]) {
      const pings = wanderingPings(seed);
      const index = indexPings(pings);
      for (const place of [cell, school]) {
        const expected = visitsByScanning(pings, place);
        expect(expected.length).toBeGreaterThan(3);
        expect(findVisits(index, place)).toEqual(expected);
        expect(findVisits(pings, place)).toEqual(expected);
      }
    }
  });

  it('reads only the pings near a place', () => {
    const pings = wanderingPings(4);
    const index = indexPings(pings);
    const [w, s, e, n] = boundShape(school.shape, DEFAULT_DOSAGE_SETTINGS.exitMarginM);
    const near = index.tree.range(w, s, e, n);
    expect(near.length).toBeGreaterThan(0);
    expect(near.length).toBeLessThan(pings.length / 4);
  });

  it('answers no visits from no pings', () => {
    expect(findVisits(indexPings([]), cell)).toEqual([]);
  });
});
