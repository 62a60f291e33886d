import { existsSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  BasemapInputError,
  buildTilesetMetadata,
  createBasemapCollector,
  cutVectorTiles,
  OPENMAPTILES_LAYERS,
  type Bbox,
  type OsmElement,
} from '../../core/basemap/index';
import { readOsmPbf } from './basemap/read-osm-pbf';
import { readOsmXml } from './basemap/read-osm-xml';
import { writeMbtiles, type StoredTile } from './basemap/write-mbtiles';
import { writePmtiles } from './basemap/write-pmtiles';

// `npm run basemap -- --osm <extract.osm.pbf|.osm|.osm.gz> [--bbox w,s,e,n] [--minzoom 8] [--maxzoom 14]
//   [--name NAME] --out <basemap.pmtiles|basemap.mbtiles>`
// Makes an offline vector base map from an OpenStreetMap extract (issue 11, part 5): roads, road names, water,
// waterways, buildings and places in the OpenMapTiles schema (core/basemap/openmaptiles-schema.ts), cut into
// gzip'ed Mapbox Vector Tiles per zoom and packed as PMTiles v3 or MBTiles, chosen by --out's extension. The app
// draws it with BASEMAP_KIND=pmtiles|mbtiles BASEMAP_PATH=<file> and its bundled OpenMapTiles style.
// With --bbox only features touching the box are kept and only tiles touching it are cut; without it, the extent
// of the extract's features. Reads the file once, and a second time for the member ways of water and building
// multipolygons when there are any. Memory: 16 bytes per node of the extract plus the features and tiles, so cut a
// province-sized extract to the city first (osmium extract -b …) or pass --bbox.
// Prints progress and a summary; the last stdout line is one JSON object {out, format, features (per layer),
// tiles (per zoom), tileCount, bytes, seconds}.
// Exit codes: 0 done, 2 bad input (one line on stderr, Chinese then English, never a stack trace; nothing is
// written at --out), 1 an unexpected failure.

class UsageError extends Error {}

const maxZoomLimit = 16; // past z16 a city package grows by 4× a zoom for nothing MapLibre cannot overzoom

type OsmFormat = 'pbf' | 'xml' | 'xml.gz';

function formatOf(path: string): OsmFormat {
  if (/\.pbf$/i.test(path)) return 'pbf';
  if (/\.osm$/i.test(path)) return 'xml';
  if (/\.osm\.gz$/i.test(path)) return 'xml.gz';
  throw new UsageError(`--osm 的扩展名须为 .osm.pbf、.osm 或 .osm.gz：${path}（--osm must end in .osm.pbf, .osm or .osm.gz）`);
}

function parseBbox(text: string): Bbox {
  const parts = text.split(',').map((p) => p.trim());
  const v = parts.map(Number);
  const ok = parts.length === 4 && parts.every((p) => p !== '') && v.every(Number.isFinite)
    && v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90 && v[0] < v[2] && v[1] < v[3];
  if (!ok) throw new UsageError(`--bbox 须为 西,南,东,北 四个经纬度且西<东、南<北，收到 "${text}"（--bbox must be w,s,e,n in degrees with w < e and s < n, got "${text}"）`);
  return v as Bbox;
}

function readOptions(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        osm: { type: 'string' },
        bbox: { type: 'string' },
        minzoom: { type: 'string', default: '8' },
        maxzoom: { type: 'string', default: '14' },
        name: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError(`参数有误：${err instanceof Error ? err.message : String(err)}（bad arguments）`);
  }
  if (!values.osm) throw new UsageError('缺少 --osm（missing --osm <extract.osm.pbf|.osm|.osm.gz>）');
  if (!values.out) throw new UsageError('缺少 --out（missing --out <basemap.pmtiles|basemap.mbtiles>）');
  const out = values.out;
  const kind = /\.pmtiles$/i.test(out) ? 'pmtiles' : /\.mbtiles$/i.test(out) ? 'mbtiles' : null;
  if (!kind) throw new UsageError(`--out 的扩展名须为 .pmtiles 或 .mbtiles：${out}（--out must end in .pmtiles or .mbtiles）`);
  const zoom = (name: 'minzoom' | 'maxzoom') => {
    const z = Number(values[name]);
    if (!Number.isInteger(z) || z < 0 || z > maxZoomLimit) {
      throw new UsageError(`--${name} 须为 0 到 ${maxZoomLimit} 的整数，收到 "${values[name]}"（--${name} must be an integer 0–${maxZoomLimit}）`);
    }
    return z;
  };
  const minzoom = zoom('minzoom');
  const maxzoom = zoom('maxzoom');
  if (minzoom > maxzoom) throw new UsageError(`--minzoom ${minzoom} 大于 --maxzoom ${maxzoom}（--minzoom is above --maxzoom）`);
  const osm = values.osm;
  const format = formatOf(osm);
  if (!existsSync(osm) || !statSync(osm).isFile()) throw new UsageError(`找不到 OSM 文件：${osm}（OSM file not found: ${osm}）`);
  if (!existsSync(dirname(out) || '.')) throw new UsageError(`--out 所在的文件夹不存在：${dirname(out)}（the folder of --out does not exist）`);
  return { osm, format, bbox: values.bbox === undefined ? null : parseBbox(values.bbox), minzoom, maxzoom, name: values.name, out, kind };
}

type Options = ReturnType<typeof readOptions>;

function readOsm(options: Options, withTags: boolean): AsyncGenerator<OsmElement> {
  return options.format === 'pbf' ? readOsmPbf(options.osm, { withTags }) : readOsmXml(options.osm, { gzip: options.format === 'xml.gz', withTags });
}

const count = (n: number) => n.toLocaleString('en');
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Both passes over the file; any failure to read or parse it is bad input. */
async function collectFeatures(options: Options) {
  const started = performance.now();
  const collector = createBasemapCollector({ bbox: options.bbox ?? undefined });
  let secondPass = 0;
  try {
    for await (const element of readOsm(options, true)) collector.addElement(element);
    const wanted = collector.memberWayIds();
    if (wanted.size > 0) {
      for await (const element of readOsm(options, false)) {
        if (element.type === 'way' && wanted.has(element.id)) {
          collector.addMemberWay(element);
          secondPass++;
        }
      }
    }
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 200);
    throw new UsageError(`无法读取 OSM 文件 ${options.osm}（cannot read the OSM file）：${reason}`);
  }
  const result = collector.finish();
  const { stats } = result;
  const again = secondPass > 0 ? `; ${count(secondPass)} multipolygon member ways read in a second pass` : '';
  console.log(`已读取 ${basename(options.osm)}：节点 ${count(stats.nodes)}、路径 ${count(stats.ways)}、关系 ${count(stats.relations)}（read: nodes, ways, relations${again}; ${elapsed(started)}）`);
  return result;
}

function cutTiles(features: Parameters<typeof cutVectorTiles>[0], options: Options, bbox: Bbox) {
  const started = performance.now();
  const tiles: StoredTile[] = [];
  const perZoom: Record<string, number> = {};
  for (const tile of cutVectorTiles(features, { minzoom: options.minzoom, maxzoom: options.maxzoom, bbox })) {
    tiles.push({ z: tile.z, x: tile.x, y: tile.y, data: gzipSync(tile.data) });
    perZoom[tile.z] = (perZoom[tile.z] ?? 0) + 1;
  }
  console.log(`瓦片（tiles）：${Object.entries(perZoom).map(([z, n]) => `z${z} ${count(n)}`).join('，')}（${elapsed(started)}）`);
  return { tiles, perZoom };
}

async function run(argv: string[]): Promise<number> {
  const started = performance.now();
  const options = readOptions(argv);
  const { features, extent, stats } = await collectFeatures(options);
  if (!extent) {
    const where = options.bbox ? `在 --bbox ${options.bbox.join(',')} 内` : '';
    throw new UsageError(`OSM 文件${where}没有可绘制的要素：道路、水系、建筑、地名（no roads, water, buildings or places in the extract${options.bbox ? ' within --bbox' : ''}）`);
  }
  const perLayer = Object.fromEntries(OPENMAPTILES_LAYERS.map((layer) => [layer, 0]));
  for (const f of features) perLayer[f.layer]++;
  const outside = options.bbox ? `（--bbox 外 ${count(stats.outsideBbox)} 个未收入，outside --bbox left out）` : '';
  console.log(`要素（features）：${OPENMAPTILES_LAYERS.map((l) => `${l} ${count(perLayer[l])}`).join('，')}${outside}`);

  const bounds = options.bbox ?? extent;
  const { tiles, perZoom } = cutTiles(features, options, bounds);
  if (tiles.length === 0) throw new UsageError(`第 ${options.minzoom}–${options.maxzoom} 级没有切出任何瓦片（no tile at zooms ${options.minzoom}–${options.maxzoom} holds a feature）`);
  const name = options.name ?? basename(options.out).replace(/\.(pm|mb)tiles$/i, '');
  const metadata = buildTilesetMetadata({ name, source: basename(options.osm), bounds, minzoom: options.minzoom, maxzoom: options.maxzoom });
  try {
    if (options.kind === 'pmtiles') writePmtiles(options.out, tiles, metadata);
    else writeMbtiles(options.out, tiles, metadata);
  } catch (err) {
    throw new UsageError(`无法写入 ${options.out}（cannot write --out）：${err instanceof Error ? err.message : String(err)}`);
  }
  const bytes = statSync(options.out).size;
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  console.log(`已写入 ${options.out}（wrote）：${options.kind === 'pmtiles' ? 'PMTiles v3' : 'MBTiles'}，瓦片 ${count(tiles.length)} 个，${count(bytes)} 字节，范围 ${metadata.bounds.join(',')}，第 ${options.minzoom}–${options.maxzoom} 级（${seconds} 秒）`);
  console.log(JSON.stringify({ out: options.out, format: options.kind, features: perLayer, tiles: perZoom, tileCount: tiles.length, bytes, seconds }));
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (err instanceof UsageError || err instanceof BasemapInputError) {
      console.error(`basemap: ${err.message}`);
      process.exitCode = 2;
    } else {
      console.error(`basemap: 意外失败（unexpected failure）：${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  },
);
