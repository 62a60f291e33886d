import type { MiddlewareHandler } from 'hono';
import { readJurisdiction } from '../db/repos/jurisdiction.repo';
import { apiError } from '../i18n/messages';
import type { AppEnv } from '../routes/context';

/**
 * Lets through only a caller whose jurisdiction is the whole district (a district-wide account or a wall token): the
 * wall's summary counts every street, so a beat's officer would see figures beside his own beat's map that are not
 * his. Anyone else gets 403 naming their jurisdiction and where to see it. Run after `allow`, which sets the user.
 */
export const wholeDistrictOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const scope = c.var.user!.scope;
  if (scope.kind === 'district') return next();
  const { names } = await readJurisdiction(c.var.database.db, scope);
  return c.json(apiError(c, 'forbidden', 'wall_district_only', { jurisdiction: names.length ? names.join('、') : '—' }), 403);
};
