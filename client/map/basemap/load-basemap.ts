import type { BasemapDescription } from '../../../core/contracts/basemap';
import { getBasemapDescription, getBasemapRoads, getBasemapWater, getCommunities, getDistrict, getStreets } from '../../api/endpoints';
import { createDisplayFrame, setActiveDisplayFrame } from '../display-frame';
import type { BasemapData } from './offline-style';

export interface LoadedBasemap extends BasemapData {
  description: BasemapDescription;
  district: NonNullable<BasemapData['district']>;
  streets: NonNullable<BasemapData['streets']>;
  communities: NonNullable<BasemapData['communities']>;
}

/**
 * Everything a map page needs for its base map: the active base map's description (which also sets the page's
 * display frame, GCJ-02 or not, before anything is drawn) and our own data drawn under or over it. The roads
 * and water are only fetched when the built-in base map draws them.
 */
export async function loadBasemap(signal?: AbortSignal): Promise<LoadedBasemap> {
  const description = withAbsoluteUrls(await getBasemapDescription(signal));
  setActiveDisplayFrame(createDisplayFrame(description.crs));
  const builtin = description.kind === 'builtin';
  // Compounds are drawn from z15 only: the map loads them when it gets there (lazy-sources.ts); buildings come as tiles.
  const [district, streets, communities, roads, water] = await Promise.all([
    getDistrict(signal), getStreets(signal), getCommunities(signal),
    builtin ? getBasemapRoads(signal) : undefined, builtin ? getBasemapWater(signal) : undefined,
  ]);
  return { description, district, streets, communities, roads, water, buildingTiles: builtin ? buildingTilesUrl() : undefined };
}

/**
 * The building tiles' TileJSON. The e2e build alone can be told `?buildings=geojson` to draw the whole-GeoJSON path
 * instead, which the map-tiles benchmark measures the tiles against; a production build has no such switch.
 */
function buildingTilesUrl(): string | undefined {
  if (import.meta.env.MODE === 'e2e' && new URLSearchParams(location.search).get('buildings') === 'geojson') return undefined;
  return absolute('/tiles/buildings.json');
}

// MapLibre fetches tiles in its web workers, where a path alone is no URL. String concatenation, not new URL():
// that would percent-encode the template's {z}/{x}/{y}.
const absolute = (path: string) => (path.startsWith('/') ? `${location.origin}${path}` : path);

function withAbsoluteUrls(d: BasemapDescription): BasemapDescription {
  return { ...d, tiles: d.tiles.map(absolute), labelTiles: d.labelTiles.map(absolute), pmtilesUrl: d.pmtilesUrl && absolute(d.pmtilesUrl) };
}
