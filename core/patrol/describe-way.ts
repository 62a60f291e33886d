/**
 * Travel profiles: which OSM ways a mode may use, in which directions and how fast. Pure.
 *
 * Car speeds are typical urban driving speeds by highway class (km/h), not limits; a tagged `maxspeed` only lowers
 * them (urban traffic rarely reaches the limit). Foot is 4.5 km/h everywhere, 2.5 km/h on steps (Monaco's are
 * steep). `access=no` and `access=private` ways are left out for both modes.
 */
import type { TravelMode } from './types';

/** Urban car speed by highway class (km/h). Classes missing here are not drivable. */
export const CAR_SPEED_KMH: Record<string, number> = {
  motorway: 80,
  motorway_link: 50,
  trunk: 60,
  trunk_link: 40,
  primary: 40,
  primary_link: 30,
  secondary: 35,
  secondary_link: 30,
  tertiary: 30,
  tertiary_link: 25,
  unclassified: 25,
  residential: 25,
  road: 20,
  living_street: 10,
  service: 15,
};

export const FOOT_SPEED_KMH = 4.5;
export const STEPS_SPEED_KMH = 2.5;
/** Between a point and its snapped road node a car patrol parks and walks the rest; count it at walking speed. */
export const ACCESS_SPEED_KMH = FOOT_SPEED_KMH;

const FOOT_FORBIDDEN = new Set(['motorway', 'motorway_link', 'construction', 'proposed', 'platform', 'raceway']);
const NO_ACCESS = new Set(['no', 'private']);

/** The part of a way's properties the profiles read (OSM tags as strings or numbers). */
export interface WayTags {
  highway?: unknown;
  oneway?: unknown;
  junction?: unknown;
  maxspeed?: unknown;
  access?: unknown;
  foot?: unknown;
}

/** Whether a mode may use a way, in which directions (along / against its vertex order) and at what speed. */
export interface WayProfile {
  forward: boolean;
  backward: boolean;
  speedKmh: number;
}

/** Parses an OSM maxspeed ('50', '30 mph', 50) to km/h; null when absent or not a number ('walk', 'signals'). */
export function parseMaxspeedKmh(value: unknown): number | null {
  if (typeof value === 'number') return value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mph|km\/h|kmh)?\s*$/i.exec(value);
  if (!match) return null;
  const speed = Number(match[1]) * (match[2]?.toLowerCase() === 'mph' ? 1.609344 : 1);
  return speed > 0 ? speed : null;
}

function direction(tags: WayTags): 'both' | 'forward' | 'backward' {
  const oneway = String(tags.oneway ?? '').toLowerCase();
  if (oneway === 'yes' || oneway === 'true' || oneway === '1') return 'forward';
  if (oneway === '-1' || oneway === 'reverse') return 'backward';
  if (oneway === 'no' || oneway === 'false' || oneway === '0') return 'both';
  const junction = String(tags.junction ?? '').toLowerCase();
  return junction === 'roundabout' || junction === 'circular' ? 'forward' : 'both';
}

/** The profile of one way for a mode, or null when the mode may not use it at all. Does not mutate `tags`. */
export function describeWay(tags: WayTags, mode: TravelMode): WayProfile | null {
  const highway = typeof tags.highway === 'string' ? tags.highway : '';
  if (!highway || NO_ACCESS.has(String(tags.access ?? ''))) return null;
  if (mode === 'foot') {
    if (FOOT_FORBIDDEN.has(highway) || String(tags.foot ?? '') === 'no') return null;
    return { forward: true, backward: true, speedKmh: highway === 'steps' ? STEPS_SPEED_KMH : FOOT_SPEED_KMH };
  }
  const classSpeed = CAR_SPEED_KMH[highway];
  if (classSpeed === undefined) return null;
  const limit = parseMaxspeedKmh(tags.maxspeed);
  const dir = direction(tags);
  return { forward: dir !== 'backward', backward: dir !== 'forward', speedKmh: limit === null ? classSpeed : Math.min(limit, classSpeed) };
}
