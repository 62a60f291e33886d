import { sql } from 'drizzle-orm';
import { generateDemoDataset } from '../../../data/generate/generate-demo-dataset';
import { loadRealInputs } from '../../../data/generate/load-real-inputs';
import { queryRows, type Db } from '../engine';
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

/** Generates the deterministic demo dataset for (seed, anchor) and loads it, replacing what was there. */
export async function loadDemoData(db: Db, seed: string, anchor = defaultAnchor()): Promise<{ generateMs: number; loadMs: number }> {
  const t0 = performance.now();
  const dataset = generateDemoDataset(loadRealInputs(), { seed, anchor });
  const t1 = performance.now();
  await seedDemoData(db, dataset);
  return { generateMs: Math.round(t1 - t0), loadMs: Math.round(performance.now() - t1) };
}
