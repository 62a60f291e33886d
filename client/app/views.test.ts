import { describe, expect, it } from 'vitest';
import { roles } from '../../core/contracts/auth';
import { adminsOnly, patrolPlanners, personalDataReaders, planners, staff } from '../../core/contracts/role-groups';
import { gridCodeOfPath, gridPagePath, navigationOf, resolveView, viewOfPath, viewPaths, views, viewsForRole } from './views';

describe('views a role may open', () => {
  it('gives an administrator every view', () => {
    expect(viewsForRole('admin')).toEqual(['map', 'residents', 'registry', 'disputes', 'workforce', 'analysis', 'planner', 'patrol', 'audit', 'wall-tokens', 'api-tokens', 'basemap', 'users']);
  });

  it('puts an administrator’s system settings in their own menu and leaves others without one', () => {
    expect(navigationOf('admin')).toEqual({
      daily: ['map', 'residents', 'registry', 'disputes', 'workforce', 'analysis', 'planner', 'patrol'],
      system: ['audit', 'wall-tokens', 'api-tokens', 'basemap', 'users'],
    });
    for (const role of roles.filter((r) => r !== 'admin')) expect(navigationOf(role), role).toEqual({ daily: viewsForRole(role), system: [] });
  });

  it('gives a grid leader and a grid worker the map, the residents and disputes registers, the workforce and the incident analysis', () => {
    expect(viewsForRole('grid_leader')).toEqual(['map', 'residents', 'registry', 'disputes', 'workforce', 'analysis']);
    expect(viewsForRole('grid_worker')).toEqual(['map', 'residents', 'registry', 'disputes', 'workforce', 'analysis']);
  });

  it('gives a viewer the map, the workforce and the incident analysis', () => {
    expect(viewsForRole('viewer')).toEqual(['map', 'workforce', 'analysis']);
  });

  it('gives a patrol leader the map, the workforce, the incident analysis and the patrol route planner', () => {
    expect(viewsForRole('patrol_leader')).toEqual(['map', 'workforce', 'analysis', 'patrol']);
  });

  it('opens the disputes register to the personal-data readers and the workforce to all staff, as the server does', () => {
    for (const role of roles) {
      expect(viewsForRole(role).includes('disputes'), role).toBe(personalDataReaders.includes(role));
      expect(viewsForRole(role).includes('workforce'), role).toBe(staff.includes(role));
    }
  });

  it('lists no grid page in the navigation, but opens one to all staff by its path', () => {
    for (const role of roles) {
      expect(viewsForRole(role), role).not.toContain('grid');
      expect(resolveView('/grids/511703001001001', role), role).toBe(staff.includes(role) ? 'grid' : 'no-access');
    }
  });

  it('opens the 一标三实 registers to the personal-data readers only, as the server does', () => {
    for (const role of roles) expect(viewsForRole(role).includes('registry'), role).toBe(personalDataReaders.includes(role));
    expect(viewOfPath('/registry')).toBe('registry');
  });

  it('opens the patrol route planner to the patrol planners group only, as the server does', () => {
    for (const role of roles) expect(viewsForRole(role).includes('patrol'), role).toBe(patrolPlanners.includes(role));
  });

  it('gives the wall display the map only', () => {
    expect(viewsForRole('wall_display')).toEqual(['map']);
  });

  it('gives a planner the map, the workforce, the incident analysis and the grid planner', () => {
    expect(viewsForRole('planner')).toEqual(['map', 'workforce', 'analysis', 'planner']);
  });

  it('opens the incident analysis to all staff, as the server does', () => {
    for (const role of roles) expect(viewsForRole(role).includes('analysis'), role).toBe(staff.includes(role));
  });

  it('opens the grid planner to the planners group only, as the server does', () => {
    for (const role of roles) expect(viewsForRole(role).includes('planner'), role).toBe(planners.includes(role));
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
    for (const v of views) if (v !== 'grid') expect(viewOfPath(viewPaths[v])).toBe(v);
  });

  it('finds a grid page at /grids/<code> and its code, and nothing at a bad code', () => {
    expect(gridPagePath('511703001001001')).toBe('/grids/511703001001001');
    expect(viewOfPath(gridPagePath('511703001001001'))).toBe('grid');
    expect(gridCodeOfPath('/grids/G-12/')).toBe('G-12');
    expect(gridCodeOfPath('/grids/')).toBeNull();
    expect(gridCodeOfPath('/grids/a/b')).toBeNull();
    expect(gridCodeOfPath('/grids/%3Cx%3E')).toBeNull();
    expect(viewOfPath('/grids/:code')).toBeNull();
    expect(viewOfPath('/grids')).toBeNull();
  });

  it('ignores a trailing slash and knows no other path', () => {
    expect(viewOfPath('/residents/')).toBe('residents');
    expect(viewOfPath('/planner')).toBe('planner');
    expect(viewOfPath('/analysis/')).toBe('analysis');
    expect(viewOfPath('/wall')).toBeNull();
    expect(viewOfPath('/admin')).toBeNull();
  });

  it('says no access for a view the role may not open, and shows the map for an unknown path', () => {
    expect(resolveView('/admin/audit', 'viewer')).toBe('no-access');
    expect(resolveView('/admin/audit', 'admin')).toBe('audit');
    expect(resolveView('/residents', null)).toBe('map');
    expect(resolveView('/planner', 'viewer')).toBe('no-access');
    expect(resolveView('/planner', 'planner')).toBe('planner');
    expect(resolveView('/patrol', 'patrol_leader')).toBe('patrol');
    expect(resolveView('/patrol', 'planner')).toBe('no-access');
    expect(resolveView('/analysis', 'wall_display')).toBe('no-access');
    expect(resolveView('/analysis', 'viewer')).toBe('analysis');
    expect(resolveView('/nowhere', 'admin')).toBe('map');
  });
});
