import type { FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';

// The properties of /api/basemap/{roads,water,compounds} as server/db/repos/features.repo.ts builds them.

export interface RoadProperties {
  code: string;
  class: 'primary' | 'secondary' | 'residential' | string;
  name: string | null;
  isDemo: boolean;
}
export interface WaterProperties {
  code: string;
  kind: 'river' | 'riverbank' | 'lake' | string;
  name: string | null;
  isDemo: boolean;
}
export interface CompoundProperties {
  code: string;
  name: string;
}
export type RoadCollection = FeatureCollection<LineString | MultiLineString, RoadProperties>;
export type WaterCollection = FeatureCollection<LineString | Polygon | MultiPolygon, WaterProperties>;
export type CompoundCollection = FeatureCollection<Polygon, CompoundProperties>;
