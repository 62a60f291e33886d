import type { FieldToday } from '../../../core/contracts/field';

/** A 采集任务 as 今日 lists it. */
export type TodayTask = FieldToday['tasks'][number];
/** A building overdue a check as 今日 lists it. */
export type TodayBuilding = FieldToday['buildingsToVerify'][number];

/** What a 核查走访 recorded from 今日 is for: a task (of a building, or of a whole grid) or an overdue building. */
export interface VisitTarget {
  /** The building visited; null for a task of a whole grid, whose building the person picks in the form. */
  buildingCode: string | null;
  /** How 今日 names it: 梧桐梁社区星河城2栋, or the grid's name for a task of a grid. */
  place: string;
  /** The task the visit fulfils (the server closes it); none for a building picked from the overdue list. */
  task?: { id: string; note: string; dueOn: string; overdue: boolean };
}

/**
 * The visit a task row opens, or null when today's copy predates the building's code on tasks (a copy kept offline
 * by an older version): the row then waits for the next fetch rather than record a visit at no building.
 */
export function taskVisitTarget(task: TodayTask): VisitTarget | null {
  if (task.buildingCode === undefined) return null;
  return { buildingCode: task.buildingCode, place: task.place, task: { id: task.id, note: task.note, dueOn: task.dueOn, overdue: task.overdue } };
}

/** The visit an overdue building's row opens. */
export function buildingVisitTarget(building: TodayBuilding): VisitTarget {
  return { buildingCode: building.code, place: building.place };
}
