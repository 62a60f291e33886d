import type { Feature, Polygon } from 'geojson';
import type { CellGrid } from '../hotspots/index';

/** Cell i of a grid as a GeoJSON polygon feature with the given properties (coordinates to 6 decimals, ≈0.1 m). */
export function cellFeature<P>(grid: CellGrid, i: number, properties: P): Feature<Polygon, P> {
  const ring = grid.cells[i].polygon.map(([lng, lat]) => [round6(lng), round6(lat)]);
  return { type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties };
}

export const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
export const round3 = (v: number) => Math.round(v * 1e3) / 1e3;
