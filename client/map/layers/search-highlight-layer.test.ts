import { describe, expect, it } from 'vitest';
import { searchHighlightFeatures, searchHighlightLayer } from './search-highlight-layer';

describe('searchHighlightLayer', () => {
  it('outlines an area by its box and marks its point', () => {
    const fc = searchHighlightFeatures({ kind: 'grid', lngLat: [107.5, 31.2], bbox: [107.49, 31.19, 107.51, 31.21] });
    expect(fc.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'Point']);
    expect(fc.features[0].geometry.coordinates).toEqual([[[107.49, 31.19], [107.51, 31.19], [107.51, 31.21], [107.49, 31.21], [107.49, 31.19]]]);
  });

  it('marks a point place, or a building too small to outline, by its point only', () => {
    expect(searchHighlightFeatures({ kind: 'key_place', lngLat: [107.5, 31.2], bbox: null }).features).toHaveLength(1);
    expect(searchHighlightFeatures({ kind: 'building', lngLat: [107.5, 31.2], bbox: [107.4999, 31.1999, 107.5001, 31.2001] }).features).toHaveLength(1);
  });

  it('is one layer with a fixed id, WGS-84 data as given', () => {
    const layer = searchHighlightLayer({ kind: 'address', lngLat: [107.5, 31.2], bbox: null });
    expect(layer.id).toBe('search-highlight');
    expect((layer.props.data as { features: { geometry: { coordinates: unknown } }[] }).features[0].geometry.coordinates).toEqual([107.5, 31.2]);
  });
});
