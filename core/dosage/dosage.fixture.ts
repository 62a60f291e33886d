import { localInstant } from '../time/shanghai-time';
import type { DosageForce, DosagePing, DosagePlace, LngLat } from './types';

/** A local frame in metres east (x) and north (y) of a point in Dachuan, so a test reads positions as metres. */
const origin: LngLat = [107.5, 31.2];
export function atM(x: number, y: number): LngLat {
  return [origin[0] + x / (111_320 * Math.cos((origin[1] * Math.PI) / 180)), origin[1] + y / 110_574];
}

/** Local time on Monday 2 March 2026 (Asia/Shanghai). */
export function monday(hour: number, minute = 0, second = 0): number {
  return localInstant(2026, 3, 2, hour, minute) + second * 1000;
}

/** A 150 m × 150 m hot-spot cell with its south-west corner at the origin. */
export const cell: DosagePlace = { id: 'cell-1-1', name: '星河城1栋附近', kind: 'hotspot', shape: { kind: 'polygon', ring: [atM(0, 0), atM(150, 0), atM(150, 150), atM(0, 150)] } };
/** A key place 500 m east: a point and a 50 m radius. */
export const school: DosagePlace = { id: 'KP01', name: '达川中学', kind: 'key_place', shape: { kind: 'circle', center: atM(500, 0), radiusM: 50 } };

/** Pings of one unit every `stepS` seconds from `fromMs` to `toMs` inclusive, at positions `where(i)`. */
export function track(unitId: string, force: DosageForce, fromMs: number, toMs: number, stepS: number, where: (i: number) => LngLat, accuracyM = 8): DosagePing[] {
  const out: DosagePing[] = [];
  for (let t = fromMs, i = 0; t <= toMs; t += stepS * 1000, i++) out.push({ unitId, force, atMs: t, lngLat: where(i), accuracyM });
  return out;
}
