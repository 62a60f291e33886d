import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dbfTable } from './shapefile-fields';

describe('the dbf table of a large collection', () => {
  it('types and sizes 200,000 features’ fields (a spread of that many arguments overflowed the stack)', () => {
    const features: Feature[] = Array.from({ length: 200_000 }, (_, i) => ({
      type: 'Feature', geometry: { type: 'Point', coordinates: [107.5, 31.2] }, properties: { n: i, x: i + 0.25, name: `第${i}号` },
    }));
    const { fields } = dbfTable(features);
    expect(fields.map((f) => [f.field, f.type, f.width, f.decimals])).toEqual([
      ['n', 'N', 6, 0],
      ['x', 'N', 9, 2],
      ['name', 'C', Buffer.byteLength('第199999号'), 0],
    ]);
  });
});
