import { booleanPointInPolygon } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Area, CommunityProperties, GridProperties, StreetProperties } from '../api/feature-types';

/** The names the feed places an incident by, from the features the wall has loaded anyway. */
export interface Gazetteer {
  grids: ReadonlyMap<string, Pick<GridProperties, 'name' | 'communityCode' | 'streetCode'>>;
  communities: readonly Feature<Area | null, CommunityProperties>[];
  streets: readonly Feature<Area | null, StreetProperties>[];
}

/** Where an incident happened, in words: its street (or town) and, within it, its grid (or community). */
export interface FeedPlace {
  street: string;
  place: string;
}

function containing<P>(features: readonly Feature<Area | null, P>[], lngLat: [number, number]): Feature<Area, P> | undefined {
  return features.find((f): f is Feature<Area, P> => f.geometry !== null && booleanPointInPolygon(lngLat, f.geometry));
}

/**
 * The place of an incident by name, never by code: the grid's street and the grid's name (led by its community's
 * name when the grid's name does not say it); for an incident outside the known grids (a town, or a grid of a plan
 * published since the grids were loaded) the community and street whose area holds the point. Positions in
 * EPSG:4326. Empty strings where nothing is known. Pure; does not mutate its input.
 */
export function feedPlace(item: { gridCode: string | null; lng: number; lat: number }, g: Gazetteer): FeedPlace {
  const streetName = (code: string | undefined) => g.streets.find((s) => s.properties.code === code)?.properties.name;
  const grid = item.gridCode ? g.grids.get(item.gridCode) : undefined;
  if (grid) {
    const community = g.communities.find((c) => c.properties.code === grid.communityCode)?.properties;
    const communityName = community?.shortName || community?.name || '';
    const named = !communityName || grid.name.includes(communityName);
    return { street: streetName(grid.streetCode) ?? '', place: named ? grid.name : `${communityName}${grid.name}` };
  }
  const lngLat: [number, number] = [item.lng, item.lat];
  const community = containing(g.communities, lngLat)?.properties;
  const street = streetName(community?.streetCode) ?? containing(g.streets, lngLat)?.properties.name ?? '';
  return { street, place: community ? community.shortName || community.name : '' };
}
