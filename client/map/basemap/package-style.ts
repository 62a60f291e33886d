import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { BasemapDescription } from '../../../core/contracts/basemap';
import { shiftNested } from '../display-frame-layers';
import type { DisplayFrame } from '../display-frame';
import { basemapColours, type BasemapData } from './offline-style';

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/** A GeoJSON object with every position moved into the display frame (a GCJ-02 package): copied, not mutated. */
function shiftGeoJson<T>(data: T | undefined, frame: DisplayFrame): T | typeof emptyCollection {
  if (!data) return emptyCollection;
  if (!frame.shifted) return data;
  const shiftFeature = (f: { geometry: { coordinates: unknown } | null }) =>
    f.geometry ? { ...f, geometry: { ...f.geometry, coordinates: shiftNested(f.geometry.coordinates, frame) } } : f;
  const d = data as unknown as { type: string; features?: { geometry: { coordinates: unknown } | null }[] };
  return (d.type === 'FeatureCollection' ? { ...d, features: d.features!.map(shiftFeature) } : shiftFeature(d as never)) as T;
}

/**
 * A raster package (an XYZ folder, MBTiles or PMTiles of images, or an intranet WMTS through the server's
 * proxy) with its optional label layer, and our district, street and community outlines over it, shifted into
 * the package's frame. Every URL is the app's own. `dark` dims the imagery for the wall.
 */
export function buildRasterPackageStyle(d: BasemapDescription, data: BasemapData, frame: DisplayFrame, dark = false): StyleSpecification {
  const raster = (tiles: string[]): SourceSpecification => ({
    type: 'raster', tiles, tileSize: d.tileSize, minzoom: d.minzoom, maxzoom: d.maxzoom, attribution: d.attribution || undefined,
    ...(d.bounds ? { bounds: d.bounds } : {}),
  });
  const dim = dark ? { 'raster-brightness-max': 0.45, 'raster-saturation': -0.6, 'raster-contrast': 0.1 } : {};
  const line = dark ? '#7cc4ff' : basemapColours.districtLine;
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': dark ? '#060b14' : basemapColours.background } },
    { id: 'package', type: 'raster', source: 'package', paint: dim },
    ...(d.labelTiles.length > 0 ? [{ id: 'package-labels', type: 'raster', source: 'package-labels', paint: dim } as LayerSpecification] : []),
    { id: 'community-line', type: 'line', source: 'communities', paint: { 'line-color': dark ? '#2f4466' : basemapColours.communityLine, 'line-width': 0.8, 'line-dasharray': [3, 2] } },
    { id: 'street-line', type: 'line', source: 'streets', paint: { 'line-color': dark ? '#4f6f9e' : basemapColours.streetLine, 'line-width': 1.6 } },
    { id: 'district-line', type: 'line', source: 'district', paint: { 'line-color': line, 'line-width': 2.2 } },
  ];
  return {
    version: 8,
    name: `jingwang-package-${d.kind}`,
    sources: {
      package: raster(d.tiles),
      ...(d.labelTiles.length > 0 ? { 'package-labels': raster(d.labelTiles) } : {}),
      district: { type: 'geojson', data: shiftGeoJson(data.district, frame) as never },
      streets: { type: 'geojson', data: shiftGeoJson(data.streets, frame) as never },
      communities: { type: 'geojson', data: shiftGeoJson(data.communities, frame) as never },
    },
    layers,
  };
}
