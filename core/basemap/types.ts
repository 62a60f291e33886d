/**
 * Types of the OpenStreetMap base-map builder (issue 11, part 5). Coordinates are [lng, lat] in EPSG:4326; OSM ids
 * are numbers (negative in files edited offline, which is fine).
 */
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';

export type LngLat = [number, number];
/** West, south, east, north in degrees. */
export type Bbox = [number, number, number, number];
export type OsmTags = Record<string, string>;

export interface OsmNode {
  type: 'node';
  id: number;
  lon: number;
  lat: number;
  tags?: OsmTags;
}

export interface OsmWay {
  type: 'way';
  id: number;
  refs: number[];
  tags?: OsmTags;
}

export interface OsmMember {
  type: 'node' | 'way' | 'relation';
  ref: number;
  role: string;
}

export interface OsmRelation {
  type: 'relation';
  id: number;
  members: OsmMember[];
  tags?: OsmTags;
}

export type OsmElement = OsmNode | OsmWay | OsmRelation;

/** The property values a vector tile can hold. */
export type TileProperties = Record<string, string | number | boolean>;

/**
 * One feature bound for a tile layer. `minzoom` is the first zoom whose tiles carry it (roads of lesser classes and
 * buildings are left out of the small-scale tiles, as OpenMapTiles does).
 */
export interface BasemapFeature {
  layer: string;
  minzoom: number;
  feature: Feature<Point | LineString | Polygon | MultiPolygon, TileProperties>;
}

/** Input the builder cannot use (an empty extract, a bad zoom range, a relation loop…). */
export class BasemapInputError extends Error {
  override name = 'BasemapInputError';
}
