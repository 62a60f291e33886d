import { describeError } from '../db/describe-error';
import { openDatabase } from '../db/engine';
import { EnvError, readEnv } from '../env';

// `npm run db:migrate`: opening the database runs the pending migrations (the server does the same at start).
async function main() {
  const env = readEnv();
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  console.log(`${database.engine}：数据库迁移已完成（migrations applied）`);
  await database.close();
}

main().catch((err) => {
  console.error(err instanceof EnvError ? err.message : `数据库迁移失败（migration failed）：${describeError(err)}`);
  process.exit(1);
});
