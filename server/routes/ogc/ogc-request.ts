import type { Context } from 'hono';
import { ogcCollectionIds, ogcMayOpen, OgcCollectionIdSchema, type OgcCollectionId } from '../../../core/contracts/ogc';
import { requestLanguage } from '../../i18n/language';
import type { OgcContext } from '../../services/ogc-features.service';
import type { AppEnv } from '../context';
import { heavyReadDb } from '../../db/replica';
import { ogcException } from './ogc-exception';

/** What every /ogc route reads of its request: who asks, in which language, at which origin (ogc.router, ogc-export.router). */
export const contextOf = (c: Context<AppEnv>): OgcContext => ({
  db: heavyReadDb(c.var.database), // OGC only reads; its audit writes through c.var.database.db
  scope: c.var.user!.scope,
  role: c.var.user!.role,
  base: `${new URL(c.req.url).origin}/ogc`,
  language: requestLanguage(c),
});

/**
 * The collection named in the path, or the 404 that lists the ones there are, or the 403 of a role that may not read
 * it: /api answers 403 to a role refused a route, so the collection over the same data does too.
 */
export function collectionOf(c: Context<AppEnv>): { id: OgcCollectionId } | { refused: Response } {
  const raw = c.req.param('collectionId') ?? '';
  const parsed = OgcCollectionIdSchema.safeParse(raw);
  if (!parsed.success) return { refused: ogcException(c, 404, 'NotFound', 'ogc_no_collection', { id: raw, ids: [...ogcCollectionIds] }) };
  const role = c.var.user!.role;
  if (!ogcMayOpen(role, parsed.data)) return { refused: ogcException(c, 403, 'Forbidden', 'ogc_collection_refused', { role, collection: parsed.data }) };
  return { id: parsed.data };
}

