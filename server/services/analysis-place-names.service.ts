/**
 * Names what the analysis answers by place (issue 11, part 6): hot cells and repeat locations by their nearest
 * standard address or key place within 300 m, forecast cells likewise, near-repeat pairs by the place nearest their midpoint. In place:
 * sets `properties.place` (null where nothing named lies within 300 m). Cold and insignificant cells get none,
 * which keeps a district-wide answer of thousands of cells small.
 */
import type { ForecastAnswer, HotspotAnswer, RepeatsAnswer } from '../../core/contracts/analysis';
import { cellRingCentre } from '../../core/hotspots';
import type { Db } from '../db/engine';
import { nameNearestPlaces } from '../db/repos/place-names.repo';

/** Names the hot cells of a hotspot answer by the place nearest each cell's centre. */
export async function nameHotCells(db: Db, answer: HotspotAnswer): Promise<void> {
  const hot = answer.features.filter((f) => f.properties.class.startsWith('hot-'));
  const centres = hot.map((f) => cellRingCentre(f.geometry.coordinates[0]));
  const names = await nameNearestPlaces(db, centres);
  hot.forEach((f, i) => {
    f.properties.place = names[i];
  });
}

/** Names the forecast's cells, each by the place nearest its centre, as the hot cells are named. */
export async function nameForecastCells(db: Db, answer: ForecastAnswer): Promise<void> {
  const names = await nameNearestPlaces(db, answer.features.map((f) => cellRingCentre(f.geometry.coordinates[0])));
  answer.features.forEach((f, i) => {
    f.properties.place = names[i];
  });
}

/** Names the repeat locations, and each near-repeat pair by the place nearest its midpoint. */
export async function nameRepeats(db: Db, answer: RepeatsAnswer): Promise<void> {
  const locations = answer.locations.features;
  const pairs = answer.pairs.features;
  const points: [number, number][] = [
    ...locations.map((f): [number, number] => [f.geometry.coordinates[0], f.geometry.coordinates[1]]),
    ...pairs.map((f): [number, number] => {
      const [a, b] = [f.geometry.coordinates[0], f.geometry.coordinates[f.geometry.coordinates.length - 1]];
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    }),
  ];
  const names = await nameNearestPlaces(db, points);
  locations.forEach((f, i) => {
    f.properties.place = names[i];
  });
  pairs.forEach((f, i) => {
    f.properties.place = names[locations.length + i];
  });
}
