import type { MultiPolygon, Polygon } from 'geojson';

// The GeoJSON answers' types live with their schemas in core/contracts/features.ts; re-exported here for the map code
// that has always read them from this file.
export type {
  BeatCollection,
  BeatProperties,
  CommunityCollection,
  CommunityProperties,
  DistrictFeature,
  DistrictProperties,
  GridCollection,
  GridProperties,
  KeyPlaceCollection,
  KeyPlaceKind,
  KeyPlaceProperties,
  PeakWindow,
  StationCollection,
  StationProperties,
  StreetCollection,
  StreetProperties,
} from '../../core/contracts/features';
export { keyPlaceKinds } from '../../core/contracts/features';
export type { ClientConfig } from '../../core/contracts/basemap';

export type Area = Polygon | MultiPolygon;
