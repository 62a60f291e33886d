import { measureDistanceM } from '../patrol/measure-distance-m';
import { findVisits } from './find-visits';
import { DEFAULT_DOSAGE_SETTINGS, type DosagePing, type DosageSettings, type LngLat } from './types';

/** A planned stop of a patrol's route: where, how near counts as reached, and when (absolute times). */
export interface RouteStop {
  index: number;
  name: string;
  /** Null for a stop saved without its point: only a check-in can reach it. */
  lngLat: LngLat | null;
  radiusM: number;
  openMs: number;
  closeMs: number;
}

export type StopStatus = 'on_time' | 'early' | 'late' | 'skipped';

export interface StopAdherence {
  index: number;
  name: string;
  status: StopStatus;
  /** When the stop counts as reached (the first reach inside its window, else the first reach); null if skipped. */
  reachedAtMs: number | null;
  evidence: 'pings' | 'check_in' | null;
  /**
   * Minutes spent at the stop over continuous pings: the dwell of every ping visit to the circle (findVisits, so the
   * same hysteresis and gap rules as the dosage figures), summed; null when no ping reached it (skipped, or known only
   * from a check-in, which says nothing of how long).
   */
  dwellMin: number | null;
}

export interface RouteAdherence {
  planned: number;
  reached: number;
  onTime: number;
  skipped: number;
  stops: StopAdherence[];
}

/**
 * Whether a patrol walked its route: a stop is reached by a ping within its radius (accurate to `maxAccuracyM`) or by
 * a check-in for it; it is on time when a reach falls in its window [openMs, closeMs], early or late when every reach
 * falls before or after it (the first reach decides which), skipped when never reached; its dwell is that of the ping
 * visits to its circle. Stops in the order given.
 * Pure; does not mutate its input.
 */
export function measureRouteAdherence(stops: readonly RouteStop[], pings: readonly DosagePing[], checkIns: readonly { atMs: number; stopIndex: number }[], settings: DosageSettings = DEFAULT_DOSAGE_SETTINGS): RouteAdherence {
  const good = pings.filter((p) => p.accuracyM <= settings.maxAccuracyM);
  const out = stops.map((stop): StopAdherence => {
    const at = stop.lngLat;
    const reaches = [
      ...(at ? good.filter((p) => measureDistanceM(at, p.lngLat) <= stop.radiusM) : []).map((p) => ({ atMs: p.atMs, evidence: 'pings' as const })),
      ...checkIns.filter((c) => c.stopIndex === stop.index).map((c) => ({ atMs: c.atMs, evidence: 'check_in' as const })),
    ].sort((a, b) => a.atMs - b.atMs);
    if (reaches.length === 0) return { index: stop.index, name: stop.name, status: 'skipped', reachedAtMs: null, evidence: null, dwellMin: null };
    const inWindow = reaches.find((r) => r.atMs >= stop.openMs && r.atMs <= stop.closeMs);
    const r = inWindow ?? reaches[0];
    const status: StopStatus = inWindow ? 'on_time' : r.atMs < stop.openMs ? 'early' : 'late';
    const visits = at ? findVisits(good, { id: `stop-${stop.index}`, name: stop.name, kind: 'key_place', shape: { kind: 'circle', center: at, radiusM: stop.radiusM } }, settings) : [];
    const dwellMin = visits.length === 0 ? null : visits.reduce((sum, v) => sum + (v.dwellMin ?? 0), 0);
    return { index: stop.index, name: stop.name, status, reachedAtMs: r.atMs, evidence: r.evidence, dwellMin };
  });
  return {
    planned: out.length,
    reached: out.filter((s) => s.status !== 'skipped').length,
    onTime: out.filter((s) => s.status === 'on_time').length,
    skipped: out.filter((s) => s.status === 'skipped').length,
    stops: out,
  };
}
