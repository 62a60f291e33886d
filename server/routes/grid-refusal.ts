import type { Context } from 'hono';
import { findGridName } from '../db/repos/grid-page.repo';
import { readJurisdiction } from '../db/repos/jurisdiction.repo';
import { apiError, notInJurisdiction } from '../i18n/messages';
import type { AppEnv } from './context';

/**
 * The answer for a grid the caller may not read (its page, or a list filtered by it): 404 when no grid has the code;
 * 403 naming the grid and the caller's jurisdiction when it lies outside. The map shows every grid by name, so saying
 * that one lies outside reveals nothing and explains the refusal (an empty list looked like a grid without residents).
 */
export async function refuseGridOutside(c: Context<AppEnv>, code: string) {
  const { db } = c.var.database;
  const name = await findGridName(db, code);
  if (name === null) return c.json(notInJurisdiction(c, 'grid', code), 404);
  const { names } = await readJurisdiction(db, c.var.user!.scope);
  return c.json(apiError(c, 'forbidden', 'grid_page_outside_scope', { grid: name, jurisdiction: names.length ? names : '—' }), 403);
}
