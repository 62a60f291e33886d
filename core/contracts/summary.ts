/** Answer of GET /api/stats/summary: the headline figures of the dashboard. */
export interface Summary {
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
