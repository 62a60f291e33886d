import { PathLayer, TextLayer } from '@deck.gl/layers';
import { labelFontFamily } from './label-layer';
import { patrolColours } from './patrol-colours';

export interface PatrolRouteInput {
  /** The route along the streets, [lng, lat], from the start back to it. */
  path: [number, number][];
  /** True for the straight-line fallback (no road data): drawn amber. */
  straight: boolean;
}

/** The route as a 5 px line on a 9 px white casing (both in one layer: two paths of one datum would z-fight). */
export function patrolRouteLayer({ path, straight }: PatrolRouteInput) {
  const colour = straight ? patrolColours.straightRoute : patrolColours.route;
  return new PathLayer<{ path: [number, number][]; casing: boolean }>({
    id: 'patrol-route',
    data: [
      { path, casing: true },
      { path, casing: false },
    ],
    getPath: (d) => d.path,
    getColor: (d) => (d.casing ? patrolColours.casing : colour),
    getWidth: (d) => (d.casing ? 9 : 5),
    widthUnits: 'pixels',
    jointRounded: true,
    capRounded: true,
    updateTriggers: { getColor: [straight] },
  });
}

export interface RouteArrow {
  position: [number, number];
  /** Degrees counter-clockwise from east, as deck.gl's TextLayer turns text (a north-up, unpitched map). */
  angleDeg: number;
}

// Metres a degree, locally (equirectangular: at 150 m to 10 km an error far below an arrow's size).
const M_PER_DEG_LAT = 110_540;
const M_PER_DEG_LNG_EQUATOR = 111_320;

/**
 * Arrows along a path every `spacingM` metres (the first half a spacing from the start), each turned to its
 * segment's heading. An empty list for a path without length (the straight-line fallback from one point to itself).
 * Does not mutate the path.
 */
export function placeRouteArrows(path: readonly [number, number][], spacingM: number): RouteArrow[] {
  if (!(spacingM > 0)) throw new Error(`spacingM must be positive, got ${spacingM}`);
  const arrows: RouteArrow[] = [];
  let next = spacingM / 2;
  let walked = 0;
  for (let i = 1; i < path.length; i++) {
    const [x0, y0] = path[i - 1];
    const [x1, y1] = path[i];
    const kx = M_PER_DEG_LNG_EQUATOR * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
    const dx = (x1 - x0) * kx;
    const dy = (y1 - y0) * M_PER_DEG_LAT;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    const angleDeg = (Math.atan2(dy, dx) * 180) / Math.PI;
    while (next <= walked + length) {
      const f = (next - walked) / length;
      arrows.push({ position: [x0 + (x1 - x0) * f, y0 + (y1 - y0) * f], angleDeg });
      next += spacingM;
    }
    walked += length;
  }
  return arrows;
}

/** Spacing that gives a route of any length about 24 arrows, at least 120 m apart. */
export const arrowSpacingM = (routeLengthKm: number) => Math.max(120, (routeLengthKm * 1000) / 24);

/** The direction of travel: white ▶ marks along the route (a text glyph: deck.gl draws it from a one-glyph atlas). */
export function patrolRouteArrowLayer({ arrows }: { arrows: readonly RouteArrow[] }) {
  return new TextLayer<RouteArrow>({
    id: 'patrol-route-arrows',
    data: arrows,
    characterSet: ['▶'],
    fontFamily: labelFontFamily,
    getText: () => '▶',
    getPosition: (d) => d.position,
    getAngle: (d) => d.angleDeg,
    getSize: 11,
    sizeUnits: 'pixels',
    getColor: patrolColours.white,
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'center',
  });
}
