/**
 * The demo's saved patrol routes (issue 16): one evening foot route for the beat of each demo officer account,
 * assigned to the beat, planned by the patrol planner itself (planPatrol over the beat's hot spots and key places) and
 * saved as POST /api/patrol/routes saves one, so that a fresh demo's field app has a route on 今日 for the demo
 * officers and `npm run simulate` walks it. Deterministic for a dataset and anchor: the same candidates, the same planner, the TypeScript router.
 */
import type { Scope } from '../../../core/contracts/auth';
import { PatrolPlanRequestSchema, SavePatrolRouteSchema } from '../../../core/contracts/patrol';
import { planPatrol } from '../../services/patrol-plan.service';
import { savePatrolRoute } from '../../services/patrol-route-save.service';
import type { Db } from '../engine';
import { findBeatRouteStarts } from '../repos/beat-route-starts.repo';
import { demoSeedAuthor } from '../repos/author-name-sql';

/** The evening peak of the demo's incidents; every weekday, so the route is on 今日 whatever day the demo runs. */
export const demoRouteRequest = {
  window: { start: '19:00', end: '21:00' },
  weekdays: [1, 2, 3, 4, 5, 6, 7],
  mode: 'foot' as const,
  budgetMin: 90,
  // The low end of the 10–16-minute band the hot-spot patrol evidence asks for (issue 16).
  dwellMin: 10,
};

// The planner's best 12 candidates of a beat: a 90-minute walk with 10-minute stays visits 5–6 of them; a smaller
// pool keeps the travel matrices small.
const maxCandidates = 12;

const district: Scope = { kind: 'district', codes: [] };

/** Plans and saves the route of each of `beatCodes`; answers how many were saved (a beat with no candidate gets none). */
export async function seedDemoPatrolRoutes(db: Db, beatCodes: readonly string[]): Promise<number> {
  const wanted = new Set(beatCodes);
  let saved = 0;
  for (const start of (await findBeatRouteStarts(db)).filter((s) => wanted.has(s.beatCode))) {
    const request = PatrolPlanRequestSchema.parse({ ...demoRouteRequest, start: start.lngLat, maxCandidates });
    // pgRouting, where installed, answers the same minutes (roads.repo.ts); the TypeScript router makes the demo the
    // same on both engines whether or not the extension is there.
    const planned = await planPatrol({ db, routing: 'typescript' }, request, { kind: 'beat', codes: [start.beatCode] }, 'zh-CN');
    if (!planned.ok || planned.answer.stops.length === 0) continue;
    const input = SavePatrolRouteSchema.parse({
      ...demoRouteRequest, start: start.lngLat, name: `${start.beatName} 晚间巡线（演示）`, assignedTo: `beat:${start.beatCode}`, plan: planned.answer,
    });
    const r = await savePatrolRoute(db, input, district, demoSeedAuthor, 'zh-CN', true);
    if (r.ok) saved++;
  }
  return saved;
}
