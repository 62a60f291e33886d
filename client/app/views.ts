import type { Role } from '../../core/contracts/auth';
import { adminsOnly, personalDataReaders, unmaskers } from '../../core/contracts/role-groups';
import type { MessageKey } from '../i18n/zh-CN';

/** The pages of the signed-in app, each at its own path (the server answers index.html for every non-API path). */
export const views = ['map', 'residents', 'audit', 'wall-tokens', 'users'] as const;
export type View = (typeof views)[number];

export const viewPaths: Record<View, string> = {
  map: '/',
  residents: '/residents',
  audit: '/admin/audit',
  'wall-tokens': '/admin/wall-tokens',
  users: '/admin/users',
};

export const viewLabels: Record<View, MessageKey> = {
  map: 'navMap',
  residents: 'navResidents',
  audit: 'navAudit',
  'wall-tokens': 'navWallTokens',
  users: 'navUsers',
};

// The server enforces these groups; the client only hides what would answer 403.
export const residentReaders = personalDataReaders;
export const residentUnmaskers = unmaskers;
const viewRoles: Record<View, readonly Role[] | 'all'> = {
  map: 'all',
  residents: residentReaders,
  audit: adminsOnly,
  'wall-tokens': adminsOnly,
  users: adminsOnly,
};

/** The views a role may open, in navigation order. */
export function viewsForRole(role: Role): View[] {
  return views.filter((v) => {
    const allowed = viewRoles[v];
    return allowed === 'all' || allowed.includes(role);
  });
}

/** The view at a URL path (a trailing slash is ignored); null for a path that names no view. */
export function viewOfPath(path: string): View | null {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return views.find((v) => viewPaths[v] === clean) ?? null;
}

/** The view to show for a path and role: the map when the path names no view or one the role may not open. */
export function resolveView(path: string, role: Role | null): View {
  const view = viewOfPath(path);
  if (!view || view === 'map') return 'map';
  return role && viewsForRole(role).includes(view) ? view : 'map';
}
