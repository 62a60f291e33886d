import { localInstant } from '../time/shanghai-time';
import { boundShape, measurePlaceDistanceM } from './measure-place-distance';
import { DEFAULT_DOSAGE_SETTINGS, type DosageForce, type DosagePing, type DosagePlace, type DosageVisit, type LngLat } from './types';

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

/** The visit rule read plainly, every ping of every unit in time order (the finder before the index): what the index must agree with. */
export function visitsByScanning(pings: DosagePing[], place: DosagePlace): DosageVisit[] {
  const s = DEFAULT_DOSAGE_SETTINGS;
  const units = new Map<string, DosagePing[]>();
  for (const p of pings) {
    if (p.accuracyM > s.maxAccuracyM) continue;
    const list = units.get(p.unitId) ?? [];
    list.push(p);
    units.set(p.unitId, list);
  }
  const [west, south, east, north] = boundShape(place.shape, s.exitMarginM);
  const out: DosageVisit[] = [];
  for (const [unitId, list] of units) {
    list.sort((a, b) => a.atMs - b.atMs);
    let open: { startMs: number; lastMs: number; force: DosagePing['force'] } | null = null;
    const close = () => open && out.push({ unitId, force: open.force, placeId: place.id, startMs: open.startMs, endMs: open.lastMs, dwellMin: (open.lastMs - open.startMs) / 60_000, evidence: 'pings' });
    for (const p of list) {
      const [lng, lat] = p.lngLat;
      const d = lng < west || lng > east || lat < south || lat > north ? Infinity : measurePlaceDistanceM(place.shape, p.lngLat);
      if (open && p.atMs - open.lastMs <= s.maxGapS * 1000 && d <= s.exitMarginM) {
        open.lastMs = p.atMs;
        continue;
      }
      close();
      open = d <= 0 ? { startMs: p.atMs, lastMs: p.atMs, force: p.force } : null;
    }
    close();
  }
  return out.sort((a, b) => a.startMs - b.startMs || a.unitId.localeCompare(b.unitId));
}
