import { indexPings, type PingIndex } from './index-pings';
import { boundShape, measurePlaceDistanceM } from './measure-place-distance';
import { DEFAULT_DOSAGE_SETTINGS, type DosagePing, type DosagePlace, type DosageSettings, type DosageVisit } from './types';

/**
 * The visits of units to one place from their pings, with hysteresis so GPS jitter at the edge makes one visit, not
 * many: a visit starts at a ping inside the place; it goes on while each next ping comes within `maxGapS` of the one
 * before and lies no more than `exitMarginM` outside; it ends at its last such ping, when a ping lies farther out or
 * when the pings stop (a silence longer than `maxGapS`). Dwell is the time from its first ping to its last, so it is
 * counted only over continuous pings; a visit of one ping dwells 0 minutes. Pings less accurate than `maxAccuracyM`
 * are left out as if not taken. Pings may come in any order and from many units; visits come sorted by start, then
 * unit. Give a PingIndex (indexPings) when measuring many places over the same pings. Pure; does not mutate its input.
 */
export function findVisits(pings: readonly DosagePing[] | PingIndex, place: DosagePlace, settings: DosageSettings = DEFAULT_DOSAGE_SETTINGS): DosageVisit[] {
  const index = Array.isArray(pings) ? indexPings(pings, settings) : (pings as PingIndex);
  const [west, south, east, north] = boundShape(place.shape, settings.exitMarginM);
  const maxGapMs = settings.maxGapS * 1000;
  // Only pings within the margin can open or carry a visit; any other ping of the unit between two of them ends it,
  // as would a ping outside the grown box. So a unit's visits follow from its near pings and their places in its list.
  const near = new Map<number, { position: number; d: number }[]>();
  for (const k of index.tree.range(west, south, east, north)) {
    if (k >= index.unitOf.length) continue;
    const unit = index.unitOf[k];
    const position = index.positionOf[k];
    const d = measurePlaceDistanceM(place.shape, index.units[unit].pings[position].lngLat);
    if (d > settings.exitMarginM) continue;
    const list = near.get(unit);
    if (list) list.push({ position, d });
    else near.set(unit, [{ position, d }]);
  }
  const visits: DosageVisit[] = [];
  for (const [unit, list] of near) {
    const { unitId, pings: all } = index.units[unit];
    list.sort((a, b) => a.position - b.position);
    let open: { startMs: number; lastMs: number; lastPosition: number; force: DosagePing['force'] } | null = null;
    for (const { position, d } of list) {
      const p = all[position];
      if (open) {
        if (position === open.lastPosition + 1 && p.atMs - open.lastMs <= maxGapMs) {
          open.lastMs = p.atMs;
          open.lastPosition = position;
          continue;
        }
        visits.push(toVisit(unitId, place.id, open));
        open = null;
      }
      if (d <= 0) open = { startMs: p.atMs, lastMs: p.atMs, lastPosition: position, force: p.force };
    }
    if (open) visits.push(toVisit(unitId, place.id, open));
  }
  return visits.sort((a, b) => a.startMs - b.startMs || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

function toVisit(unitId: string, placeId: string, v: { startMs: number; lastMs: number; force: DosagePing['force'] }): DosageVisit {
  return { unitId, force: v.force, placeId, startMs: v.startMs, endMs: v.lastMs, dwellMin: (v.lastMs - v.startMs) / 60_000, evidence: 'pings' };
}
