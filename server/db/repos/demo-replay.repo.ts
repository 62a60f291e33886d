import { and, asc, eq, gt, lte, max, sql } from 'drizzle-orm';
import type { NewIncident } from '../../../core/contracts/live';
import type { Db } from '../engine';
import { datasets, incidents } from '../schema';

/**
 * Whether the database holds the generated demo data (datasets says so), and how far its calls go: the replay's mark,
 * or before the first replay the latest demo incident (the end of the generated year).
 */
export async function findDemoReplayStart(db: Db): Promise<{ demo: boolean; latest: Date | null }> {
  const [d] = await db
    .select({ demo: sql<boolean>`coalesce(bool_or(${datasets.isDemo}), false)`, mark: sql<string | null>`to_json(max(${datasets.replayedTo}) FILTER (WHERE ${datasets.isDemo}))#>>'{}'` })
    .from(datasets);
  if (!d.demo) return { demo: false, latest: null };
  if (d.mark) return { demo: true, latest: new Date(d.mark) };
  const [r] = await db.select({ latest: max(incidents.occurredAt) }).from(incidents).where(eq(incidents.isDemo, true));
  return { demo: true, latest: r.latest ? new Date(r.latest) : null };
}

/** Records that the demo calls up to `at` have been replayed (in the caller's transaction, with the calls). */
export async function markDemoReplayedTo(db: Db, at: Date): Promise<void> {
  await db.update(datasets).set({ replayedTo: at }).where(eq(datasets.isDemo, true));
}

/** The demo incidents with from < occurred_at ≤ to, oldest first, as items to write again (where, what, when). */
export async function listDemoIncidents(db: Db, from: Date, to: Date): Promise<(NewIncident & { occurredAt: string; sourceId: number })[]> {
  const rows = await db
    .select({
      id: incidents.id, categoryCode: incidents.categoryCode, source: incidents.source, occurredAt: incidents.occurredAt,
      lng: sql<number>`ST_X(${incidents.geom})`, lat: sql<number>`ST_Y(${incidents.geom})`,
    })
    .from(incidents)
    .where(and(eq(incidents.isDemo, true), gt(incidents.occurredAt, from), lte(incidents.occurredAt, to)))
    .orderBy(asc(incidents.occurredAt), asc(incidents.id));
  return rows.map((r) => ({ sourceId: Number(r.id), categoryCode: r.categoryCode, source: r.source as NewIncident['source'], lng: Number(r.lng), lat: Number(r.lat), occurredAt: new Date(r.occurredAt).toISOString() }));
}
