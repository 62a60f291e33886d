import type { StyleSpecification } from 'maplibre-gl';
import { buildDarkStyle } from './dark-style';
import { activeDisplayFrame } from '../display-frame';
import type { LoadedBasemap } from './load-basemap';
import { buildOfflineStyle } from './offline-style';
import { buildRasterPackageStyle } from './package-style';
import { buildVectorPackageStyle } from './vector-package-style';

export interface StyleChoice {
  /** An administrator's external style (BASEMAP_STYLE_URL on the intranet), taken as it is. */
  styleUrl?: string | null;
  /** The wall's night colours. */
  dark?: boolean;
}

/**
 * The one place a page's base-map style is chosen: an external style URL if the administrator set one, else the
 * active base map (GET /api/basemap): the built-in map from our own data, a raster package or a vector package
 * with its bundled style. Before the base map has loaded, the built-in style with empty sources.
 */
export function chooseBasemapStyle(basemap: LoadedBasemap | undefined, { styleUrl, dark = false }: StyleChoice = {}): StyleSpecification | string {
  if (styleUrl) return styleUrl;
  const builtin = (data: Parameters<typeof buildOfflineStyle>[0]) => (dark ? buildDarkStyle(data) : buildOfflineStyle(data));
  if (!basemap) return builtin({});
  const d = basemap.description;
  if (d.kind === 'builtin') return builtin(basemap);
  if (d.tileType === 'vector') return buildVectorPackageStyle(d, basemap, activeDisplayFrame(), dark);
  return buildRasterPackageStyle(d, basemap, activeDisplayFrame(), dark);
}
