import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { BasemapDescription } from '../../../core/contracts/basemap';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BasemapFacts } from './BasemapFacts';

const vector: BasemapDescription = {
  kind: 'pmtiles', crs: 'gcj02', name: '达川矢量', tileType: 'vector', format: 'pbf', tiles: ['/basemap/tiles/{z}/{x}/{y}'], labelTiles: [],
  pmtilesUrl: '/basemap/package.pmtiles', tileSize: 512, minzoom: 10, maxzoom: 14, bounds: [107.49, 31.2, 107.58, 31.28],
  attribution: '© 达川区', vectorSchema: 'openmaptiles', vectorLayers: ['transportation', 'water', 'place'],
};
const render = (d: BasemapDescription) => renderToStaticMarkup(createElement(I18nProvider, null, createElement(BasemapFacts, { d })));

describe('the active base map’s facts', () => {
  it('show a vector package’s name, kind, frame, tiles, bounds, zooms, attribution and layers in Chinese', () => {
    const html = render(vector);
    for (const text of ['达川矢量', 'PMTiles 文件', 'GCJ-02（叠加图层随之偏移）', '矢量（pbf）', '107.4900° E – 107.5800° E', '10–14 级', '© 达川区', 'transportation、water、place（openmaptiles）']) {
      expect(html).toContain(text);
    }
  });

  it('say that the built-in base map is drawn by the browser, without bounds or zooms', () => {
    const html = render({ ...vector, kind: 'builtin', crs: 'wgs84', name: '内置底图（演示数据）', tileType: null, format: null, tiles: [], pmtilesUrl: null, bounds: null, attribution: '', vectorLayers: [], vectorSchema: null });
    expect(html).toContain('无：由浏览器用本系统的数据绘制');
    expect(html).toContain('不限');
    expect(html).not.toContain('矢量图层');
  });

  it('name a service’s separate label layer', () => {
    expect(render({ ...vector, kind: 'wmts', tileType: 'raster', format: 'png', tileSize: 256, labelTiles: ['/basemap/labels/{z}/{x}/{y}'] })).toContain('栅格（png，256 像素）；另有注记图层');
  });
});
