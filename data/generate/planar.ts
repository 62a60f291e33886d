/**
 * Small planar helpers on [lng, lat] positions, for city-scale work where the curvature of the Earth
 * is negligible: a local metric frame, point-in-ring tests and signed ring areas.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** A local equirectangular frame in metres around `origin`: x east, y north. Accurate to ~0.1 % over 10 km. */
export interface LocalFrame {
  origin: Position;
  metresPerDegLng: number;
  metresPerDegLat: number;
}

/** The local metric frame around `origin` ([lng, lat]). */
export function createLocalFrame(origin: Position): LocalFrame {
  const lat = (origin[1] * Math.PI) / 180;
  // Series for the WGS 84 ellipsoid's degree lengths (the usual surveying approximation).
  const metresPerDegLat = 111_132.92 - 559.82 * Math.cos(2 * lat) + 1.175 * Math.cos(4 * lat);
  const metresPerDegLng = 111_412.84 * Math.cos(lat) - 93.5 * Math.cos(3 * lat);
  return { origin: [origin[0], origin[1]], metresPerDegLng, metresPerDegLat };
}

/** [lng, lat] → metres east and north of the frame origin. */
export function toMetres(frame: LocalFrame, p: Position): [number, number] {
  return [(p[0] - frame.origin[0]) * frame.metresPerDegLng, (p[1] - frame.origin[1]) * frame.metresPerDegLat];
}

/** Metres east and north of the frame origin → [lng, lat]. */
export function toLngLat(frame: LocalFrame, x: number, y: number): [number, number] {
  return [frame.origin[0] + x / frame.metresPerDegLng, frame.origin[1] + y / frame.metresPerDegLat];
}

/** Rounds to `decimals` places (7 ≈ 1 cm): done once, before a coordinate is shared, so copies are bit-identical. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function roundPosition(p: Position, decimals = 7): [number, number] {
  return [roundTo(p[0], decimals), roundTo(p[1], decimals)];
}

/** Even–odd test of a point against one ring (closed or not). Points exactly on an edge may go either way. */
export function pointInRing(pt: Position, ring: readonly Position[]): boolean {
  const [x, y] = pt;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies in a Polygon or MultiPolygon (inside an outer ring and outside its holes). */
export function pointInArea(pt: Position, area: Polygon | MultiPolygon): boolean {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  return polygons.some((rings) => pointInRing(pt, rings[0]) && !rings.slice(1).some((hole) => pointInRing(pt, hole)));
}

/** Twice the signed shoelace area of a ring in coordinate units: positive when counter-clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return s;
}
