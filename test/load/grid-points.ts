import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

type GridFeature = Feature<Polygon | MultiPolygon>;

/**
 * A source of random [lng, lat] points (EPSG:4326), each inside one of the given grids, so that every
 * incident the harness writes lands in a grid (the server refuses points outside every grid).
 * Picks a grid at random, then samples its bounding box until a point falls inside (at most 50 tries).
 * `random` returns [0, 1) like Math.random. Throws when no grid is polygonal.
 */
export function gridPointSource(grids: FeatureCollection, random: () => number = Math.random): () => [number, number] {
  const polygons = grids.features.filter((f): f is GridFeature => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  if (polygons.length === 0) throw new Error('没有可用的网格面（no grid polygons to place incidents in）');
  const boxes = polygons.map(boundsOf);
  return () => {
    for (;;) {
      const i = Math.floor(random() * polygons.length);
      const [minLng, minLat, maxLng, maxLat] = boxes[i];
      for (let tries = 0; tries < 50; tries++) {
        const point: [number, number] = [round6(minLng + random() * (maxLng - minLng)), round6(minLat + random() * (maxLat - minLat))];
        if (booleanPointInPolygon(point, polygons[i])) return point;
      }
    }
  };
}

// Six decimals (~0.1 m), as the API answers coordinates; rounded before the inside test so the sent point is the tested one.
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function boundsOf(f: GridFeature): [number, number, number, number] {
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  let [minLng, minLat, maxLng, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lng, lat] of ring) {
      minLng = Math.min(minLng, lng);
      minLat = Math.min(minLat, lat);
      maxLng = Math.max(maxLng, lng);
      maxLat = Math.max(maxLat, lat);
    }
  }
  return [minLng, minLat, maxLng, maxLat];
}
