import { plannedEndOf, wholePlanMinutes, type DroppedStopView, type PatrolCandidateView } from '../../../core/contracts/patrol';
import type { ShownRoute, ShownStop } from './shown-route';

/** How travel was worked out, from the plan's `method` (server/db/repos/roads.repo.ts names three). */
export type MethodKind = 'pgrouting' | 'dijkstra' | 'straight' | 'other';

export function methodKind(method: string): MethodKind {
  if (method.startsWith('straight-line')) return 'straight';
  if (method.includes('pgRouting')) return 'pgrouting';
  if (method.includes('Dijkstra')) return 'dijkstra';
  return 'other';
}

/** A row of the stop list: the visit's order (1 …), its times and what it is. */
export interface StopRow {
  order: number;
  id: string;
  kind: ShownStop['kind'];
  /** The key place's name; null for a hotspot cell (the list names it by kind and id). */
  name: string | null;
  arrival: string;
  departure: string;
  /** Minutes waited for a key place's peak to begin, whole; 0 when the visit began on arrival. */
  waitMin: number;
  risk: string;
  mandatory: boolean;
}

/** Risk on the plan's scale (incidents a week, or peak-overlap hours × 0.5), to two decimals. */
export const formatRisk = (risk: number) => risk.toFixed(2);

export function toStopRows(stops: readonly ShownStop[]): StopRow[] {
  return stops.map((s, k) => ({
    order: k + 1,
    id: s.id,
    kind: s.kind,
    name: s.name,
    arrival: s.arrival,
    departure: s.departure,
    waitMin: Math.round(s.waitMin),
    risk: formatRisk(s.risk),
    mandatory: s.mandatory,
  }));
}

export interface RouteTotals {
  stops: number;
  distanceKm: string;
  /** Whole minutes, rounded up (wholePlanMinutes). */
  minutes: number;
  budgetMin: number;
  coveredRisk: string;
  method: MethodKind;
  /** When the patrol is back at its start, 'HH:MM' (the window's start + minutes); null for a route without stops. */
  backAt: string | null;
}

export function routeTotals(route: ShownRoute): RouteTotals {
  const minutes = wholePlanMinutes(route.minutes);
  return {
    stops: route.stops.length,
    distanceKm: route.distanceKm.toFixed(2),
    minutes,
    budgetMin: route.budgetMin,
    coveredRisk: formatRisk(route.coveredRisk),
    method: methodKind(route.method),
    // The stop list ends at the last stop's departure; the walk back is in the minutes, and a leader plans the shift's end by it.
    backAt: route.stops.length > 0 ? plannedEndOf(route.window.start, route.minutes) : null,
  };
}

/** Why a candidate is not on the route, in a form the view can translate; `raw` for a reason it does not know. */
export type DropReason =
  | { kind: 'unreachable' }
  | { kind: 'no-return' }
  | { kind: 'off-road'; distanceM: number; limitM: number }
  | { kind: 'budget' }
  | { kind: 'raw'; text: string };

/**
 * Why a candidate was left out: from the code and figures the server sends; routes saved before the codes carry
 * the English reason core/patrol once wrote, read here; anything else is shown as the server worded it.
 */
export function readDropReason({ code, distanceM, limitM, reason }: Pick<DroppedStopView, 'code' | 'distanceM' | 'limitM' | 'reason'>): DropReason {
  if (code === 'unreachable') return { kind: 'unreachable' };
  if (code === 'no_return') return { kind: 'no-return' };
  if (code === 'off_road') return { kind: 'off-road', distanceM: distanceM ?? 0, limitM: limitM ?? 0 };
  if (reason === 'unreachable from the start') return { kind: 'unreachable' };
  if (reason === 'the start cannot be reached from it') return { kind: 'no-return' };
  const offRoad = /^(\d+) m from the nearest road \(limit (\d+) m\)$/.exec(reason);
  if (offRoad) return { kind: 'off-road', distanceM: Number(offRoad[1]), limitM: Number(offRoad[2]) };
  return { kind: 'raw', text: reason };
}

export interface UnplannedRow {
  id: string;
  kind: PatrolCandidateView['kind'];
  name: string | null;
  risk: string;
  reason: DropReason;
}

/**
 * The candidates the route leaves out, best first: those the plan dropped before planning (with its reason), then
 * those that did not fit the time budget. Without the candidates (a saved route) only the dropped ones are known.
 */
export function unplannedRows(route: ShownRoute, candidates: readonly PatrolCandidateView[] | undefined): UnplannedRow[] {
  const visited = new Set(route.stops.map((s) => s.id));
  const dropped = new Set(route.dropped.map((d) => d.id));
  const byId = new Map((candidates ?? []).map((c) => [c.id, c]));
  const rows: UnplannedRow[] = route.dropped.map((d) => {
    const c = byId.get(d.id);
    return { id: d.id, kind: c?.kind ?? (d.id.startsWith('cell-') ? 'hotspot' : 'key_place'), name: c?.name ?? null, risk: c ? formatRisk(c.risk) : '', reason: readDropReason(d) };
  });
  for (const c of candidates ?? []) {
    if (visited.has(c.id) || dropped.has(c.id)) continue;
    rows.push({ id: c.id, kind: c.kind, name: c.name, risk: formatRisk(c.risk), reason: { kind: 'budget' } });
  }
  return rows;
}

/**
 * How many candidates a plan weighed of how many the area offers, when it weighed fewer: the plan takes the best 50
 * (maxCandidates) and the rest are in neither the route nor its unplanned list, so the leader is told, and how to bring
 * a key place in (a mandatory stop is planned wherever it ranks). Null when nothing was left out.
 */
export function candidatesCut(planned: readonly unknown[] | undefined, offered: number | undefined): { used: number; total: number } | null {
  if (!planned || offered === undefined || offered <= planned.length) return null;
  return { used: planned.length, total: offered };
}
