import { Hono, type Context } from 'hono';
import { isTileLayerId, parseTileAddress, tileLayerIds, type TileAddressProblem } from '../../../core/contracts/tiles';
import { allow } from '../../auth/auth.middleware';
import { everyone } from '../../../core/contracts/role-groups';
import { requestLanguage } from '../../i18n/language';
import { apiError, type ApiMessageCode } from '../../i18n/messages';
import { buildTile, describeTileLayer, tileDataVersion } from '../../services/tiles.service';
import type { AppEnv } from '../context';
import { heavyReadDb } from '../../db/replica';

/**
 * Vector tiles under /tiles (issue 14, item 2): GET /tiles/{layer}.json (TileJSON 3.0.0) and
 * GET /tiles/{layer}/{z}/{x}/{y}.mvt. Mounted behind loadApiToken and loadSession in server/app.ts: a signed-in user
 * or a machine token, scoped as on /api; refusals are the API's { error, message }, Chinese first.
 */

// A tile is the caller's view of the data (scope), so only the caller's own browser may keep it (`private`), and
// Vary keeps one account's tiles from answering another's requests in a shared browser. At the version its URL
// names, a tile never changes (a change makes a new version and new URLs), hence immutable for a year; without
// that version, or with an old one, the answer is the current data and must be revalidated.
const immutable = 'private, max-age=31536000, immutable';
const revalidate = 'no-cache';
const mvt = 'application/vnd.mapbox-vector-tile';

const problemMessages: Record<TileAddressProblem['field'], ApiMessageCode> = { z: 'tile_bad_zoom', x: 'tile_bad_column', y: 'tile_bad_row' };

function noLayer(c: Context<AppEnv>, layer: string) {
  return c.json(apiError(c, 'not_found', 'tile_no_layer', { layer, layers: [...tileLayerIds] }), 404);
}

const noRoute = (c: Context<AppEnv>) => c.json(apiError(c, 'not_found', 'no_route', { method: c.req.method, path: c.req.path }), 404);

export const tilesRouter = new Hono<AppEnv>()
  .use('*', allow(everyone))
  .get('/:file', async (c) => {
    const match = /^(.+)\.json$/.exec(c.req.param('file'));
    if (!match) return noRoute(c);
    const layer = match[1];
    if (!isTileLayerId(layer)) return noLayer(c, layer);
    const origin = new URL(c.req.url).origin;
    // The TileJSON names the current version, so it must itself be asked again rather than kept.
    c.header('Cache-Control', revalidate);
    return c.json(await describeTileLayer(heavyReadDb(c.var.database), layer, origin, requestLanguage(c)), 200);
  })
  .get('/:layer/:z/:x/:tile', async (c) => {
    const { layer, z, x, tile: last } = c.req.param();
    const y = /^(.*)\.mvt$/.exec(last)?.[1];
    if (y === undefined) return noRoute(c);
    if (!isTileLayerId(layer)) return noLayer(c, layer);
    const address = parseTileAddress({ z, x, y });
    if (!address.ok) {
      const { problem } = address;
      return c.json(apiError(c, 'bad_request', problemMessages[problem.field], { ...problem }), 400);
    }
    const asked = c.req.query('v');
    // The version is read before the rows: a tile may then hold data newer than its version, never older, so a
    // tile kept as immutable under a version has at least everything that version stands for.
    // Both from one server: a version read on the primary could be newer than rows read on a lagging replica.
    const db = heavyReadDb(c.var.database);
    const version = asked === undefined ? undefined : await tileDataVersion(db, layer);
    const built = await buildTile(c.var.database, layer, address.tile, c.var.user!.scope, db);
    const headers = {
      'Cache-Control': asked !== undefined && asked === version ? immutable : revalidate,
      Vary: 'Cookie, Authorization',
      'x-tile-engine': built.engine,
    };
    if (built.bytes.length === 0) return c.body(null, 204, headers);
    return c.body(built.bytes as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': mvt });
  })
  .all('*', noRoute);
