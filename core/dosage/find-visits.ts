import { boundShape, measurePlaceDistanceM } from './measure-place-distance';
import { DEFAULT_DOSAGE_SETTINGS, type DosagePing, type DosagePlace, type DosageSettings, type DosageVisit } from './types';

/**
 * The visits of units to one place from their pings, with hysteresis so GPS jitter at the edge makes one visit, not
 * many: a visit starts at a ping inside the place; it goes on while each next ping comes within `maxGapS` of the one
 * before and lies no more than `exitMarginM` outside; it ends at its last such ping, when a ping lies farther out or
 * when the pings stop (a silence longer than `maxGapS`). Dwell is the time from its first ping to its last, so it is
 * counted only over continuous pings; a visit of one ping dwells 0 minutes. Pings less accurate than `maxAccuracyM`
 * are left out as if not taken. Pings may come in any order and from many units; visits come sorted by start, then
 * unit. Pure; does not mutate its input.
 */
export function findVisits(pings: readonly DosagePing[], place: DosagePlace, settings: DosageSettings = DEFAULT_DOSAGE_SETTINGS): DosageVisit[] {
  const [west, south, east, north] = boundShape(place.shape, settings.exitMarginM);
  const maxGapMs = settings.maxGapS * 1000;
  const byUnit = new Map<string, DosagePing[]>();
  for (const p of pings) {
    if (p.accuracyM > settings.maxAccuracyM) continue;
    const list = byUnit.get(p.unitId) ?? [];
    list.push(p);
    byUnit.set(p.unitId, list);
  }
  const visits: DosageVisit[] = [];
  for (const [unitId, list] of byUnit) {
    list.sort((a, b) => a.atMs - b.atMs);
    let open: { startMs: number; lastMs: number; force: DosagePing['force'] } | null = null;
    for (const p of list) {
      const [lng, lat] = p.lngLat;
      // Outside the grown box the exact distance is surely beyond the margin: Turf is asked only about near pings.
      const d = lng < west || lng > east || lat < south || lat > north ? Infinity : measurePlaceDistanceM(place.shape, p.lngLat);
      if (open) {
        const stopped = p.atMs - open.lastMs > maxGapMs;
        if (!stopped && d <= settings.exitMarginM) {
          open.lastMs = p.atMs;
          continue;
        }
        visits.push(toVisit(unitId, place.id, open));
        open = null;
      }
      if (d <= 0) open = { startMs: p.atMs, lastMs: p.atMs, force: p.force };
    }
    if (open) visits.push(toVisit(unitId, place.id, open));
  }
  return visits.sort((a, b) => a.startMs - b.startMs || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

function toVisit(unitId: string, placeId: string, v: { startMs: number; lastMs: number; force: DosagePing['force'] }): DosageVisit {
  return { unitId, force: v.force, placeId, startMs: v.startMs, endMs: v.lastMs, dwellMin: (v.lastMs - v.startMs) / 60_000, evidence: 'pings' };
}
