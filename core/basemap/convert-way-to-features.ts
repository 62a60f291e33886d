import type { LineString } from 'geojson';
import { classifyHighway } from './classify-highway';
import { describeAreaFeatures } from './describe-area-features';
import { pickNameProperties } from './pick-name-properties';
import type { BasemapFeature, LngLat, OsmTags, TileProperties } from './types';

const waterwayMinzoom: Record<string, number> = { river: 8, canal: 10, stream: 12 };

function brunnelOf(tags: OsmTags): string | null {
  if (tags.bridge && tags.bridge !== 'no') return 'bridge';
  if ((tags.tunnel && tags.tunnel !== 'no') || tags.covered === 'yes') return 'tunnel';
  if (tags.ford && tags.ford !== 'no') return 'ford';
  return null;
}

function onewayOf(tags: OsmTags): number {
  if (tags.oneway === '-1') return -1;
  return tags.oneway === 'yes' || tags.oneway === '1' || tags.oneway === 'true' || tags.junction === 'roundabout' ? 1 : 0;
}

function roadFeatures(tags: OsmTags, line: LineString): BasemapFeature[] {
  const highway = classifyHighway(tags);
  if (!highway) return [];
  const brunnel = brunnelOf(tags);
  const oneway = onewayOf(tags);
  const layer = Number(tags.layer);
  const base = { class: highway.class, subclass: highway.subclass, ...(brunnel ? { brunnel } : {}) };
  const road: TileProperties = { ...base, ...(highway.ramp ? { ramp: 1 } : {}), ...(oneway ? { oneway } : {}), ...(Number.isInteger(layer) && layer !== 0 ? { layer } : {}) };
  const out: BasemapFeature[] = [{ layer: 'transportation', minzoom: highway.minzoom, feature: { type: 'Feature', properties: road, geometry: line } }];
  const names = pickNameProperties(tags);
  const ref = tags.ref?.trim();
  if (names.name || ref) {
    const properties = { ...base, ...names, ...(ref ? { ref } : {}) };
    out.push({ layer: 'transportation_name', minzoom: highway.minzoom, feature: { type: 'Feature', properties, geometry: line } });
  }
  return out;
}

function waterwayFeatures(tags: OsmTags, line: LineString): BasemapFeature[] {
  const minzoom = waterwayMinzoom[tags.waterway ?? ''];
  if (minzoom === undefined) return [];
  const properties = { class: tags.waterway!, ...pickNameProperties(tags), ...(tags.intermittent === 'yes' ? { intermittent: 1 } : {}) };
  return [{ layer: 'waterway', minzoom, feature: { type: 'Feature', properties, geometry: line } }];
}

/**
 * The base-map features of one OSM way, from its tags and its vertices ([lng, lat], in order; vertices whose nodes
 * are missing from the extract already dropped): a `transportation` line (and a `transportation_name` line when the
 * road has a name or ref), a `waterway` line (river, canal, stream), and, when `closed` (first and last node are the
 * same), `water` and `building` polygons. A way with fewer than 2 vertices, or a closed one with fewer than 4, gives
 * no feature of that kind. Does not mutate the input.
 */
export function convertWayToFeatures(tags: OsmTags | undefined, coords: LngLat[], closed: boolean): BasemapFeature[] {
  if (!tags || coords.length < 2) return [];
  const line: LineString = { type: 'LineString', coordinates: coords };
  const out = [...roadFeatures(tags, line), ...waterwayFeatures(tags, line)];
  if (closed && coords.length >= 4) out.push(...describeAreaFeatures(tags, { type: 'Polygon', coordinates: [coords] }));
  return out;
}
