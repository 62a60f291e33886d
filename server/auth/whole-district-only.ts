import type { MiddlewareHandler } from 'hono';
import { watchesWholeDistrict } from '../../core/contracts/role-groups';
import { readJurisdiction } from '../db/repos/jurisdiction.repo';
import { apiError } from '../i18n/messages';
import type { AppEnv } from '../routes/context';

/**
 * Lets through only a caller who watches the whole district (watchesWholeDistrict); anyone else gets 403 naming their
 * jurisdiction and where to see it. Run after `allow`, which sets the user.
 */
export const wholeDistrictOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const scope = c.var.user!.scope;
  if (watchesWholeDistrict(scope)) return next();
  const { names } = await readJurisdiction(c.var.database.db, scope);
  return c.json(apiError(c, 'forbidden', 'wall_district_only', { jurisdiction: names.length ? names.join('、') : '—' }), 403);
};
