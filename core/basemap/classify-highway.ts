import type { TransportationClass } from './openmaptiles-schema';
import type { OsmTags } from './types';

const classOf: Record<string, TransportationClass> = {
  motorway: 'motorway',
  trunk: 'trunk',
  primary: 'primary',
  secondary: 'secondary',
  tertiary: 'tertiary',
  unclassified: 'minor',
  residential: 'minor',
  living_street: 'minor',
  road: 'minor',
  service: 'service',
  track: 'track',
  pedestrian: 'path',
  path: 'path',
  footway: 'path',
  cycleway: 'path',
  steps: 'path',
  bridleway: 'path',
  corridor: 'path',
};

// The first zoom that carries each class, close to OpenMapTiles' own (a z8 tile of a city holds its main roads only).
const minzoomOf: Record<TransportationClass, number> = {
  motorway: 4,
  trunk: 5,
  primary: 7,
  secondary: 9,
  tertiary: 11,
  minor: 12,
  service: 13,
  track: 13,
  path: 13,
};

export interface HighwayClass {
  class: TransportationClass;
  /** The OSM highway value ('residential', 'steps', 'primary_link'…). */
  subclass: string;
  /** 1 for a *_link (slip road), else 0. */
  ramp: 0 | 1;
  minzoom: number;
}

/**
 * The OpenMapTiles `transportation` class of an OSM way from its `highway` tag; null for ways that are not roads,
 * or are planned, under construction, platforms, or mapped as areas (`area=yes`). Pure.
 */
export function classifyHighway(tags: OsmTags | undefined): HighwayClass | null {
  const highway = tags?.highway;
  if (!highway || tags.area === 'yes') return null;
  const link = highway.endsWith('_link');
  const cls = classOf[link ? highway.slice(0, -'_link'.length) : highway];
  if (!cls) return null;
  return { class: cls, subclass: highway, ramp: link ? 1 : 0, minzoom: minzoomOf[cls] };
}
