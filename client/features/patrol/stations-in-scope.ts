import type { Scope } from '../../../core/contracts/auth';

export interface StationRef {
  code: string;
  name: string;
  lngLat: [number, number];
}

export interface BeatRef {
  code: string;
  name: string;
  stationCode: string;
}

export interface GridRef {
  code: string;
  streetCode: string;
  beatCode: string | null;
}

/**
 * The stations a user may plan from, as the server decides (server/db/repos/patrol-candidates.repo.ts,
 * stationInScope): all for the district; otherwise those with a beat over a grid of the scope — for a station scope
 * its own stations, for a beat scope the beats' stations, for streets or grids the stations of those grids' beats.
 * The others answer 403, so the form does not offer them. Sorted by code; input is not mutated.
 */
export function stationsInScope(scope: Scope, stations: readonly StationRef[], beats: readonly BeatRef[], grids: readonly GridRef[] = []): StationRef[] {
  const sorted = [...stations].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  if (scope.kind === 'district') return sorted;
  const codes = new Set(scope.codes);
  const allowed = new Set<string>();
  const stationOfBeat = new Map(beats.map((b) => [b.code, b.stationCode]));
  if (scope.kind === 'station') {
    for (const b of beats) if (codes.has(b.stationCode)) allowed.add(b.stationCode);
  } else if (scope.kind === 'beat') {
    for (const b of beats) if (codes.has(b.code)) allowed.add(b.stationCode);
  } else {
    const inScope = (g: GridRef) => (scope.kind === 'street' ? codes.has(g.streetCode) : codes.has(g.code));
    for (const g of grids) {
      const station = g.beatCode ? stationOfBeat.get(g.beatCode) : undefined;
      if (station && inScope(g)) allowed.add(station);
    }
  }
  return sorted.filter((s) => allowed.has(s.code));
}
