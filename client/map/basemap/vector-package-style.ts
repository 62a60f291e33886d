import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapDescription } from '../../../core/contracts/basemap';
import type { DisplayFrame } from '../display-frame';
import type { BasemapData } from './offline-style';
import { buildOpenMapTilesStyle } from './openmaptiles-style';
import { buildRasterPackageStyle } from './package-style';
import { buildProtomapsStyle } from './protomaps-style';

/**
 * A vector package (MBTiles or PMTiles of vector tiles) drawn with the bundled style of its schema
 * (OpenMapTiles or Protomaps), with our outlines over it. A package of another schema is drawn plainly: every
 * layer's polygons, lines and points in grey, so at least its shapes show.
 */
export function buildVectorPackageStyle(d: BasemapDescription, data: BasemapData, frame: DisplayFrame, dark = false): StyleSpecification {
  const outlines = buildRasterPackageStyle({ ...d, tiles: [], labelTiles: [] }, data, frame, dark);
  const ours = outlines.layers.filter((l) => l.id !== 'background' && l.id !== 'package');
  const oursSources = { district: outlines.sources.district, streets: outlines.sources.streets, communities: outlines.sources.communities };
  const bundled = d.vectorSchema === 'openmaptiles' ? buildOpenMapTilesStyle : d.vectorSchema === 'protomaps' ? buildProtomapsStyle : null;
  if (bundled) {
    const style = bundled({ sourceUrl: { tiles: d.tiles }, dark, minzoom: d.minzoom, maxzoom: d.maxzoom, attribution: d.attribution });
    // Our outlines go under the package's labels, so a road name is never crossed by a district line.
    const firstLabel = style.layers.findIndex((l) => l.type === 'symbol');
    const at = firstLabel < 0 ? style.layers.length : firstLabel;
    return { ...style, sources: { ...style.sources, ...oursSources }, layers: [...style.layers.slice(0, at), ...ours, ...style.layers.slice(at)] };
  }
  const source = { type: 'vector' as const, tiles: d.tiles, minzoom: d.minzoom, maxzoom: d.maxzoom, attribution: d.attribution || undefined, ...(d.bounds ? { bounds: d.bounds } : {}) };
  return {
    ...outlines,
    sources: { ...oursSources, package: source },
    layers: [outlines.layers[0], ...plainVectorLayers(d.vectorLayers, dark), ...ours],
  };
}

function plainVectorLayers(vectorLayers: string[], dark: boolean): LayerSpecification[] {
  const ink = dark ? '#4f6f9e' : '#9aa3ad';
  return vectorLayers.flatMap((layer): LayerSpecification[] => [
    { id: `pkg-${layer}-fill`, type: 'fill', source: 'package', 'source-layer': layer, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': ink, 'fill-opacity': 0.25 } },
    { id: `pkg-${layer}-line`, type: 'line', source: 'package', 'source-layer': layer, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': ink, 'line-width': 1 } },
  ]);
}
