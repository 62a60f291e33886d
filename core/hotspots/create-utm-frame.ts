import proj4 from 'proj4';
import { HotspotInputError, type UtmFrame } from './types';

/**
 * The UTM zone (1–60) of a longitude in degrees: 6° zones from 180° W. The Norway and Svalbard exceptions are not
 * applied (a study area there gets its regular zone, which is still a conformal metric frame, only less standard).
 */
export function findUtmZone(lng: number): number {
  return Math.min(60, Math.max(1, Math.floor((lng + 180) / 6) + 1));
}

/**
 * A metric frame for a study area: UTM on WGS 84, the zone from the centre's longitude and the hemisphere from its
 * latitude (Dachuan 107.5° E, 31.2° N → zone 48N, EPSG:32648; Portland 122.6° W, 45.5° N → 10N, EPSG:32610).
 * Projections are proj4's (the maintained library); scale error within a city is under 0.1 %, so cell sides and
 * kernel bandwidths in metres mean metres on the ground. Throws HotspotInputError for a centre that is not a
 * finite [lng, lat] with |lng| ≤ 180 and |lat| ≤ 84 (UTM's range). Pure.
 */
export function createUtmFrame(centerLngLat: readonly number[]): UtmFrame {
  const [lng, lat] = centerLngLat;
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 84) {
    throw new HotspotInputError(`the study area's centre must be [lng, lat] within UTM's range, got [${lng}, ${lat}]`);
  }
  const zone = findUtmZone(lng);
  const south = lat < 0;
  const converter = proj4('EPSG:4326', `+proj=utm +zone=${zone}${south ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`);
  return {
    epsg: (south ? 32700 : 32600) + zone,
    zone,
    south,
    toXY: (lngLat) => {
      const [x, y] = converter.forward([lngLat[0], lngLat[1]]);
      return [x, y];
    },
    toLngLat: (xy) => {
      const [x, y] = converter.inverse([xy[0], xy[1]]);
      return [x, y];
    },
  };
}
