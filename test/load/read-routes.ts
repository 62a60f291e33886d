import type { LoadSession } from './load-session';
import { sessionHeaders } from './load-session';

/** One request the read workload repeats: a label for the report, and what autocannon sends. */
export interface ReadRoute {
  label: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const dayMs = 86_400_000;
const period = (now: Date, days: number) =>
  `from=${encodeURIComponent(new Date(now.getTime() - days * dayMs).toISOString())}&to=${encodeURIComponent(now.toISOString())}`;

// A station-start plan for the evening as the patrol page sends it (the shape of test/api/patrol.test.ts).
const patrolPlan = { stationCode: 'PS01', window: { start: '19:00', end: '23:00' }, weekdays: [1, 2, 3, 4, 5], mode: 'foot', budgetMin: 90, dwellMin: 5 };

/**
 * The mixed read workload of issue 15, as the pages ask for it: the map summary, the 28-day binary heatmap,
 * the grids, 90-day hotspots, the dispute list, a patrol plan and the registry figures. The session must be
 * allowed all of them (a district-wide commander is).
 */
export function readRoutes(session: LoadSession, now = new Date()): ReadRoute[] {
  const get = (label: string, path: string): ReadRoute => ({ label, method: 'GET', path, headers: sessionHeaders(session) });
  return [
    get('summary', '/api/stats/summary'),
    get('heatmap 28 d (binary)', `/api/incidents?format=binary&${period(now, 28)}`),
    get('grids', '/api/grids'),
    get('hotspots 90 d', `/api/analysis/hotspots?${period(now, 90)}`),
    get('disputes', '/api/disputes'),
    { label: 'patrol plan', method: 'POST', path: '/api/patrol/plan', headers: sessionHeaders(session, true), body: JSON.stringify(patrolPlan) },
    get('registry figures', '/api/registry/freshness'),
  ];
}
