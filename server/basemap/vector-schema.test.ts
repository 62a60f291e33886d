import { describe, expect, it } from 'vitest';
import { detectVectorSchema, vectorLayerIds } from './vector-schema';

describe('the vector schema of a package', () => {
  it('recognises OpenMapTiles by transportation, water and a place layer', () => {
    expect(detectVectorSchema(['water', 'landcover', 'transportation', 'transportation_name', 'place', 'poi'])).toBe('openmaptiles');
    expect(detectVectorSchema(['transportation', 'water', 'place_label'])).toBe('openmaptiles');
  });

  it('recognises Protomaps basemaps by roads, earth or water, and places', () => {
    expect(detectVectorSchema(['earth', 'landuse', 'roads', 'places', 'pois'])).toBe('protomaps');
    expect(detectVectorSchema(['water', 'roads', 'places'])).toBe('protomaps');
  });

  it('gives null for any other set of layers, and for none', () => {
    expect(detectVectorSchema(['buildings', 'roads'])).toBeNull();
    expect(detectVectorSchema(['transportation', 'water'])).toBeNull();
    expect(detectVectorSchema([])).toBeNull();
  });

  it('reads the ids of a vector_layers array and nothing from anything else', () => {
    expect(vectorLayerIds([{ id: 'water' }, { id: 3 }, null, { id: 'roads' }])).toEqual(['water', 'roads']);
    expect(vectorLayerIds({ water: {} })).toEqual([]);
    expect(vectorLayerIds(undefined)).toEqual([]);
  });
});
