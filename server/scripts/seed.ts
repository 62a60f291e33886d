import { describeError } from '../db/describe-error';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/engine';
import { defaultAnchor, describeDemoCredentials, loadDemoData } from '../db/seed/demo-data';
import { openCopyRows } from '../db/seed/copy-rows';
import { loadScaledIncidents } from '../db/seed/scale-incidents-load';
import { checkScaleOptions, type ScaleOptions } from '../../data/generate/scale-incidents';
import { EnvError, readEnv } from '../env';

const usage = '用法（usage）：npm run seed [-- --seed S --anchor ISO] [--years 5 --scale 33]';
const help = `${usage}
  以新生成的演示数据替换数据库的全部内容（replaces the database's contents with fresh demo data）。
  --seed 随机种子（默认 DEMO_SEED）；--anchor 演示数据截止的时刻，ISO 时间（默认当前整点）。
  --years 年数 --scale 倍数：再加入若干年、按演示年份若干倍速率生成的警情（PostgreSQL 上用 COPY）；
  --years 5 --scale 33 约一千万条。演示账号的密码取 DEMO_PASSWORD，未设则随机生成并只显示这一次。`;

/**
 * `npm run seed [-- --seed S --anchor ISO]` (`--help` or `-h`: the usage): replaces the database's contents with freshly generated demo data.
 * With `--years Y --scale N` it then adds Y years of incidents at N× the demo's rate (issue 15's scale load;
 * --years 5 --scale 33 gives about 10 million), by COPY on PostgreSQL.
 */
async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { seed: { type: 'string' }, anchor: { type: 'string' }, years: { type: 'string' }, scale: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    throw new EnvError(`参数有误：${(err as Error).message}（bad arguments）\n${usage}`);
  }
  if (values.help) return console.log(help);
  const env = readEnv();
  const anchor = values.anchor ? new Date(values.anchor) : defaultAnchor();
  if (Number.isNaN(anchor.getTime())) throw new EnvError(`--anchor "${values.anchor}" 不是日期时间，例如 2026-11-01T00:00:00+08:00（not a date）`);
  const seed = values.seed ?? env.DEMO_SEED;
  const scale = readScale(values.years, values.scale, seed);
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const t = await loadDemoData(database.db, seed, anchor, env.DEMO_PASSWORD);
    console.log(`演示数据已写入 ${database.engine}（seeded with demo data）：种子 ${seed}，截止 ${anchor.toISOString()}，生成用时 ${t.generateMs} ms，写入用时 ${t.loadMs} ms`);
    if (scale) await seedScale(database.db, scale, env.DATABASE_URL);
    console.log(describeDemoCredentials(t.credentials));
  } finally {
    await database.close();
  }
}

function readScale(years: string | undefined, scale: string | undefined, seed: string): ScaleOptions | null {
  if (years === undefined && scale === undefined) return null;
  const o = { seed, years: Number(years ?? 1), scale: Number(scale ?? 1) };
  try {
    checkScaleOptions(o);
  } catch (err) {
    throw new EnvError(`${(err as Error).message}\n${usage}`);
  }
  return o;
}

async function seedScale(db: Parameters<typeof loadScaledIncidents>[0], o: ScaleOptions, databaseUrl: string | undefined) {
  const copier = databaseUrl ? openCopyRows(databaseUrl) : null;
  let shown = 0;
  const progress = (n: number) => {
    if (n - shown < 1_000_000) return;
    shown = n;
    console.log(`  … ${n.toLocaleString('en')} 行（rows）`);
  };
  try {
    const r = await loadScaledIncidents(db, o, copier?.copyRows, progress);
    console.log(`规模数据（scale load）: ${r.rows.toLocaleString('en')} 条警情（incidents）, ${o.years} 年 × ${o.scale}，${(r.ms / 1000).toFixed(1)} s，${r.rowsPerSecond.toLocaleString('en')} 行/秒（rows/s）${copier ? '，COPY' : '，INSERT'}`);
  } finally {
    await copier?.close();
  }
}

main().catch((err) => {
  console.error(err instanceof EnvError ? err.message : `写入演示数据失败（seed failed）：${describeError(err)}`);
  process.exit(1);
});
