import { roles, type Role, type Scope } from './auth';

/** Who may call what: each route names one of these groups with allow(); the client hides what would answer 403. */
export const everyone: readonly Role[] = roles;
export const staff: readonly Role[] = roles.filter((r) => r !== 'wall_display');
/** May list residents (always masked) within their scope. */
export const personalDataReaders: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader', 'grid_worker'];
/** May ask for a full, unmasked record within their scope; every such read is audited. */
export const unmaskers: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader'];
export const adminsOnly: readonly Role[] = ['admin'];
/** May register incidents (the command center takes 110 calls; officers report in their beat). */
export const incidentWriters: readonly Role[] = ['admin', 'commander', 'officer'];
/** May open the grid planner, save drafts and publish plans (issue 5). */
export const planners: readonly Role[] = ['admin', 'planner'];
/** May plan patrol routes and save, list and delete them within their scope (issue 6, part 4). */
export const patrolPlanners: readonly Role[] = ['admin', 'commander', 'patrol_leader', 'officer'];
/** May register disputes within their scope (issue 7); grid workers find most of them. */
export const disputeWriters: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader', 'grid_worker'];
/** May move a dispute through its workflow (assess, route, resolve, visit, close) within their scope. */
export const disputeHandlers: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader'];
/** May record work (population checks, legal sessions, …) within their scope. */
export const workRecorders: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader', 'grid_worker'];
/** May record the monthly joint meetings and quarterly talks, with minutes and attendance. */
export const meetingRecorders: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader'];
/** May grade grid leaders in the two-monthly assessment (双月考评). */
export const assessors: readonly Role[] = ['admin', 'commander'];
/** May record verification visits and import 一标三实 records within their scope (issue 7). */
export const registryWriters: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader', 'grid_worker'];
/** May export a grid's 一标三实 records (masked unless asked unmasked by an unmasker); every export is audited (issue 7). */
export const registryExporters: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader'];
/** May give collection tasks to grid workers and cancel them (issue 7). */
export const registryAssigners: readonly Role[] = ['admin', 'commander', 'officer', 'grid_leader'];
/** May use the field app (/m): start patrols, send positions, check in, send 随手拍 reports (issue 16). */
export const fieldWorkers: readonly Role[] = ['officer', 'patrol_leader', 'commander', 'admin', 'grid_leader', 'grid_worker'];
/**
 * Field workers whose account is one person (a community officer, a grid leader, a grid worker): they walk one patrol
 * at a time, so the server refuses a second open one and the app picks up the open one after a fresh sign-in. The
 * others' accounts may carry several units at once (a station's shared patrol account, a car and a foot unit).
 */
export const onePatrolAtATime: readonly Role[] = ['officer', 'grid_leader', 'grid_worker'];
/** Field workers counted as police presence; the others (grid_leader, grid_worker) as grid staff. */
export const policeFieldWorkers: readonly Role[] = ['officer', 'patrol_leader', 'commander', 'admin'];
/** May see units' live positions within their scope (grid leaders only grid staff); grid workers and viewers see none. */
export const positionViewers: readonly Role[] = ['admin', 'commander', 'patrol_leader', 'officer', 'grid_leader', 'wall_display'];

/**
 * Who may watch the wall (指挥大屏) and its live incidents: a district-wide jurisdiction (a wall token's too). The wall
 * counts every street, so a narrower one would see figures beside its own map that are not its own. One rule for the
 * server's refusals (/api/wall/summary, /api/live) and the client's link and page.
 */
export const watchesWholeDistrict = (scope: Scope): boolean => scope.kind === 'district';
