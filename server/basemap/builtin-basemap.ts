import type { BasemapSettings } from '../../core/contracts/basemap';
import type { BasemapPackage } from './basemap-package';

/**
 * The base map the client draws from the project's own data (client/map/basemap/): nothing to serve here.
 * It is in WGS 84 like that data, whatever crs the settings name.
 */
export function openBuiltinBasemap(settings: BasemapSettings): BasemapPackage {
  const description = {
    kind: 'builtin' as const,
    crs: 'wgs84' as const,
    name: '内置底图（演示数据）',
    tileType: null,
    format: null,
    tiles: [],
    labelTiles: [],
    pmtilesUrl: null,
    tileSize: 256 as const,
    minzoom: 0,
    maxzoom: 22,
    bounds: null,
    attribution: settings.attribution ?? '',
    vectorSchema: null,
    vectorLayers: [],
  };
  return {
    describe: () => description,
    getTile: async () => null,
    close: async () => {},
  };
}
