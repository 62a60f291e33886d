import { Hono, type Context } from 'hono';
import type { ActiveBasemap } from '../../basemap/active-basemap';
import { UpstreamError } from '../../basemap/basemap-error';
import { apiError } from '../../i18n/messages';
import type { BasemapPackage } from '../../basemap/basemap-package';
import { tileMeetsBounds } from '../../basemap/tile-math';
import type { AppEnv } from '../context';
import { servePmtilesFile } from './pmtiles-file.handler';
import { negotiateTile } from './tile-encoding';
import { parseTileAddress } from './tile-params';
import { ApiErrorSchema } from '../../../core/contracts/api-error';
import { describe } from '../../openapi/describe';

const tileCacheControl = 'public, max-age=86400';

/**
 * The active base map's tiles, on this origin and outside /api: no session is needed (a base map is no personal
 * data, and GDAL or a browser's tile requests carry none). 400 for a z/x/y that is not a tile, 404 outside the
 * package's zoom range or bounds (or for the built-in base map), 204 for a tile the package lacks, 502 when a
 * proxied service fails.
 */
export function basemapTilesRouter(active: ActiveBasemap) {
  return new Hono<AppEnv>()
    .get('/basemap/tiles/:z/:x/:y', describe('底图瓦片 / a base-map tile', { 200: { media: ['application/x-protobuf', 'image/png', 'image/jpeg', 'image/webp'], description: '矢量或栅格瓦片，按包的格式 / a vector or raster tile, as the package holds it' }, 204: null, 400: ApiErrorSchema, 404: ApiErrorSchema, 502: ApiErrorSchema }), (c) => serveTile(c, active, 'tiles'))
    .get('/basemap/labels/:z/:x/:y', describe('底图注记瓦片 / a base-map label tile', { 200: { media: ['application/x-protobuf', 'image/png', 'image/jpeg', 'image/webp'], description: '注记层瓦片 / a label-layer tile' }, 204: null, 400: ApiErrorSchema, 404: ApiErrorSchema, 502: ApiErrorSchema }), (c) => serveTile(c, active, 'labels'))
    .get('/basemap/package.pmtiles', describe('PMTiles 底图包（支持 Range）/ the PMTiles archive, with HTTP Range', { 200: { media: 'application/vnd.pmtiles', description: '整个文件 / the whole file' }, 206: { media: 'application/vnd.pmtiles', description: '所请求的字节范围 / the range asked for' }, 304: null, 404: ApiErrorSchema, 416: ApiErrorSchema }), async (c) => {
      const { pkg } = await active.current();
      if (!pkg.pmtilesPath) return c.json(apiError(c, 'not_found', 'basemap_not_pmtiles_active'), 404);
      return servePmtilesFile(c, pkg.pmtilesPath);
    });
}

async function serveTile(c: Context<AppEnv>, active: ActiveBasemap, layer: 'tiles' | 'labels') {
  const address = parseTileAddress(c.req.param());
  if (!address) {
    return c.json(apiError(c, 'bad_request', 'basemap_tile_address'), 400);
  }
  const { pkg } = await active.current();
  const d = pkg.describe();
  if (d.kind === 'builtin') return c.json(apiError(c, 'not_found', 'basemap_builtin_no_tiles'), 404);
  const getTile = layer === 'tiles' ? pkg.getTile : pkg.getLabelTile;
  if (!getTile) return c.json(apiError(c, 'not_found', 'basemap_no_label_layer'), 404);
  const { z, x, y } = address;
  if (z < d.minzoom || z > d.maxzoom) {
    return c.json(apiError(c, 'not_found', 'basemap_zoom_outside', { z, min: d.minzoom, max: d.maxzoom }), 404);
  }
  if (d.bounds && !tileMeetsBounds(z, x, y, d.bounds)) {
    return c.json(apiError(c, 'not_found', 'basemap_tile_outside', { tile: `${z}/${x}/${y}` }), 404);
  }
  const tile = await fetchTile(pkg, getTile, address);
  if (tile instanceof UpstreamError) return c.json(apiError(c, 'bad_gateway', tile.code, tile.params), 502);
  if (!tile) return c.body(null, 204, { 'Cache-Control': tileCacheControl });
  const sent = negotiateTile(tile, c.req.header('accept-encoding'));
  const headers: Record<string, string> = { 'Content-Type': sent.contentType, 'Cache-Control': tileCacheControl };
  if (sent.contentEncoding) headers['Content-Encoding'] = sent.contentEncoding;
  if (tile.contentEncoding) headers.Vary = 'Accept-Encoding';
  return c.body(sent.bytes as Uint8Array<ArrayBuffer>, 200, headers);
}

async function fetchTile(pkg: BasemapPackage, getTile: NonNullable<BasemapPackage['getLabelTile']>, { z, x, y }: { z: number; x: number; y: number }) {
  try {
    return await getTile.call(pkg, z, x, y);
  } catch (err) {
    if (err instanceof UpstreamError) return err;
    throw err;
  }
}
