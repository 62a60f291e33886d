import type { Role } from '../../core/contracts/auth';
import { positionViewers } from '../../core/contracts/role-groups';

/**
 * Whether the wall asks for and draws the units' positions: the server's own rule for GET /api/field/positions
 * (positionViewers) on the wall's role, so a viewer's wall does not ask every refresh for a 403. A token-driven wall
 * is a wall_display; a server without logins ('no-auth') refuses nobody.
 */
export function showsUnitPositions(role: Role | 'no-auth'): boolean {
  return role === 'no-auth' || positionViewers.includes(role);
}
