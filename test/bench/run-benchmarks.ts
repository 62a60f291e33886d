// npm run bench: figures printed next to a baseline measured in the same run, as ratios. Nothing is asserted.
import { readEnv } from '../../server/env';
import { findPostgresServer } from './bench-database';
import { benchHeatmapOnPglite, benchHeatmapOnPostgres } from './heatmap-bench';
import { runDemoStreetBench } from './demo-street-bench';
import { runRedistrictBench } from './redistrict-bench';
import { runDemoHotspotsBench } from './demo-hotspots-bench';
import { benchHotspots } from './hotspots-bench';
import { runForecastBench } from './forecast-bench';
import { runForecastCeilingBench } from './forecast-ceiling';
import { runForecastHeldOutBench } from './forecast-heldout-bench';
import { runDosageBench } from './dosage-bench';
import { benchPatrol } from './patrol-bench';
import { runWallBench } from './wall-bench';
import { runBasemapBench } from './basemap-bench';
import { runFirstScreenBench } from './first-screen-bench';
import { runMapTilesBench } from './map-tiles-bench';
import { runTilesBench } from './tiles-bench';
import { runOgcBench } from './ogc-bench';

const scaleCount = 1_000_000;
const pgliteCount = 100_000;
const runs = 5;
const log = (line: string) => console.log(line);

// `npm run bench -- patrol redistrict` runs only the named sections; no names run them all.
const sections = process.argv.slice(2);
const wanted = (name: string) => sections.length === 0 || sections.includes(name);

async function main() {
  const env = readEnv();
  if (wanted('heatmap')) {
    log(`Heatmap data path (GET /api/incidents), ${scaleCount.toLocaleString('en')} incidents on PostgreSQL`);
    const server = await findPostgresServer(env.DATABASE_URL);
    if (server) {
      await benchHeatmapOnPostgres(server, scaleCount, runs, log);
    } else {
      log('  skipped: the scale benchmark needs a PostgreSQL server with PostGIS (DATABASE_URL, or postgres://postgres:postgres@localhost:5432); none answered.');
    }
    log('');
    log(`Heatmap data path on embedded PGlite, ${pgliteCount.toLocaleString('en')} incidents`);
    await benchHeatmapOnPglite(pgliteCount, runs, log);
    log('');
  }
  if (wanted('redistrict')) {
    (await runRedistrictBench()).forEach((line) => log(line));
    log('');
    runDemoStreetBench().forEach((line) => log(line));
    log('');
  }
  if (wanted('wall')) {
    (await runWallBench()).forEach((line) => log(line));
    log('');
  }
  if (wanted('hotspots')) {
    await benchHotspots();
    log('');
    (await runDemoHotspotsBench()).forEach((line) => log(line));
    log('');
  }
  if (wanted('forecast')) {
    runForecastBench().forEach((line) => log(line));
    log('');
    runForecastHeldOutBench().forEach((line) => log(line));
    log('');
    runForecastCeilingBench().forEach((line) => log(line));
    log('');
  }
  if (wanted('dosage')) {
    (await runDosageBench()).forEach((line) => log(line));
    log('');
  }
  if (wanted('patrol')) await benchPatrol(log);
  if (wanted('first-screen')) {
    (await runFirstScreenBench()).forEach((line) => log(line));
    log('');
  }
  if (wanted('basemap')) {
    log('');
    (await runBasemapBench()).forEach((line) => log(line));
  }
  if (wanted('tiles')) {
    log('');
    await runTilesBench(log);
    log('');
    (await runMapTilesBench()).forEach((line) => log(line));
  }
  if (wanted('ogc')) {
    log('');
    await runOgcBench(log);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
