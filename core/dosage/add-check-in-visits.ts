import { DEFAULT_DOSAGE_SETTINGS, type DosageCheckIn, type DosageSettings, type DosageVisit } from './types';

/**
 * Ping visits joined by the visits that only check-ins show (a phone without GPS, a QR code scanned with tracking off):
 * a check-in is evidence of a visit of unknown dwell (dwellMin null, starting and ending at the check-in) unless a
 * ping visit of the same unit at the same place runs within `checkInMatchMin` of it — then it is that visit. Check-ins
 * of one unit at one place within `checkInMatchMin` of each other are one visit. So a check-in adds to the visits and
 * closes gaps but never adds dwell or Koper-band visits, which only pings can measure. Sorted by start, then unit.
 * Pure; does not mutate its input.
 */
export function addCheckInVisits(visits: readonly DosageVisit[], checkIns: readonly DosageCheckIn[], settings: DosageSettings = DEFAULT_DOSAGE_SETTINGS): DosageVisit[] {
  const matchMs = settings.checkInMatchMin * 60_000;
  const out = [...visits];
  const sorted = [...checkIns].sort((a, b) => a.atMs - b.atMs);
  for (const c of sorted) {
    const covered = out.some((v) => v.unitId === c.unitId && v.placeId === c.placeId && c.atMs >= v.startMs - matchMs && c.atMs <= v.endMs + matchMs);
    if (!covered) out.push({ unitId: c.unitId, force: c.force, placeId: c.placeId, startMs: c.atMs, endMs: c.atMs, dwellMin: null, evidence: 'check_in' });
  }
  return out.sort((a, b) => a.startMs - b.startMs || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}
