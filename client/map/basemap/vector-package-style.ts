import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapDescription } from '../../../core/contracts/basemap';
import type { DisplayFrame } from '../display-frame';
import type { BasemapData } from './offline-style';
import { buildRasterPackageStyle } from './package-style';

/**
 * A vector package (MBTiles or PMTiles of vector tiles) drawn with the bundled style of its schema
 * (OpenMapTiles or Protomaps), with our outlines over it. A package of another schema is drawn plainly: every
 * layer's polygons, lines and points in grey, so at least its shapes show.
 */
export function buildVectorPackageStyle(d: BasemapDescription, data: BasemapData, frame: DisplayFrame, dark = false): StyleSpecification {
  const outlines = buildRasterPackageStyle({ ...d, tiles: [], labelTiles: [] }, data, frame, dark);
  const source = { type: 'vector' as const, tiles: d.tiles, minzoom: d.minzoom, maxzoom: d.maxzoom, attribution: d.attribution || undefined, ...(d.bounds ? { bounds: d.bounds } : {}) };
  const base = plainVectorLayers(d.vectorLayers, dark);
  return {
    ...outlines,
    sources: { ...outlines.sources, package: source },
    layers: [outlines.layers[0], ...base, ...outlines.layers.filter((l) => l.id !== 'background' && l.id !== 'package')],
  };
}

function plainVectorLayers(vectorLayers: string[], dark: boolean): LayerSpecification[] {
  const ink = dark ? '#4f6f9e' : '#9aa3ad';
  return vectorLayers.flatMap((layer): LayerSpecification[] => [
    { id: `pkg-${layer}-fill`, type: 'fill', source: 'package', 'source-layer': layer, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': ink, 'fill-opacity': 0.25 } },
    { id: `pkg-${layer}-line`, type: 'line', source: 'package', 'source-layer': layer, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': ink, 'line-width': 1 } },
  ]);
}
