import type { StyleSpecification } from 'maplibre-gl';
import { useMemo } from 'react';
import { chooseBasemapStyle, type StyleChoice } from './choose-style';
import type { LoadedBasemap } from './load-basemap';

/**
 * The page's base-map style (chooseBasemapStyle), built again only when the base map, the external style URL or
 * the colours change: a new style object on every render would make MapLibre restyle the map each time.
 * Lives beside chooseBasemapStyle, not in client/ui, because only map views use it and it knows base maps.
 */
export function useBasemapStyle(basemap: LoadedBasemap | undefined, { styleUrl, dark = false }: StyleChoice = {}): StyleSpecification | string {
  return useMemo(() => chooseBasemapStyle(basemap, { styleUrl, dark }), [basemap, styleUrl, dark]);
}
