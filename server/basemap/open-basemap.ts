import { BasemapCrsSchema, BasemapKindSchema, type BasemapSettings } from '../../core/contracts/basemap';
import type { Env } from '../env';
import { BasemapError } from './basemap-error';
import type { BasemapPackage } from './basemap-package';
import { openBuiltinBasemap } from './builtin-basemap';
import { openMbtiles } from './mbtiles-package';
import { openPmtiles } from './pmtiles-package';
import { openRemoteTiles } from './remote-tiles';
import { openXyzFolder } from './xyz-folder';

/**
 * Opens and checks the base map the settings name. A setting that cannot work (a missing file, a file that is
 * not MBTiles or PMTiles, an xyz folder without tiles, a wmts kind without a URL, an unknown crs) throws
 * BasemapError naming it. An xyz kind with a URL and no path is an XYZ tile service, proxied like wmts.
 */
export async function openBasemap(settings: BasemapSettings): Promise<BasemapPackage> {
  if (!BasemapKindSchema.safeParse(settings.kind).success) throw new BasemapError('kind', 'basemap_kind');
  if (!BasemapCrsSchema.safeParse(settings.crs).success) throw new BasemapError('crs', 'basemap_crs');
  switch (settings.kind) {
    case 'builtin':
      return openBuiltinBasemap(settings);
    case 'xyz':
      return settings.url && !settings.path ? openRemoteTiles(settings) : openXyzFolder(settings);
    case 'mbtiles':
      return openMbtiles(settings);
    case 'pmtiles':
      return openPmtiles(settings);
    case 'wmts':
      return openRemoteTiles(settings);
  }
}

/** The settings the environment's BASEMAP_* give (the default until an administrator picks another). */
export function basemapSettingsOfEnv(env: Env): BasemapSettings {
  const settings: BasemapSettings = { kind: env.BASEMAP_KIND, crs: env.BASEMAP_CRS };
  if (env.BASEMAP_PATH) settings.path = env.BASEMAP_PATH;
  if (env.BASEMAP_URL) settings.url = env.BASEMAP_URL;
  if (env.BASEMAP_LABEL_URL) settings.labelUrl = env.BASEMAP_LABEL_URL;
  if (env.BASEMAP_TOKEN) settings.token = env.BASEMAP_TOKEN;
  if (env.BASEMAP_ATTRIBUTION) settings.attribution = env.BASEMAP_ATTRIBUTION;
  return settings;
}
