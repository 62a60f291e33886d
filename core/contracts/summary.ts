/**
 * The jurisdiction a summary is counted over, as a person names it: 'grid' is a scope of one grid, 'community' a
 * list of grids that is exactly one community's, 'grids' any other list. bbox (w, s, e, n, EPSG:4326) spans its
 * published grids; null when it has none.
 */
export const jurisdictionLevels = ['district', 'street', 'station', 'beat', 'community', 'grid', 'grids'] as const;
export type JurisdictionLevel = (typeof jurisdictionLevels)[number];
export interface Jurisdiction {
  level: JurisdictionLevel;
  names: string[]; // the streets', stations', beats', community's or grids' names; empty for the district
  bbox: [number, number, number, number] | null;
}

/** Answer of GET /api/stats/summary: the headline figures of the dashboard, counted over the caller's jurisdiction. */
export interface Summary {
  jurisdiction: Jurisdiction;
  demo: boolean; // the database holds generated demo data
  anchor: string | null; // ISO time the demo data was generated up to
  residents: number;
  households: number;
  partyMembers: number;
  compounds: number;
  buildings: number;
  grids: number;
  gridLeaders: number;
  policeGridLeaders: number;
  beats: number;
  stations: number;
  keyPlaces: number;
  incidentsLast7d: number;
  incidentsLast30d: number;
  incidentsLast365d: number;
  disputesOpen: number;
  activities: Record<string, number>; // by kind, last 365 days
  grades: Record<string, number>; // latest two-month round: good/fair/average/poor
}

/** Answer of GET /api/health. */
export interface Health {
  engine: 'pglite' | 'postgres';
  postgis: string;
  counts: Record<string, number>;
}
