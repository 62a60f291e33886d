import { describe, expect, it } from 'vitest';
import { roles } from '../../core/contracts/auth';
import { showsUnitPositions } from './unit-positions';

describe('showsUnitPositions', () => {
  it('asks for positions only for the roles the server lets read /api/field/positions', () => {
    const shown = roles.filter((r) => showsUnitPositions(r));
    expect(shown.sort()).toEqual(['admin', 'commander', 'grid_leader', 'officer', 'patrol_leader', 'wall_display'].sort());
  });

  it('asks for none as a viewer or a grid worker, and for them on a server without logins', () => {
    expect([showsUnitPositions('viewer'), showsUnitPositions('grid_worker'), showsUnitPositions('no-auth')]).toEqual([false, false, true]);
  });
});
