import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { decodeIncidentColumns } from '../../core/contracts/incidents';
import type { TileJson } from '../../core/contracts/tiles';
import type { Target } from './bench-demo-database';
import { formatRatios, timeInterleaved } from './measure';

// Issue 14, item 2: which path the map should take for grids and incidents at the district's scale, as data in hand
// (fetched in-process and decoded, as the page would before drawing): grids from /api/grids (GeoJSON, with the figures
// the fill colours need) against every z12 grid tile over the district; a year of incidents from the binary column
// answer the heatmap reads against every z12 incident tile (which hold all incidents, with no period filter).

const runs = 7;

async function body(t: Target, path: string): Promise<ArrayBuffer> {
  const res = await t.app.request(path, { headers: { cookie: t.cookie, accept: path.includes('format=binary') ? 'application/octet-stream' : '*/*' } });
  if (res.status !== 200 && res.status !== 204) throw new Error(`${path} answered ${res.status}`);
  return res.arrayBuffer();
}

/** The z tiles covering [w, s, e, n] (Web Mercator, xyz). */
function tilesOver([w, s, e, n]: number[], z: number): { x: number; y: number }[] {
  const count = 2 ** z;
  const x = (lng: number) => Math.floor(((lng + 180) / 360) * count);
  const y = (lat: number) => Math.floor(((1 - Math.log(Math.tan((lat * Math.PI) / 180) + 1 / Math.cos((lat * Math.PI) / 180)) / Math.PI) / 2) * count);
  const out: { x: number; y: number }[] = [];
  for (let i = x(w); i <= x(e); i++) for (let j = y(n); j <= y(s); j++) out.push({ x: i, y: j });
  return out;
}

async function readTiles(t: Target, layer: string, z: number, tiles: { x: number; y: number }[]): Promise<{ features: number; bytes: number }> {
  let features = 0;
  let bytes = 0;
  await Promise.all(
    tiles.map(async ({ x, y }) => {
      const b = await body(t, `/tiles/${layer}/${z}/${x}/${y}.mvt`);
      bytes += b.byteLength;
      if (b.byteLength === 0) return;
      const l = new VectorTile(new PbfReader(new Uint8Array(b))).layers[layer];
      for (let k = 0; k < (l?.length ?? 0); k++) l.feature(k).loadGeometry();
      features += l?.length ?? 0;
    }),
  );
  return { features, bytes };
}

export async function benchMapDataPaths(engine: string, t: Target, log: (line: string) => void): Promise<void> {
  const tileJson = JSON.parse(new TextDecoder().decode(await body(t, '/tiles/grids.json'))) as TileJson;
  const z = 12;
  const cover = tilesOver(tileJson.bounds, z);
  const to = new Date();
  const from = new Date(to.getTime() - 365 * 86_400_000);
  const binary = `/api/incidents?format=binary&from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const seen: Record<string, string> = {};
  const timings = await timeInterleaved(
    [
      {
        label: 'grids: /api/grids GeoJSON, fetched and parsed',
        run: async () => {
          const b = await body(t, '/api/grids');
          const n = (JSON.parse(new TextDecoder().decode(b)) as { features: unknown[] }).features.length;
          seen.gridsJson = `${n} grids, ${(b.byteLength / 1024).toFixed(0)} KB`;
        },
      },
      {
        label: `grids: ${cover.length} z${z} tiles, fetched and decoded`,
        run: async () => {
          const r = await readTiles(t, 'grids', z, cover);
          seen.gridsTiles = `${r.features} pieces, ${(r.bytes / 1024).toFixed(0)} KB`;
        },
      },
      {
        label: 'incidents: a year as binary columns (the heatmap), fetched and decoded',
        run: async () => {
          const b = await body(t, binary);
          seen.incidentsBinary = `${decodeIncidentColumns(b).count} incidents, ${(b.byteLength / 1024).toFixed(0)} KB`;
        },
      },
      {
        label: `incidents: ${cover.length} z${z} tiles (all time), fetched and decoded`,
        run: async () => {
          const r = await readTiles(t, 'incidents', z, cover);
          seen.incidentsTiles = `${r.features} incidents, ${(r.bytes / 1024).toFixed(0)} KB`;
        },
      },
    ],
    runs,
  );
  log(`  ${engine}: the district at z${z}, grids and incidents as data in hand, median of ${runs}`);
  formatRatios(timings.slice(0, 2)).forEach((line) => log('  ' + line));
  formatRatios(timings.slice(2)).forEach((line) => log('  ' + line));
  log(`    grids: GeoJSON ${seen.gridsJson}; tiles ${seen.gridsTiles}`);
  log(`    incidents: binary ${seen.incidentsBinary}; tiles ${seen.incidentsTiles}`);
}
