import gcoord from 'gcoord';
import type { BasemapCrs } from '../../core/contracts/basemap';

type LngLat = [number, number];

/**
 * The frame the map is drawn in. Data stays WGS 84 / CGCS2000 everywhere inside the system; when the active
 * base map is a GCJ-02 package (cut from AMap/Tencent sources, ~500 m off in Dachuan), everything drawn over it
 * is shifted into GCJ-02 on the way to the screen and everything picked on the screen is shifted back before it
 * reaches the API. CGCS2000 is drawn as WGS 84: the frames differ by centimetres here.
 */
export interface DisplayFrame {
  crs: BasemapCrs;
  shifted: boolean;
  /** A stored WGS-84 position to where it is drawn. */
  toDisplay(p: LngLat): LngLat;
  /** A position picked on the screen back to WGS 84. */
  toData(p: LngLat): LngLat;
}

const identity: DisplayFrame = { crs: 'wgs84', shifted: false, toDisplay: (p) => p, toData: (p) => p };

/** The frame for a base map's CRS (gcoord's transform: maintained, and exact to centimetres on the round trip). */
export function createDisplayFrame(crs: BasemapCrs): DisplayFrame {
  if (crs !== 'gcj02') return { ...identity, crs };
  return {
    crs,
    shifted: true,
    toDisplay: (p) => gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LngLat,
    toData: (p) => gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as LngLat,
  };
}

let active: DisplayFrame = identity;

/** The page's frame: set once from GET /api/basemap before the first map is drawn. */
export function activeDisplayFrame(): DisplayFrame {
  return active;
}

export function setActiveDisplayFrame(frame: DisplayFrame): void {
  active = frame;
}

/** w, s, e, n in WGS 84 to the display frame's corners (the shift varies by metres across a view: corners suffice). */
export function boundsToDisplay([w, s, e, n]: [number, number, number, number], frame: DisplayFrame): [number, number, number, number] {
  const [w2, s2] = frame.toDisplay([w, s]);
  const [e2, n2] = frame.toDisplay([e, n]);
  return [w2, s2, e2, n2];
}
