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

/** The assignee to propose: the route's first beat (the usual choice), else the first unit, else none (''). */
export function defaultAssignee(options: AssigneeOptions): string {
  return (options.units.find((a) => a.kind === 'beat') ?? options.units[0])?.id ?? '';
}
