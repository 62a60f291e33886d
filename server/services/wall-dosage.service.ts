/**
 * GET /api/wall/dosage (issue 16): how many units patrol the caller's scope now, who is at its hot spots and key places
 * now (each open patrol's
 * latest ping of the last PRESENCE_NOW_MIN minutes, within a place or its exit margin), and the places in their peak
 * window now that nobody has visited since it opened (or in the last targetGapMin, whichever is shorter). A key place's
 * peak is its own peak windows; a hot cell's is the two hours of the day its incidents cluster in (findBusiestHours).
 * Counts only: no unit's name or position leaves here.
 */
import type { Scope } from '../../core/contracts/auth';
import { PRESENCE_NOW_MIN, type WallDosage } from '../../core/contracts/dosage';
import { addCheckInVisits, boundShape, DEFAULT_DOSAGE_SETTINGS, findBusiestHours, findOpenPeak, findVisits, indexPings, measurePlaceDistanceM, placeCheckIns, type DosagePing, type OpenPeak } from '../../core/dosage';
import { HOUR_MS, MINUTE_MS } from '../../core/time/shanghai-time';
import type { Db } from '../db/engine';
import { countPatrollingUnits, findCheckIns, findIncidentsNear, findLatestPings, findPingsNear } from '../db/repos/dosage.repo';
import { boxAround, HOTSPOT_LOOKBACK_DAYS, loadMeasuredPlaces, placeView, type MeasuredPlace } from './dosage-places.service';

// The hot cells are a Gi* run over the scope's incidents of four weeks: the wall asks every few seconds, the cells
// change by the hour. Kept per scope for HOT_CELL_TTL_MS.
const HOT_CELL_TTL_MS = 10 * MINUTE_MS;
const placeCache = new Map<string, { atMs: number; places: Promise<MeasuredPlace[]> }>();

function placesOf(db: Db, scope: Scope, nowMs: number): Promise<MeasuredPlace[]> {
  const key = JSON.stringify(scope);
  const hit = placeCache.get(key);
  if (hit && nowMs - hit.atMs < HOT_CELL_TTL_MS && nowMs >= hit.atMs) return hit.places;
  const places = loadMeasuredPlaces(db, new Date(nowMs).toISOString(), scope);
  placeCache.set(key, { atMs: nowMs, places });
  places.catch(() => placeCache.delete(key));
  return places;
}

/** Forget the cached places (tests that add incidents or key places, and then ask the wall). */
export function forgetWallDosagePlaces(): void {
  placeCache.clear();
}

export async function answerWallDosage(db: Db, scope: Scope, nowMs = Date.now()): Promise<WallDosage> {
  const places = await placesOf(db, scope, nowMs);
  const box = boxAround(places, DEFAULT_DOSAGE_SETTINGS.exitMarginM);
  const at = new Date(nowMs).toISOString();
  const since = new Date(nowMs - PRESENCE_NOW_MIN * MINUTE_MS).toISOString();
  const patrolling = await countPatrollingUnits(db, since, scope);
  if (!box) return { at, presentWithinMin: PRESENCE_NOW_MIN, patrolling, atPlaces: { police: 0, grid: 0 }, present: [], uncovered: [], atPeak: 0 };
  const latest = await findLatestPings(db, { since, box });
  // Each unit once, by its id, however many places its position lies in (a hot cell over a key place).
  const atAnyPlace = new Map<string, DosagePing>();
  const present = places.flatMap((p) => {
    const here = latest.filter((u) => u.accuracyM <= DEFAULT_DOSAGE_SETTINGS.maxAccuracyM && measurePlaceDistanceM(p.shape, u.lngLat) <= DEFAULT_DOSAGE_SETTINGS.exitMarginM);
    if (here.length === 0) return [];
    for (const u of here) atAnyPlace.set(u.unitId, u);
    return [{ ...placeView(p), police: countForce(here, 'police'), grid: countForce(here, 'grid') }];
  });
  const units = [...atAnyPlace.values()];
  const atPlaces = { police: countForce(units, 'police'), grid: countForce(units, 'grid') };
  const peaks = await openPeaks(db, places, nowMs, scope);
  const uncovered = await findUncovered(db, peaks, nowMs);
  return { at, presentWithinMin: PRESENCE_NOW_MIN, patrolling, atPlaces, present, uncovered, atPeak: peaks.length };
}

const countForce = (units: DosagePing[], force: DosagePing['force']) => units.filter((u) => u.force === force).length;

/** The places whose peak is open now, with it. */
async function openPeaks(db: Db, places: MeasuredPlace[], nowMs: number, scope: Scope): Promise<{ place: MeasuredPlace; peak: OpenPeak }[]> {
  const cells = places.filter((p) => p.kind === 'hotspot');
  const box = boxAround(cells, 0);
  const incidents = box ? await findIncidentsNear(db, { from: new Date(nowMs - HOTSPOT_LOOKBACK_DAYS * 24 * HOUR_MS).toISOString(), to: new Date(nowMs).toISOString(), box }, scope) : [];
  return places.flatMap((p) => {
    let windows = p.peakWindows;
    if (p.kind === 'hotspot') {
      const [w, s, e, n] = boundShape(p.shape, 0);
      const times = incidents.filter(({ lngLat: [lng, lat] }) => lng >= w && lng <= e && lat >= s && lat <= n && measurePlaceDistanceM(p.shape, [lng, lat]) <= 0).map((i) => i.atMs);
      const busiest = findBusiestHours(times);
      windows = busiest ? [{ weekdays: [1, 2, 3, 4, 5, 6, 7], ...busiest }] : [];
    }
    const peak = findOpenPeak(windows, nowMs);
    return peak ? [{ place: p, peak }] : [];
  });
}

async function findUncovered(db: Db, peaks: { place: MeasuredPlace; peak: OpenPeak }[], nowMs: number): Promise<WallDosage['uncovered']> {
  if (peaks.length === 0) return [];
  const since = Math.min(...peaks.map(({ peak }) => Math.max(peak.openMs, nowMs - DEFAULT_DOSAGE_SETTINGS.targetGapMin * MINUTE_MS)));
  const period = { from: new Date(since).toISOString(), to: new Date(nowMs + 1).toISOString() };
  const box = boxAround(peaks.map((p) => p.place), DEFAULT_DOSAGE_SETTINGS.exitMarginM)!;
  const [pings, checkIns] = await Promise.all([findPingsNear(db, { ...period, box }), findCheckIns(db, period)]);
  const placed = placeCheckIns(checkIns, peaks.map((p) => p.place));
  const indexed = indexPings(pings);
  return peaks.flatMap(({ place, peak }) => {
    const from = Math.max(peak.openMs, nowMs - DEFAULT_DOSAGE_SETTINGS.targetGapMin * MINUTE_MS);
    const visits = addCheckInVisits(findVisits(indexed, place), placed.filter((c) => c.placeId === place.id)).filter((v) => v.endMs >= from);
    if (visits.length > 0) return [];
    return [{ ...placeView(place), peak: { from: peak.from, to: peak.to } }];
  });
}
