import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { cutVectorTiles } from './cut-vector-tiles';
import { findTileRange } from './find-tile-range';
import type { BasemapFeature, Bbox } from './types';

const monacoBox: Bbox = [7.4043, 43.7218, 7.4393, 43.752];
const road: BasemapFeature = {
  layer: 'transportation',
  minzoom: 12,
  feature: { type: 'Feature', properties: { class: 'minor' }, geometry: { type: 'LineString', coordinates: [[7.41, 43.73], [7.43, 43.745]] } },
};
const town: BasemapFeature = {
  layer: 'place',
  minzoom: 0,
  feature: { type: 'Feature', properties: { class: 'town', name: '摩纳哥', rank: 2 }, geometry: { type: 'Point', coordinates: [7.4246, 43.7384] } },
};

describe('findTileRange', () => {
  it('finds the z14 tile of Monaco centre, rows counted from the north', () => {
    expect(findTileRange([7.4246, 43.7384, 7.4246, 43.7384], 14)).toEqual({ x0: 8529, y0: 5974, x1: 8529, y1: 5974 });
    expect(findTileRange([-180, -90, 180, 90], 2)).toEqual({ x0: 0, y0: 0, x1: 3, y1: 3 });
  });
});

describe('cutVectorTiles', () => {
  const tiles = [...cutVectorTiles([road, town], { minzoom: 10, maxzoom: 14, bbox: monacoBox })];

  it('cuts only tiles that hold a feature, and a feature only from its own minzoom on', () => {
    const zooms = (layer: string) => [...new Set(tiles.filter((t) => layer in new VectorTile(new PbfReader(t.data)).layers).map((t) => t.z))];
    expect(zooms('place')).toEqual([10, 11, 12, 13, 14]);
    expect(zooms('transportation')).toEqual([12, 13, 14]);
    for (const t of tiles) expect(Object.keys(new VectorTile(new PbfReader(t.data)).layers).length).toBeGreaterThan(0);
    expect(tiles.filter((t) => t.z === 14).length).toBeLessThanOrEqual(6); // the Monaco box spans 2 × 3 z14 tiles
  });

  it('writes MVT layers of extent 4096 with the properties as given', () => {
    const centre = tiles.find((t) => t.z === 14 && t.x === 8529 && t.y === 5974)!;
    const layer = new VectorTile(new PbfReader(centre.data)).layers.place;
    expect(layer.extent).toBe(4096);
    expect(layer.feature(0).properties).toEqual({ class: 'town', name: '摩纳哥', rank: 2 });
  });

  it('refuses a reversed or out-of-range zoom range', () => {
    expect(() => [...cutVectorTiles([town], { minzoom: 14, maxzoom: 10, bbox: monacoBox })]).toThrow(/zoom range/);
    expect(() => [...cutVectorTiles([town], { minzoom: 0, maxzoom: 23, bbox: monacoBox })]).toThrow(/zoom range/);
  });
});
