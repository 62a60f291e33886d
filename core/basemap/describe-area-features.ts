import type { MultiPolygon, Polygon } from 'geojson';
import { classifyLandcover } from './classify-landcover';
import { classifyWaterArea } from './classify-water-area';
import { BUILDING_MINZOOM } from './openmaptiles-schema';
import type { BasemapFeature, OsmTags } from './types';

// OpenMapTiles' building height rule: `height` in metres, else 3.66 m a level, else 5 m.
const metresPerLevel = 3.66;
const defaultHeightM = 5;

function parseMetres(value: string | undefined): number | null {
  const match = value ? /^\s*(-?\d+(?:\.\d+)?)\s*m?\s*$/.exec(value) : null;
  return match ? Number(match[1]) : null;
}

function parseLevels(value: string | undefined): number | null {
  const v = value === undefined ? NaN : Number(value);
  return Number.isFinite(v) && v >= 0 ? v : null;
}

/**
 * The `landcover`, `water` and `building` features of an area (a closed way's polygon or a multipolygon relation's
 * geometry in EPSG:4326): none, one or more, by its tags. Buildings carry render_height / render_min_height in
 * metres and start at BUILDING_MINZOOM; landcover and water start at zoom 0. Does not mutate the geometry (the
 * features share it).
 */
export function describeAreaFeatures(tags: OsmTags | undefined, geometry: Polygon | MultiPolygon): BasemapFeature[] {
  const out: BasemapFeature[] = [];
  const landcover = classifyLandcover(tags);
  if (landcover) out.push({ layer: 'landcover', minzoom: 0, feature: { type: 'Feature', properties: { ...landcover }, geometry } });
  const water = classifyWaterArea(tags);
  if (water) {
    const properties = { class: water, ...(tags?.intermittent === 'yes' ? { intermittent: 1 } : {}) };
    out.push({ layer: 'water', minzoom: 0, feature: { type: 'Feature', properties, geometry } });
  }
  const building = tags?.building ?? tags?.['building:part'];
  if (building && building !== 'no') {
    const levels = parseLevels(tags?.['building:levels']);
    const minLevel = parseLevels(tags?.['building:min_level']);
    const height = parseMetres(tags?.height) ?? (levels === null ? defaultHeightM : levels * metresPerLevel);
    const minHeight = parseMetres(tags?.min_height) ?? (minLevel === null ? 0 : minLevel * metresPerLevel);
    const properties = { render_height: Math.round(height * 10) / 10, render_min_height: Math.round(minHeight * 10) / 10 };
    out.push({ layer: 'building', minzoom: BUILDING_MINZOOM, feature: { type: 'Feature', properties, geometry } });
  }
  return out;
}
