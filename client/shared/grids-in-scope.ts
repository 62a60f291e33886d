import type { Scope } from '../../core/contracts/auth';

export interface GridChoice {
  code: string;
  name: string;
  streetCode: string;
  beatCode: string | null;
}

/**
 * The grids a user may choose, as the server's scope rule decides (server/auth/scope-sql.ts, gridInScope): all for
 * the district, else those of the scope's streets, of its stations' beats, of its beats, or the listed grids.
 * `stationOfBeat` maps a beat to its station. Sorted by code; input is not mutated.
 */
export function gridsInScope(scope: Scope, grids: readonly GridChoice[], stationOfBeat: ReadonlyMap<string, string>): GridChoice[] {
  const codes = new Set(scope.codes);
  const keep = (g: GridChoice): boolean => {
    switch (scope.kind) {
      case 'district':
        return true;
      case 'street':
        return codes.has(g.streetCode);
      case 'station':
        return g.beatCode !== null && codes.has(stationOfBeat.get(g.beatCode) ?? '');
      case 'beat':
        return g.beatCode !== null && codes.has(g.beatCode);
      case 'grids':
        return codes.has(g.code);
    }
  };
  return grids.filter(keep).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
