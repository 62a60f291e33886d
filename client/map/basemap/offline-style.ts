import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { CommunityCollection, DistrictFeature, StreetCollection } from '../../api/feature-types';

export interface BasemapData {
  district?: DistrictFeature;
  streets?: StreetCollection;
  communities?: CommunityCollection;
}

// Quiet colours: the base map is the paper the overlays are drawn on.
export const basemapColours = {
  background: '#e4e8ec', // outside the district
  district: '#f6f4ee',
  districtLine: '#4f5966',
  districtHalo: '#ffffff',
  street: '#efe9dc',
  streetLine: '#8a8172',
  communityLine: '#b5ad9e',
} as const;

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

/**
 * A MapLibre style drawn only from our own data (district, streets, communities as inline GeoJSON sources):
 * no glyphs, sprite or tile URLs, so the base map needs nothing off the machine. Names are drawn by deck.gl.
 * Missing data gives empty sources, so the same style can be diffed in place when the data arrives.
 */
export function buildOfflineStyle({ district, streets, communities }: BasemapData): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': basemapColours.background } },
    { id: 'district-fill', type: 'fill', source: 'district', paint: { 'fill-color': basemapColours.district } },
    { id: 'street-fill', type: 'fill', source: 'streets', paint: { 'fill-color': basemapColours.street, 'fill-opacity': 0.9 } },
    {
      id: 'community-line',
      type: 'line',
      source: 'communities',
      paint: { 'line-color': basemapColours.communityLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
    },
    { id: 'street-line', type: 'line', source: 'streets', paint: { 'line-color': basemapColours.streetLine, 'line-width': 1.6 } },
    {
      id: 'district-halo',
      type: 'line',
      source: 'district',
      paint: { 'line-color': basemapColours.districtHalo, 'line-width': 7, 'line-opacity': 0.7 },
    },
    { id: 'district-line', type: 'line', source: 'district', paint: { 'line-color': basemapColours.districtLine, 'line-width': 2.2 } },
  ];
  return {
    version: 8,
    name: 'jingwang-offline',
    sources: {
      district: { type: 'geojson', data: district ?? emptyCollection },
      streets: { type: 'geojson', data: streets ?? emptyCollection },
      communities: { type: 'geojson', data: communities ?? emptyCollection },
    },
    layers,
  };
}
