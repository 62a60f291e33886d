/** A named point the locator can answer with: a standard address (its building's point) or a key place. */
export interface NamedPoint {
  name: string;
  kind: 'address' | 'key_place';
  /** [lng, lat], EPSG:4326. */
  lngLat: [number, number];
  /** The grid it lies in, where it lies in one: what a jurisdiction's naming keeps to. */
  gridCode?: string;
}

export interface NearestPlace {
  place: NamedPoint;
  distanceM: number;
  /** From the place to the point asked about, degrees clockwise from north (0–360). */
  bearingDeg: number;
}

export interface PlaceLocator {
  /** The nearest place within `maxDistanceM` metres of `lngLat` that `accept` keeps (default: any), or null. */
  nearest(lngLat: [number, number], maxDistanceM: number, accept?: (place: NamedPoint) => boolean): NearestPlace | null;
}

const metresPerDegreeLat = 110_574;
const metresPerDegreeLngAtEquator = 111_320;
/** Bucket side in degrees: about 300 m north–south, so the usual 300 m search reads 5 × 5 buckets. */
const cellDeg = 0.0027;

/**
 * A spatial hash of named points for nearest-place look-ups (a few thousand points, thousands of queries a
 * request). Distances are equirectangular at the query's latitude: within a few kilometres the error is under
 * 0.1 %. On equal distance the place listed first wins. Pure; does not mutate or keep a reference to `places`' array.
 */
export function createPlaceLocator(places: readonly NamedPoint[]): PlaceLocator {
  const buckets = new Map<string, NamedPoint[]>();
  const key = (cx: number, cy: number) => `${cx}:${cy}`;
  for (const p of places) {
    const k = key(Math.floor(p.lngLat[0] / cellDeg), Math.floor(p.lngLat[1] / cellDeg));
    const list = buckets.get(k);
    if (list) list.push(p);
    else buckets.set(k, [p]);
  }
  return {
    nearest([lng, lat], maxDistanceM, accept) {
      if (!Number.isFinite(lng) || !Number.isFinite(lat) || !(maxDistanceM >= 0)) return null;
      const mLng = metresPerDegreeLngAtEquator * Math.cos((lat * Math.PI) / 180);
      const reachX = Math.ceil(maxDistanceM / mLng / cellDeg);
      const reachY = Math.ceil(maxDistanceM / metresPerDegreeLat / cellDeg);
      const cx = Math.floor(lng / cellDeg);
      const cy = Math.floor(lat / cellDeg);
      let best: NamedPoint | null = null;
      let bestD = Infinity;
      for (let dx = -reachX; dx <= reachX; dx++) {
        for (let dy = -reachY; dy <= reachY; dy++) {
          for (const p of buckets.get(key(cx + dx, cy + dy)) ?? []) {
            if (accept && !accept(p)) continue;
            const ex = (p.lngLat[0] - lng) * mLng;
            const ny = (p.lngLat[1] - lat) * metresPerDegreeLat;
            const d = Math.hypot(ex, ny);
            if (d < bestD) {
              best = p;
              bestD = d;
            }
          }
        }
      }
      if (!best || bestD > maxDistanceM) return null;
      const ex = (lng - best.lngLat[0]) * mLng;
      const ny = (lat - best.lngLat[1]) * metresPerDegreeLat;
      const bearingDeg = ((Math.atan2(ex, ny) * 180) / Math.PI + 360) % 360;
      return { place: best, distanceM: bestD, bearingDeg };
    },
  };
}
