import { describe, expect, it } from 'vitest';
import { roles } from '../../../core/contracts/auth';
import { registryAccess, tabsFor } from './registry-access';

describe('what a role may do on the 一标三实 page', () => {
  it('lets a grid leader do everything, an unmasked export included', () => {
    expect(registryAccess('grid_leader')).toEqual({ mayWrite: true, mayAssign: true, mayExport: true, mayUnmask: true });
    expect(tabsFor(registryAccess('grid_leader'))).toEqual(['freshness', 'tasks', 'import', 'export']);
  });

  it('lets a grid worker record visits and import, but neither give tasks nor export', () => {
    expect(registryAccess('grid_worker')).toEqual({ mayWrite: true, mayAssign: false, mayExport: false, mayUnmask: false });
    expect(tabsFor(registryAccess('grid_worker'))).toEqual(['freshness', 'tasks', 'import']);
  });

  it('shows no writing tab to a role outside the groups', () => {
    for (const role of roles) {
      const access = registryAccess(role);
      if (!access.mayWrite) expect(tabsFor(access), role).toEqual(['freshness', 'tasks']);
    }
  });
});
