import { sql } from 'drizzle-orm';
import { generateDemoDataset } from '../../../data/generate/generate-demo-dataset';
import { loadRealInputs } from '../../../data/generate/load-real-inputs';
import { generateResidents } from '../../../data/generate/residents';
import { queryRows, type Db } from '../engine';
import type { DemoCredentials } from './demo-accounts';
import { seedDemoData } from './seed-demo-data';

/** The demo data runs up to the start of the current hour, so "the last twelve months" is filled. */
export function defaultAnchor(now = new Date()): Date {
  const d = new Date(now);
  d.setUTCMinutes(0, 0, 0);
  return d;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [r] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM datasets`);
  return Number(r.n) === 0;
}

export interface DemoLoad {
  generateMs: number;
  loadMs: number;
  credentials: DemoCredentials;
}

/** Generates the deterministic demo dataset for (seed, anchor) and loads it, replacing what was there. */
export async function loadDemoData(db: Db, seed: string, anchor = defaultAnchor(), demoPassword?: string): Promise<DemoLoad> {
  const t0 = performance.now();
  const dataset = generateDemoDataset(loadRealInputs(), { seed, anchor });
  const residents = generateResidents(dataset.buildings, seed, anchor);
  const t1 = performance.now();
  const credentials = await seedDemoData(db, dataset, residents, demoPassword);
  return { generateMs: Math.round(t1 - t0), loadMs: Math.round(performance.now() - t1), credentials };
}

/** What the console says once after seeding: how to log in. The random password is shown only here. */
export function describeDemoCredentials(c: DemoCredentials): string {
  return [
    '演示账号（demo accounts）：admin, commander, planner, patrol, officer01, grid001, worker001, viewer',
    '  npm run simulate 巡逻模拟用的外勤账号（field units）：officer02…, worker002…',
    c.passwordGenerated ? `  密码（password，仅显示这一次；设 DEMO_PASSWORD 可自选）：${c.password}` : '  密码（password）：DEMO_PASSWORD 的值',
    `  大屏令牌（wall-display token，仅显示这一次）：${c.wallToken}`,
  ].join('\n');
}
