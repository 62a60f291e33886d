import type { BasemapSettings } from '../../core/contracts/basemap';
import { BasemapError, UpstreamError, type BasemapSettingName } from './basemap-error';
import { describeFromSettings, labelTilesUrl, type BasemapPackage, type Tile } from './basemap-package';
import { contentTypeOf, type TileFormat } from './tile-format';

/** How long an upstream tile may take before the route answers 502. */
export const upstreamTimeoutMs = 8_000;

/**
 * An intranet tile service (WMTS in KVP form, as Tianditu's `…&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={token}`,
 * or an XYZ `…/{z}/{x}/{y}.png`), with an optional separate label layer (Tianditu's cva). The server fetches
 * each tile and passes it on, so the browser stays on this origin and never sees the token.
 */
export function openRemoteTiles(settings: BasemapSettings): BasemapPackage {
  const template = checkTemplate(settings.url, 'url', settings.token);
  const labelTemplate = settings.labelUrl ? checkTemplate(settings.labelUrl, 'labelUrl', settings.token) : null;
  const format = formatOfTemplate(template);
  const description = describeFromSettings(settings, {
    name: `瓦片服务 ${new URL(template).host}`,
    tileType: format === 'pbf' ? 'vector' : 'raster',
    format,
    tileSize: 256,
    // A WMTS TileMatrix starts at 1 (Tianditu's GoogleMapsCompatible set "w" has no level 0).
    minzoom: /TILEMATRIX=\{z\}/i.test(template) ? 1 : 0,
    maxzoom: 18,
    labelTiles: labelTemplate ? [labelTilesUrl] : [],
  });
  const fallbackType = contentTypeOf(format);
  return {
    describe: () => description,
    getTile: (z, x, y) => fetchTile(upstreamTileUrl(template, z, x, y, settings.token), fallbackType),
    ...(labelTemplate ? { getLabelTile: (z: number, x: number, y: number) => fetchTile(upstreamTileUrl(labelTemplate, z, x, y, settings.token), fallbackType) } : {}),
    close: async () => {},
  };
}

/**
 * The upstream URL of one tile: {z}, {x}, {y} filled, and the token where {token} stands — or, for a template
 * without {token}, appended as `tk=` (Tianditu's name for it).
 */
export function upstreamTileUrl(template: string, z: number, x: number, y: number, token?: string): string {
  const filled = template.replaceAll('{z}', String(z)).replaceAll('{x}', String(x)).replaceAll('{y}', String(y));
  if (filled.includes('{token}')) return filled.replaceAll('{token}', encodeURIComponent(token ?? ''));
  if (!token) return filled;
  return `${filled}${filled.includes('?') ? '&' : '?'}tk=${encodeURIComponent(token)}`;
}

function checkTemplate(template: string | undefined, setting: BasemapSettingName, token: string | undefined): string {
  if (!template) {
    throw new BasemapError(setting, 'basemap_url_not_set', { example: 'http://tiles.intranet/{z}/{x}/{y}.png' });
  }
  let protocol: string;
  try {
    protocol = new URL(template).protocol;
  } catch {
    throw new BasemapError(setting, 'basemap_url_invalid');
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new BasemapError(setting, 'basemap_url_protocol');
  for (const placeholder of ['{z}', '{x}', '{y}']) {
    if (!template.includes(placeholder)) throw new BasemapError(setting, 'basemap_url_placeholder', { placeholder });
  }
  if (template.includes('{token}') && !token) throw new BasemapError('token', 'basemap_token_missing');
  return template;
}

/** The format the template's path or FORMAT parameter names; PNG when it names none (Tianditu's FORMAT=tiles). */
function formatOfTemplate(template: string): TileFormat {
  const t = template.toLowerCase();
  if (/\.(pbf|mvt)\b|format=application(\/|%2f)(x-protobuf|vnd\.mapbox-vector-tile)/.test(t)) return 'pbf';
  if (/\.jpe?g\b|format=image(\/|%2f)jpe?g/.test(t)) return 'jpg';
  if (/\.webp\b|format=image(\/|%2f)webp/.test(t)) return 'webp';
  return 'png';
}

async function fetchTile(url: string, fallbackType: string): Promise<Tile | null> {
  // The messages name neither the URL nor the token: they go back to the browser.
  const failed = (err: unknown) =>
    (err as Error).name === 'TimeoutError'
      ? new UpstreamError('basemap_upstream_timeout', { seconds: upstreamTimeoutMs / 1000 })
      : new UpstreamError('basemap_upstream_unreachable');
  const signal = AbortSignal.timeout(upstreamTimeoutMs);
  const res = await fetch(url, { signal, headers: { accept: 'image/*,application/x-protobuf;q=0.9,*/*;q=0.5' } }).catch((err: unknown) => {
    throw failed(err);
  });
  if (res.status === 404 || res.status === 204) {
    await res.body?.cancel();
    return null; // the service has no tile there: the same 204 as a package that lacks one
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new UpstreamError('basemap_upstream_status', { status: res.status });
  }
  const contentType = res.headers.get('content-type') ?? fallbackType;
  if (/^text\/|json|xml|html/i.test(contentType)) {
    // A WMTS ExceptionReport or an error page: a map would draw it as a broken tile.
    await res.body?.cancel();
    throw new UpstreamError('basemap_upstream_not_tile', { type: contentType });
  }
  const bytes = new Uint8Array(
    await res.arrayBuffer().catch((err: unknown) => {
      throw failed(err);
    }),
  );
  return { bytes, contentType };
}
