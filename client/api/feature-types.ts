import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

// The properties of the GeoJSON answers of /api/district, /api/streets, … as server/db/repos/features.repo.ts
// builds them. core/contracts has no types for these yet; they belong there (core/contracts/features.ts) once
// the server declares them, and this file should then re-export them.

export type Area = Polygon | MultiPolygon;

export interface DistrictProperties {
  code: string;
  name: string;
}

export interface StreetProperties {
  code: string;
  name: string;
  kind: 'street' | 'town' | 'township';
  urban: boolean;
}

export interface CommunityProperties {
  code: string;
  name: string;
  shortName: string;
  streetCode: string;
  kind: string;
  urban: boolean;
}

/**
 * A published grid. Outside the caller's jurisdiction (inScope false) the API sends only code, name, communityCode and
 * streetCode: the figures and beatCode are absent. Such grids go to the faded outside-scope layer (splitByScope), which
 * picks nothing, so no tooltip or label reads their figures.
 */
export interface GridProperties {
  code: string;
  name: string;
  communityCode: string;
  streetCode: string;
  households: number;
  residents: number;
  partyMembers: number;
  institutionStaff: number;
  beatCode: string | null;
  /** In the caller's jurisdiction; what lies outside is drawn faded and inert. Absent (an older server): in scope. */
  inScope?: boolean;
}

export interface BeatProperties {
  code: string;
  name: string;
  stationCode: string;
  gridCount: number;
  /** In the caller's jurisdiction; what lies outside is drawn faded and inert. Absent (an older server): in scope. */
  inScope?: boolean;
}

export interface StationProperties {
  code: string;
  name: string;
  streetCode: string;
  /** In the caller's jurisdiction; what lies outside is drawn faded and inert. Absent (an older server): in scope. */
  inScope?: boolean;
}

export const keyPlaceKinds = ['government', 'school', 'mall', 'hospital', 'construction', 'nightlife', 'transport'] as const;
export type KeyPlaceKind = (typeof keyPlaceKinds)[number];

export interface PeakWindow {
  weekdays: number[]; // ISO 1 (Mon) … 7 (Sun)
  from: string; // HH:MM local time
  to: string;
}

export interface KeyPlaceProperties {
  code: string;
  name: string;
  kind: KeyPlaceKind;
  gridCode?: string;
  peakWindows: PeakWindow[];
  /** In the caller's jurisdiction; what lies outside is drawn faded and inert. Absent (an older server): in scope. */
  inScope?: boolean;
}

export type DistrictFeature = Feature<Area, DistrictProperties>;
export type StreetCollection = FeatureCollection<Area, StreetProperties>;
export type CommunityCollection = FeatureCollection<Area, CommunityProperties>;
export type GridCollection = FeatureCollection<Area, GridProperties>;
export type BeatCollection = FeatureCollection<Area, BeatProperties>;
export type StationCollection = FeatureCollection<Point, StationProperties>;
export type KeyPlaceCollection = FeatureCollection<Point, KeyPlaceProperties>;

/** Answer of GET /api/config. */
export interface ClientConfig {
  basemapStyleUrl: string | null;
}
