// npm run bench: figures printed next to a baseline measured in the same run, as ratios. Nothing is asserted.
import { readEnv } from '../../server/env';
import { findPostgresServer } from './bench-database';
import { benchHeatmapOnPglite, benchHeatmapOnPostgres } from './heatmap-bench';
import { runRedistrictBench } from './redistrict-bench';
import { runWallBench } from './wall-bench';

const scaleCount = 1_000_000;
const pgliteCount = 100_000;
const runs = 5;
const log = (line: string) => console.log(line);

async function main() {
  const env = readEnv();
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
  (await runRedistrictBench()).forEach((line) => log(line));
  log('');
  (await runWallBench()).forEach((line) => log(line));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
