import { describe, expect, it } from 'vitest';
import { roles } from '../../core/contracts/auth';
import { adminsOnly } from '../../core/contracts/role-groups';
import { resolveView, viewOfPath, viewPaths, views, viewsForRole } from './views';

describe('views a role may open', () => {
  it('gives an administrator every view', () => {
    expect(viewsForRole('admin')).toEqual(['map', 'residents', 'audit', 'wall-tokens', 'users']);
  });

  it('gives a grid leader and a grid worker the map and the residents register only', () => {
    expect(viewsForRole('grid_leader')).toEqual(['map', 'residents']);
    expect(viewsForRole('grid_worker')).toEqual(['map', 'residents']);
  });

  it('gives a viewer, a planner and the wall display the map only', () => {
    for (const role of ['viewer', 'planner', 'patrol_leader', 'wall_display'] as const) expect(viewsForRole(role)).toEqual(['map']);
  });

  it('opens the admin views to administrators only, as the server does', () => {
    for (const role of roles) {
      const admin = adminsOnly.includes(role);
      expect(viewsForRole(role).includes('audit'), role).toBe(admin);
      expect(viewsForRole(role).includes('users'), role).toBe(admin);
    }
  });

});

describe('paths of views', () => {
  it('finds every view at its own path and back', () => {
    for (const v of views) expect(viewOfPath(viewPaths[v])).toBe(v);
  });

  it('ignores a trailing slash and knows no other path', () => {
    expect(viewOfPath('/residents/')).toBe('residents');
    expect(viewOfPath('/wall')).toBeNull();
    expect(viewOfPath('/admin')).toBeNull();
  });

  it('shows the map for a view the role may not open, or an unknown path', () => {
    expect(resolveView('/admin/audit', 'viewer')).toBe('map');
    expect(resolveView('/admin/audit', 'admin')).toBe('audit');
    expect(resolveView('/residents', null)).toBe('map');
    expect(resolveView('/nowhere', 'admin')).toBe('map');
  });
});
