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

/** A cell of an analysis answer: a square polygon whose properties take a place name. */
type NamedCell = { geometry: { coordinates: number[][][] }; properties: { place?: string | null } };

/** Names each cell by the place nearest its centre. */
async function nameCells(db: Db, cells: NamedCell[]): Promise<void> {
  const names = await nameNearestPlaces(db, cells.map((f) => cellRingCentre(f.geometry.coordinates[0])));
  cells.forEach((f, i) => {
    f.properties.place = names[i];
  });
}

/** Names the hot cells of a hotspot answer. */
export async function nameHotCells(db: Db, answer: HotspotAnswer): Promise<void> {
  await nameCells(db, answer.features.filter((f) => f.properties.class.startsWith('hot-')));
}

/** Names the forecast's cells, as the hot cells are named. */
export async function nameForecastCells(db: Db, answer: ForecastAnswer): Promise<void> {
  await nameCells(db, answer.features);
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
