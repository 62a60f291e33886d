import type { Role } from '../../core/contracts/auth';
import { adminsOnly, patrolPlanners, personalDataReaders, planners, registryWriters, staff, unmaskers } from '../../core/contracts/role-groups';
import type { MessageKey } from '../i18n/zh-CN';

/**
 * The pages of the signed-in app, each at its own path (the server answers index.html for every non-API path).
 * 'grid' is one grid's page at /grids/<code>, opened by a link (from the map, the registers), not from the navigation.
 */
export const views = ['map', 'residents', 'registry', 'disputes', 'workforce', 'analysis', 'planner', 'patrol', 'audit', 'wall-tokens', 'api-tokens', 'basemap', 'users', 'grid'] as const;
export type View = (typeof views)[number];

export const viewPaths: Record<View, string> = {
  map: '/',
  residents: '/residents',
  registry: '/registry',
  disputes: '/disputes',
  workforce: '/workforce',
  grid: '/grids/:code', // a pattern: gridPagePath(code) gives a grid's own path
  analysis: '/analysis',
  planner: '/planner',
  patrol: '/patrol',
  audit: '/admin/audit',
  'wall-tokens': '/admin/wall-tokens',
  'api-tokens': '/admin/api-tokens',
  basemap: '/admin/basemap',
  users: '/admin/users',
};

export const viewLabels: Record<View, MessageKey> = {
  map: 'navMap',
  residents: 'navResidents',
  registry: 'navRegistry',
  disputes: 'navDisputes',
  workforce: 'navWorkforce',
  grid: 'navGridPage',
  analysis: 'navAnalysis',
  planner: 'navPlanner',
  patrol: 'navPatrol',
  audit: 'navAudit',
  'wall-tokens': 'navWallTokens',
  'api-tokens': 'navApiTokens',
  basemap: 'navBasemap',
  users: 'navUsers',
};

// The server enforces these groups; the client only hides what would answer 403.
export const residentReaders = personalDataReaders;
export const residentUnmaskers = unmaskers;
export const residentChangers = registryWriters; // 变更: the roles that keep the 一标三实 records
const viewRoles: Record<View, readonly Role[] | 'all'> = {
  map: 'all',
  residents: residentReaders,
  registry: personalDataReaders, // 一标三实: masked residents, as GET /api/registry/* answers them
  disputes: personalDataReaders, // lists carry the parties (masked), as the server's GET /api/disputes does
  workforce: staff,
  grid: staff,
  analysis: staff,
  planner: planners,
  patrol: patrolPlanners,
  audit: adminsOnly,
  'wall-tokens': adminsOnly,
  'api-tokens': adminsOnly,
  basemap: adminsOnly,
  users: adminsOnly,
};

// Views opened by a link only: they are not listed in the navigation.
const linkedViews: readonly View[] = ['grid'];

function mayOpen(role: Role, view: View): boolean {
  const allowed = viewRoles[view];
  return allowed === 'all' || allowed.includes(role);
}

/** The views a role may open from the navigation, in navigation order. */
export function viewsForRole(role: Role): View[] {
  return views.filter((v) => !linkedViews.includes(v) && mayOpen(role, v));
}

// The system's own settings, grouped under one menu (系统管理) so the daily views keep the header to themselves.
const systemViews: readonly View[] = ['audit', 'wall-tokens', 'api-tokens', 'basemap', 'users'];

/** A role's navigation: the daily views as links, the system's settings in their menu; both in navigation order. */
export function navigationOf(role: Role): { daily: View[]; system: View[] } {
  const all = viewsForRole(role);
  return { daily: all.filter((v) => !systemViews.includes(v)), system: all.filter((v) => systemViews.includes(v)) };
}

// A grid code as the API's GridCodeSchema takes it (core/contracts/workforce.ts).
const gridPathPattern = /^\/grids\/([0-9A-Za-z_-]{1,40})$/;

/** The path of one grid's page. */
export function gridPagePath(code: string): string {
  return `/grids/${encodeURIComponent(code)}`;
}

/** The grid code of a grid page's path (a trailing slash is ignored), or null for any other path. */
export function gridCodeOfPath(path: string): string | null {
  return gridPathPattern.exec(path.length > 1 ? path.replace(/\/+$/, '') : path)?.[1] ?? null;
}

/** The view at a URL path (a trailing slash is ignored); null for a path that names no view. */
export function viewOfPath(path: string): View | null {
  if (gridCodeOfPath(path) !== null) return 'grid';
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return views.find((v) => v !== 'grid' && viewPaths[v] === clean) ?? null;
}

/** What a path shows: one of the views, or the page that says the role may not open the view at that path. */
export type Shown = View | 'no-access';

/**
 * What to show for a path and role: the view; 'no-access' for a view the role may not open (the address stays
 * as typed, and the page says why: issue 12, item 2); the map for a path that names no view, or before sign-in.
 */
export function resolveView(path: string, role: Role | null): Shown {
  const view = viewOfPath(path);
  if (!view || view === 'map' || !role) return 'map';
  return mayOpen(role, view) ? view : 'no-access';
}
