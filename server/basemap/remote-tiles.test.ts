import { describe, expect, it } from 'vitest';
import { BasemapError } from './basemap-error';
import { openRemoteTiles, upstreamTileUrl } from './remote-tiles';

const tianditu = 'http://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=vec&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={token}';

describe('an intranet tile service', () => {
  it('fills a Tianditu WMTS template, the token where {token} stands', () => {
    expect(upstreamTileUrl(tianditu, 12, 3271, 1673, 'a b')).toBe(
      'http://t0.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=vec&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX=12&TILEROW=1673&TILECOL=3271&tk=a%20b',
    );
  });

  it('appends the token as tk= to a template without {token}, and nothing without a token', () => {
    expect(upstreamTileUrl('http://tiles.intranet/{z}/{x}/{y}.png', 1, 0, 1, 'k')).toBe('http://tiles.intranet/1/0/1.png?tk=k');
    expect(upstreamTileUrl('http://tiles.intranet/t?z={z}&x={x}&y={y}', 1, 0, 1, 'k')).toBe('http://tiles.intranet/t?z=1&x=0&y=1&tk=k');
    expect(upstreamTileUrl('http://tiles.intranet/{z}/{x}/{y}.png', 1, 0, 1)).toBe('http://tiles.intranet/1/0/1.png');
  });

  it('describes same-origin tiles and labels, never the upstream URL or the token', () => {
    const d = openRemoteTiles({ kind: 'wmts', crs: 'cgcs2000', url: tianditu, labelUrl: tianditu.replaceAll('vec', 'cva'), token: 'secret' }).describe();
    expect(d).toMatchObject({ kind: 'wmts', crs: 'cgcs2000', tileType: 'raster', format: 'png', minzoom: 1, maxzoom: 18 });
    expect(d.tiles).toEqual(['/basemap/tiles/{z}/{x}/{y}']);
    expect(d.labelTiles).toEqual(['/basemap/labels/{z}/{x}/{y}']);
    expect(JSON.stringify(d)).not.toMatch(/secret|wmts\?/);
  });

  it.each([
    ['no URL', { url: undefined }, 'BASEMAP_URL：未设置'],
    ['a template without {x}', { url: 'http://tiles.intranet/{z}/{y}.png' }, 'BASEMAP_URL：网址模板中缺少 {x}'],
    ['a {token} and no token', { url: tianditu, token: undefined }, 'BASEMAP_TOKEN：'],
    ['an ftp template', { url: 'ftp://tiles.intranet/{z}/{x}/{y}.png' }, 'BASEMAP_URL：网址模板必须以 http'],
  ])('refuses %s, naming the setting', (_case, change, message) => {
    let thrown: unknown;
    try {
      openRemoteTiles({ kind: 'wmts', crs: 'wgs84', token: 't', ...change });
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(BasemapError);
    expect((thrown as Error).message.startsWith(message)).toBe(true);
    expect((thrown as Error).message).not.toContain('\n');
  });
});
