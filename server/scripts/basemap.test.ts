import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { featureFilter, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import Database from 'better-sqlite3';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { findTileRange, OPENMAPTILES_LAYERS, type OsmElement } from '../../core/basemap/index';
import { buildOpenMapTilesStyle } from '../../client/map/basemap/openmaptiles-style';
import { writeOsmPbf } from '../../test/support/write-osm-pbf';
import { readOsmXml } from './basemap/read-osm-xml';

const script = 'server/scripts/basemap.ts';
const monaco = 'test/fixtures/monaco/monaco.osm.gz'; // © OpenStreetMap contributors, ODbL; see SOURCE.txt there
const dir = mkdtempSync(join(tmpdir(), 'basemap-cli-'));
const centre: [number, number] = [7.4246, 43.7384];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in a child process; the runs of a describe block start together (each spends most of its time starting tsx). */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { timeout: 90_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);

function openPmtiles(path: string) {
  const file = readFileSync(path);
  const source: Source = {
    getKey: () => path,
    getBytes: async (offset, length) => ({ data: file.buffer.slice(file.byteOffset + offset, file.byteOffset + offset + length) as ArrayBuffer }),
  };
  return new PMTiles(source);
}

/** Every tile of an MBTiles file by XYZ key ('z/x/y', rows from the north), gunzipped. */
function readMbtiles(path: string) {
  const db = new Database(path, { readonly: true });
  const rows = db.prepare('SELECT zoom_level AS z, tile_column AS x, tile_row AS row, tile_data AS data FROM tiles').all() as { z: number; x: number; row: number; data: Buffer }[];
  const metadata = Object.fromEntries((db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[]).map((r) => [r.name, r.value]));
  db.close();
  return { metadata, tiles: new Map(rows.map((r) => [`${r.z}/${r.x}/${2 ** r.z - 1 - r.row}`, gunzipSync(r.data)])) };
}

/** Per layer of a decoded tile: the features' geometry types (1 point, 2 line, 3 polygon) and their names. */
function describeTile(bytes: Uint8Array) {
  const tile = new VectorTile(new PbfReader(bytes));
  return Object.fromEntries(
    Object.entries(tile.layers).map(([id, layer]) => {
      const features = Array.from({ length: layer.length }, (_, i) => layer.feature(i));
      return [id, { count: layer.length, types: new Set(features.map((f) => f.type)), names: new Set(features.map((f) => f.properties.name).filter(Boolean)), classes: new Set(features.map((f) => f.properties.class)) }];
    }),
  );
}

const pmtilesOut = join(dir, 'monaco.pmtiles');
const mbtilesOut = join(dir, 'monaco.mbtiles');
const westOut = join(dir, 'west.pmtiles');
let pmtilesRun: Run;
let mbtilesRun: Run;
let pbfRun: Run;
let westRun: Run;

beforeAll(async () => {
  // The same extract as OSM PBF, to read it through the PBF reader.
  const elements: OsmElement[] = [];
  for await (const e of readOsmXml(monaco, { gzip: true, withTags: true })) elements.push(e);
  const pbf = join(dir, 'monaco.osm.pbf');
  writeFileSync(pbf, writeOsmPbf(elements));
  [pmtilesRun, mbtilesRun, pbfRun, westRun] = await Promise.all([
    cli('--osm', monaco, '--out', pmtilesOut),
    cli('--osm', monaco, '--minzoom', '8', '--maxzoom', '14', '--out', mbtilesOut),
    cli('--osm', pbf, '--out', join(dir, 'from-pbf.pmtiles')),
    cli('--osm', monaco, '--bbox', '7.404,43.72,7.42,43.74', '--minzoom', '12', '--out', westOut),
  ]);
}, 120_000);

describe('npm run basemap on the Monaco extract', () => {
  it('reports features per layer, tiles per zoom, bytes and seconds', () => {
    expect(pmtilesRun.stderr).toBe('');
    expect(pmtilesRun.status).toBe(0);
    const summary = lastJson(pmtilesRun.stdout);
    expect(Object.keys(summary.features)).toEqual([...OPENMAPTILES_LAYERS]);
    expect(summary.features.transportation).toBeGreaterThan(800); // 866 highway ways, less areas and platforms
    expect(summary.features.building).toBeGreaterThan(900);
    expect(summary.features.transportation_name).toBeGreaterThan(250);
    expect(summary.features.water).toBeGreaterThanOrEqual(7); // the sea, ponds, a pool
    expect(summary.features.place).toBeGreaterThanOrEqual(5);
    expect(summary.features.landcover).toBeGreaterThanOrEqual(15); // parks, gardens, beaches
    expect(Object.keys(summary.tiles)).toEqual(['8', '9', '10', '11', '12', '13', '14']);
    expect(summary.tileCount).toBe(Object.values(summary.tiles as Record<string, number>).reduce((a, b) => a + b, 0));
    expect(summary.bytes).toBe(readFileSync(pmtilesOut).length);
    expect(summary.seconds).toBeGreaterThan(0);
    expect(pmtilesRun.stdout).toMatch(/^要素（features）：landcover \d+，water \d+，waterway \d+，building \d+，transportation \d+/m);
  });

  it('writes a PMTiles v3 archive whose header the pmtiles reader reads as written', async () => {
    const header = await openPmtiles(pmtilesOut).getHeader();
    expect(header).toMatchObject({ specVersion: 3, tileType: 1, tileCompression: 2, internalCompression: 2, minZoom: 8, maxZoom: 14, clustered: true });
    // The extract's roads and buildings span 7.4043–7.4393 E, 43.7218–43.7520 N.
    expect(header.minLon).toBeCloseTo(7.4043, 3);
    expect(header.maxLon).toBeCloseTo(7.4393, 3);
    expect(header.minLat).toBeCloseTo(43.7218, 3);
    expect(header.maxLat).toBeCloseTo(43.752, 3);
    expect(header.numAddressedTiles).toBe(lastJson(pmtilesRun.stdout).tileCount);
    const metadata = (await openPmtiles(pmtilesOut).getMetadata()) as { attribution: string; vector_layers: { id: string }[] };
    expect(metadata.attribution).toBe('© OpenStreetMap contributors (ODbL)');
    expect(metadata.vector_layers.map((l) => l.id)).toEqual([...OPENMAPTILES_LAYERS]);
  });

  it('writes the same tiles to MBTiles (TMS rows) and PMTiles: every tile reads back byte-identical', async () => {
    expect(mbtilesRun.status).toBe(0);
    const { tiles, metadata } = readMbtiles(mbtilesOut);
    expect(tiles.size).toBe(lastJson(pmtilesRun.stdout).tileCount);
    const reader = openPmtiles(pmtilesOut);
    for (const [key, bytes] of tiles) {
      const [z, x, y] = key.split('/').map(Number);
      const got = await reader.getZxy(z, x, y);
      expect(Buffer.from(got!.data).equals(bytes), key).toBe(true);
    }
    expect(metadata).toMatchObject({ format: 'pbf', minzoom: '8', maxzoom: '14', attribution: '© OpenStreetMap contributors (ODbL)' });
    expect(metadata.bounds.split(',').map(Number)).toHaveLength(4);
    expect(metadata.center.split(',').map(Number)).toHaveLength(3);
    const layers = JSON.parse(metadata.json).vector_layers as { id: string; fields: Record<string, string> }[];
    expect(layers.map((l) => l.id)).toEqual([...OPENMAPTILES_LAYERS]);
    expect(layers.find((l) => l.id === 'transportation_name')!.fields).toMatchObject({ name: 'String', 'name:zh': 'String', class: 'String' });
  });

  it('puts roads, named roads, the sea and buildings in the z14 tile at Monaco centre', async () => {
    const { x0: x, y0: y } = findTileRange([...centre, ...centre], 14);
    const got = await openPmtiles(pmtilesOut).getZxy(14, x, y);
    const layers = describeTile(new Uint8Array(got!.data));
    expect(layers.transportation.types).toEqual(new Set([2]));
    expect(layers.transportation.classes).toEqual(expect.objectContaining(new Set(['primary', 'secondary', 'minor', 'service', 'path'])));
    expect(layers.transportation.count).toBeGreaterThan(300);
    expect(layers.transportation_name.names).toContain('Boulevard Albert 1er');
    expect(layers.transportation_name.names).toContain('Boulevard Princesse Charlotte');
    expect(layers.water.classes).toContain('ocean'); // Port Hercule, from the coastline
    expect(layers.water.types).toEqual(new Set([3]));
    expect(layers.building.count).toBeGreaterThan(300);
    expect(layers.place.names).toContain('La Condamine');
    expect(layers.place.names).toContain('摩纳哥'); // name:zh preferred for the label
  });

  it('has features in the centre tile for each layer of the bundled OpenMapTiles style (its filters match our fields)', async () => {
    const { x0: x, y0: y } = findTileRange([...centre, ...centre], 14);
    const tile = new VectorTile(new PbfReader(new Uint8Array((await openPmtiles(pmtilesOut).getZxy(14, x, y))!.data)));
    const style = buildOpenMapTilesStyle({ sourceUrl: { tiles: ['/t/{z}/{x}/{y}'] }, dark: false, minzoom: 8, maxzoom: 14, attribution: '' });
    const matched: Record<string, number> = {};
    for (const layer of style.layers) {
      if (!('source-layer' in layer) || !layer['source-layer'] || !tile.layers[layer['source-layer']]) continue;
      const source = tile.layers[layer['source-layer']];
      const filter = featureFilter(('filter' in layer ? layer.filter : undefined) as FilterSpecification | undefined);
      matched[layer.id] = 0;
      for (let i = 0; i < source.length; i++) {
        const f = source.feature(i);
        if (filter.filter({ zoom: 14 }, { type: f.type, properties: f.properties as Record<string, string | number | boolean> })) matched[layer.id]++;
      }
    }
    for (const id of ['landcover', 'water', 'building', 'road-path', 'road-casing', 'road', 'road-label', 'road-label-minor', 'place-suburb', 'place-town']) {
      expect(matched[id], id).toBeGreaterThan(0);
    }
  });

  it('leaves buildings out of tiles below zoom 13', () => {
    const zooms = new Set<number>();
    for (const [key, bytes] of readMbtiles(mbtilesOut).tiles) if ('building' in new VectorTile(new PbfReader(bytes)).layers) zooms.add(Number(key.split('/')[0]));
    expect([...zooms].sort()).toEqual([13, 14]);
  });

  it('writes an MBTiles file GDAL opens as vector layers', () => {
    const run = spawnSync('ogrinfo', ['-ro', '-so', mbtilesOut], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const layer of OPENMAPTILES_LAYERS) expect(run.stdout).toMatch(new RegExp(`^\\d+: ${layer}\\b`, 'm'));
    expect(run.stdout).toMatch(/format=pbf/);
  });

  it('reads the same extract as OSM PBF into the same features and tiles', () => {
    expect(pbfRun.stderr).toBe('');
    const [fromPbf, fromXml] = [lastJson(pbfRun.stdout), lastJson(pmtilesRun.stdout)];
    expect(fromPbf.features).toEqual(fromXml.features);
    expect(fromPbf.tiles).toEqual(fromXml.tiles);
  });

  it('keeps to --bbox: only features touching it, bounds as given', async () => {
    expect(westRun.status).toBe(0);
    const summary = lastJson(westRun.stdout);
    expect(summary.features.building).toBeLessThan(lastJson(pmtilesRun.stdout).features.building);
    expect(westRun.stdout).toMatch(/outside --bbox left out/);
    const header = await openPmtiles(westOut).getHeader();
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([7.404, 43.72, 7.42, 43.74]);
    expect(header.minZoom).toBe(12);
  });
});

describe('npm run basemap on bad input', () => {
  const bad = (name: string, contents: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, contents);
    return path;
  };
  const cases: [string, () => string[], RegExp][] = [
    ['a missing OSM file', () => ['--osm', join(dir, 'nowhere.osm.pbf'), '--out', join(dir, 'bad.pmtiles')], /找不到 OSM 文件.*OSM file not found/],
    ['an --out that is neither .pmtiles nor .mbtiles', () => ['--osm', monaco, '--out', join(dir, 'bad.geojson')], /--out 的扩展名.*--out must end in \.pmtiles or \.mbtiles/],
    ['a malformed --bbox', () => ['--osm', monaco, '--bbox', '7.4,43.7,7.3', '--out', join(dir, 'bad.pmtiles')], /--bbox 须为.*--bbox must be w,s,e,n/],
    ['a --bbox with no features in it', () => ['--osm', monaco, '--bbox', '116.3,39.9,116.4,40', '--out', join(dir, 'bad.mbtiles')], /没有可绘制的要素.*no roads, water, buildings or places/],
    ['a file that is not gzip', () => ['--osm', bad('broken.osm.gz', 'not gzip at all'), '--out', join(dir, 'bad.pmtiles')], /无法读取 OSM 文件.*cannot read the OSM file/],
    ['XML that is not OSM', () => ['--osm', bad('page.osm', '<html><body>hi</body></html>'), '--out', join(dir, 'bad.pmtiles')], /无法读取 OSM 文件.*not an OSM XML file/],
    ['a PBF file of noise', () => ['--osm', bad('noise.osm.pbf', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256))), '--out', join(dir, 'bad.mbtiles')], /无法读取 OSM 文件.*not an OSM PBF file/],
  ];
  const runs = new Map<string, Run>();
  beforeAll(async () => {
    const done = await Promise.all(cases.map(([, args]) => cli(...args())));
    cases.forEach(([what], k) => runs.set(what, done[k]));
  }, 120_000);
  for (const [what, , message] of cases) {
    it(`exits 2 with one line, Chinese first, and writes nothing for ${what}`, () => {
      const run = runs.get(what)!;
      expect(run.status).toBe(2);
      expect(run.stdout.includes('features:')).toBe(false);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^basemap: [^（]*[\u4e00-\u9fff][^（]*（/);
      expect(lines[0]).toMatch(message);
      expect(readdirSync(dir).filter((f) => f.startsWith('bad.') || f.includes('.partial-'))).toEqual([]);
    });
  }
});
