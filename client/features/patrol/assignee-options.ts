import { booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Area } from '../../api/feature-types';
import type { PatrolAssignee } from '../../../core/contracts/patrol';

export interface AssigneeOptions {
  /** Stations, then beats: whom a route is given to as a unit. */
  units: PatrolAssignee[];
  /** Community officers, named with their beat. */
  officers: PatrolAssignee[];
}

/**
 * The pick-list of the save panel (issue 12: 分配给 was free text that could name no one): the assignees the server
 * offered, those of the route's station only when it starts at one (a route from a picked point may go to any of
 * the scope). Keeps the server's order; input is not mutated.
 */
export function assigneeOptions(assignees: readonly PatrolAssignee[], stationCode: string | null): AssigneeOptions {
  const own = assignees.filter((a) => stationCode === null || a.stationCode === stationCode);
  return { units: own.filter((a) => a.kind !== 'officer'), officers: own.filter((a) => a.kind === 'officer') };
}

/**
 * The assignee to propose: the offered beat that holds most of the route's stops (the first offered on a tie), else
 * none (''), so that the leader picks. The first beat of the list was proposed before, and a route through 第3警格
 * went to 第1警格 unless someone looked. stopBeats are the beat codes of the stops (beatsOfStops).
 */
export function defaultAssignee(options: AssigneeOptions, stopBeats: readonly (string | null)[]): string {
  const count = new Map<string, number>();
  for (const code of stopBeats) if (code) count.set(`beat:${code}`, (count.get(`beat:${code}`) ?? 0) + 1);
  let best: PatrolAssignee | null = null;
  for (const a of options.units) if (a.kind === 'beat' && (count.get(a.id) ?? 0) > (best ? count.get(best.id)! : 0)) best = a;
  return best?.id ?? '';
}

/** The code of the beat each stop lies in (null outside every beat, or for a stop without a place). */
export function beatsOfStops(stops: readonly { lngLat: [number, number] | null }[], beats: readonly Feature<Area, { code: string }>[]): (string | null)[] {
  return stops.map((s) => (s.lngLat ? (beats.find((b) => booleanPointInPolygon(s.lngLat!, b)))?.properties.code ?? null : null));
}
