import { sql } from 'drizzle-orm';
import { dueAt, type DisputeStatus } from '../../../core/disputes';
import { queryRows, type Db } from '../engine';
import { isoOf } from '../repos/disputes.repo';
import { rescoreDisputes } from '../repos/dispute-workflow.repo';
import { deriveDemoDisputeParties } from './demo-dispute-parties';

// Demo only: a dispute is linked to the dispute and fight calls this close and in the days before it — the calls
// that usually bring a dispute to the station's notice. A linked fight puts violence on the record. Disputes
// registered through the API name their links and flags by hand.
const linkRadiusM = 60;
const linkDays = 30;
const linkedCategories = ['DISPUTE_DOMESTIC', 'DISPUTE_NEIGHBOUR', 'DISPUTE_CONSUMER', 'FIGHT'];
// The generator says which state a dispute is in, not when it entered it. Dating every state from registration
// would leave nearly all open demo disputes months overdue; instead each entered its state at a spread point
// (golden-ratio sequence over the code number) up to 1.25 deadlines ago, so about one in five is overdue.
const overdueSpread = 1.25;

/**
 * Fills the fields the generated disputes lack, after they, the incidents and the residents are inserted: community,
 * street and beat from the grid; the description from the summary; linked incidents (and violence when one is a
 * fight); the parties (demo-dispute-parties.ts); the deadline of the current state; and the early-warning score with
 * its reasons.
 */
export async function deriveDisputeFields(t: Db, dataset: { seed: string; anchor: string }, now = new Date()): Promise<void> {
  await t.execute(sql`UPDATE disputes d SET community_code = g.community_code, street_code = g.street_code, beat_code = bg.beat_code,
      description = CASE WHEN d.description = '' THEN d.summary ELSE d.description END
    FROM grids g LEFT JOIN beat_grids bg ON bg.grid_code = g.code WHERE g.code = d.grid_code`);
  await t.execute(sql`UPDATE disputes d SET linked_incidents = COALESCE((
      SELECT jsonb_agg(x.id ORDER BY x.id) FROM (
        SELECT i.id::int AS id FROM incidents i
        WHERE i.category_code IN (${sql.join(linkedCategories.map((c) => sql`${c}`), sql`, `)})
          AND i.occurred_at BETWEEN d.registered_at - make_interval(days => ${linkDays}) AND d.registered_at
          AND ST_DWithin(i.geom, d.geom, 0.002) AND ST_DWithin(i.geom::geography, d.geom::geography, ${linkRadiusM})
        ORDER BY i.occurred_at DESC LIMIT 5) x), '[]'::jsonb)`);
  await t.execute(sql`UPDATE disputes d SET violence = TRUE WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(d.linked_incidents) l
    JOIN incidents i ON i.id = l.value::bigint WHERE i.category_code = 'FIGHT')`);

  const rows = await queryRows<{ code: string; status: DisputeStatus; registered_at: string; resolved_at: string | null }>(
    t,
    sql`SELECT d.code, d.status, ${isoOf(sql`d.registered_at`)} AS registered_at, ${isoOf(sql`d.resolved_at`)} AS resolved_at FROM disputes d ORDER BY d.code`,
  );
  const dues = rows.map((r, k) => {
    const base = new Date(r.status === 'resolved' || r.status === 'visited' ? (r.resolved_at ?? r.registered_at) : r.registered_at);
    const hours = (dueAt(r.status, new Date(0))?.getTime() ?? 0) / 3_600_000;
    const spread = ((k + 1) * 0.618034) % 1;
    const entered = new Date(Math.max(base.getTime(), now.getTime() - spread * overdueSpread * hours * 3_600_000));
    return { code: r.code, due: dueAt(r.status, entered)?.toISOString() ?? null };
  });
  await t.execute(sql`UPDATE disputes d SET due_at = x.due, updated_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(dues)}::jsonb) AS x(code text, due timestamptz) WHERE d.code = x.code`);
  await deriveDemoDisputeParties(t, dataset.seed, Date.parse(dataset.anchor));
  await rescoreDisputes(t);
}
