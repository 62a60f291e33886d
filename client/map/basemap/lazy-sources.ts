import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { getBasemapBuildings, getBasemapCompounds } from '../../api/endpoints';
import { textOfStyle } from '../canvas-text';
import { whenTextDrawable } from './load-shipped-font';

/** Style metadata key: GeoJSON sources left empty until the map is zoomed to `minzoom` (their first drawn zoom). */
export const LAZY_SOURCES_KEY = 'jingwang:lazy-sources';
/** The base-map layers a map loads itself once zoomed in, each by its endpoint function. */
const lazyLoaders = { compounds: getBasemapCompounds, buildings: getBasemapBuildings };
export type LazyLayer = keyof typeof lazyLoaders;
export type LazySources = Record<string, { layer: LazyLayer; minzoom: number }>;

const loadedOn = new WeakMap<MapLibreMap, Set<string>>();

/**
 * Fills the style's lazy sources (compounds, building footprints: thousands of polygons drawn only from z15) once
 * the map first reaches their zoom, instead of on every page load: most pages never zoom that far. Their label text
 * gets the shipped font loaded before it is drawn, as every canvas text does.
 */
export function fillLazySources(map: MapLibreMap, style: StyleSpecification | string): void {
  if (typeof style === 'string') return;
  const lazy = (style.metadata as Record<string, LazySources> | undefined)?.[LAZY_SOURCES_KEY];
  if (!lazy) return;
  const loaded = loadedOn.get(map) ?? new Set<string>();
  loadedOn.set(map, loaded);
  for (const [id, { layer, minzoom }] of Object.entries(lazy)) {
    if (loaded.has(id) || map.getZoom() < minzoom - 0.5) continue;
    loaded.add(id);
    void lazyLoaders[layer]()
      .then(async (data) => {
        const { text } = textOfStyle({ version: 8, sources: { [id]: { type: 'geojson', data } }, layers: [] });
        await whenTextDrawable(text);
        // The style may have been replaced while this loaded (a scoped user's map zooms in at once, before the style
        // whose buildings come as vector tiles arrives): only a GeoJSON source takes the data.
        const source = map.getSource(id);
        if (source?.type === 'geojson') (source as GeoJSONSource).setData(data);
      })
      .catch((err) => {
        loaded.delete(id); // tried again on the next zoom
        console.error(`base map layer ${id} did not load:`, err);
      });
  }
}
