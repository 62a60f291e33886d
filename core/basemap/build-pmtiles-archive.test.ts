import { gunzipSync, gzipSync } from 'node:zlib';
import { PMTiles, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { buildPmtilesArchive, type BuildPmtilesOptions, type PmtilesTileInput } from './build-pmtiles-archive';
import { encodePmtilesDirectory } from './encode-pmtiles-directory';

const options: BuildPmtilesOptions = {
  tileType: 1,
  tileCompression: 2,
  minZoom: 0,
  maxZoom: 14,
  bounds: [7.4043415, 43.7217714, 7.439278, 43.7519628],
  center: [7.42, 43.73],
  centerZoom: 13,
  metadata: { name: 'test', vector_layers: [{ id: 'water', fields: {} }] },
  gzip: (b) => gzipSync(b),
};

/** The `pmtiles` package's own reader over an in-memory archive. */
function readerOf(parts: Uint8Array[]) {
  const file = Buffer.concat(parts);
  const source: Source = {
    getKey: () => 'memory',
    getBytes: async (offset, length) => ({ data: file.buffer.slice(file.byteOffset + offset, file.byteOffset + offset + length) as ArrayBuffer }),
  };
  return { file, reader: new PMTiles(source) };
}

const gz = (text: string) => gzipSync(Buffer.from(text));

describe('buildPmtilesArchive', () => {
  it('writes an archive the pmtiles reader opens, with every tile byte-identical and the header as given', async () => {
    const tiles: PmtilesTileInput[] = [
      { z: 0, x: 0, y: 0, data: gz('world') },
      { z: 14, x: 8529, y: 5974, data: gz('monaco centre') },
      { z: 14, x: 8530, y: 5974, data: gz('monaco east') },
      { z: 3, x: 4, y: 2, data: gz('europe') },
    ];
    const { parts, header } = buildPmtilesArchive(tiles, options);
    const { file, reader } = readerOf(parts);
    const h = await reader.getHeader();
    expect(h).toMatchObject({ specVersion: 3, tileType: 1, tileCompression: 2, internalCompression: 2, minZoom: 0, maxZoom: 14, clustered: true, centerZoom: 13 });
    expect([h.minLon, h.minLat, h.maxLon, h.maxLat]).toEqual(options.bounds);
    expect([h.centerLon, h.centerLat]).toEqual(options.center);
    expect(h).toMatchObject({ numAddressedTiles: 4, numTileEntries: 4, numTileContents: 4, leafDirectoryLength: 0 });
    expect(h.tileDataOffset + (h.tileDataLength ?? 0)).toBe(file.length);
    expect(header.tileDataLength).toBe(h.tileDataLength);
    for (const t of tiles) {
      const got = await reader.getZxy(t.z, t.x, t.y);
      expect(Buffer.from(got!.data)).toEqual(gunzipSync(t.data));
    }
    expect(await reader.getZxy(14, 8531, 5974)).toBeUndefined();
    expect(await reader.getMetadata()).toEqual(options.metadata);
  });

  it('stores equal tiles once and merges a run of them into one entry', async () => {
    const sea = gz('all sea');
    const tiles = [0, 1, 2, 3].flatMap((x) => [0, 1, 2, 3].map((y) => ({ z: 2, x, y, data: x === 0 && y === 0 ? gz('land') : sea })));
    const { parts, header } = buildPmtilesArchive(tiles, options);
    expect(header.numAddressedTiles).toBe(16);
    expect(header.numTileContents).toBe(2);
    expect(header.numTileEntries).toBeLessThan(16);
    const { reader } = readerOf(parts);
    for (const t of tiles) expect(Buffer.from((await reader.getZxy(t.z, t.x, t.y))!.data)).toEqual(gunzipSync(t.data));
  });

  it('moves entries into leaf directories when the root would pass 16,384 bytes, and they still read back', async () => {
    // Every z8 tile, each of its own content and of a pseudo-random length, so the directory compresses badly.
    const tiles: PmtilesTileInput[] = [];
    let seed = 1;
    for (let x = 0; x < 256; x++) {
      for (let y = 0; y < 256; y++) {
        seed = (seed * 48271) % 2147483647;
        const data = new Uint8Array(4 + (seed % 251));
        new DataView(data.buffer).setUint32(0, x * 256 + y);
        tiles.push({ z: 8, x, y, data });
      }
    }
    const { parts, header } = buildPmtilesArchive(tiles, { ...options, tileCompression: 1, minZoom: 8, maxZoom: 8 });
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect(header.numTileContents).toBe(65_536);
    const { reader } = readerOf(parts);
    for (const t of [tiles[0], tiles[777], tiles[4095], tiles[4096], tiles[40_000], tiles[tiles.length - 1]]) {
      expect(Buffer.from((await reader.getZxy(t.z, t.x, t.y))!.data)).toEqual(Buffer.from(t.data));
    }
  });

  it('refuses an archive without tiles, an empty tile or a tile given twice', () => {
    expect(() => buildPmtilesArchive([], options)).toThrow(/at least one tile/);
    expect(() => buildPmtilesArchive([{ z: 0, x: 0, y: 0, data: new Uint8Array() }], options)).toThrow(/empty/);
    const twice = [{ z: 1, x: 0, y: 0, data: gz('a') }, { z: 1, x: 0, y: 0, data: gz('b') }];
    expect(() => buildPmtilesArchive(twice, options)).toThrow(/twice/);
  });
});

describe('encodePmtilesDirectory', () => {
  it('writes the count, delta ids, run lengths, lengths and offsets (0 when contiguous, else offset + 1) as varints', () => {
    const bytes = encodePmtilesDirectory([
      { tileId: 5, offset: 0, length: 300, runLength: 1 },
      { tileId: 6, offset: 300, length: 10, runLength: 2 },
      { tileId: 9, offset: 0, length: 300, runLength: 1 },
    ]);
    expect([...bytes]).toEqual([3, 5, 1, 3, 1, 2, 1, 0xac, 0x02, 10, 0xac, 0x02, 1, 0, 1]);
  });

  it('refuses an empty directory and unsorted entries', () => {
    expect(() => encodePmtilesDirectory([])).toThrow();
    expect(() => encodePmtilesDirectory([{ tileId: 2, offset: 0, length: 1, runLength: 1 }, { tileId: 1, offset: 1, length: 1, runLength: 1 }])).toThrow(/sorted/);
  });
});
