import { describeError } from '../db/describe-error';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/engine';
import { defaultAnchor, describeDemoCredentials, loadDemoData } from '../db/seed/demo-data';
import { EnvError, readEnv } from '../env';

// `npm run seed [-- --seed S --anchor ISO]`: replaces the database's contents with freshly generated demo data.
async function main() {
  const { values } = parseArgs({ options: { seed: { type: 'string' }, anchor: { type: 'string' } } });
  const env = readEnv();
  const anchor = values.anchor ? new Date(values.anchor) : defaultAnchor();
  if (Number.isNaN(anchor.getTime())) throw new EnvError(`--anchor "${values.anchor}" is not a date, e.g. 2026-11-01T00:00:00+08:00`);
  const seed = values.seed ?? env.DEMO_SEED;
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const t = await loadDemoData(database.db, seed, anchor, env.DEMO_PASSWORD);
    console.log(`seeded ${database.engine} with demo data (seed ${seed}, anchor ${anchor.toISOString()}): generated in ${t.generateMs} ms, written in ${t.loadMs} ms`);
    console.log(describeDemoCredentials(t.credentials));
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err instanceof EnvError ? err.message : `seed failed: ${describeError(err)}`);
  process.exit(1);
});
