import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WrittenIncident } from '../../core/contracts/incident-write';
import { queryRows } from '../../server/db/engine';
import { latestLiveEventId } from '../../server/live/live-events.repo';
import { countWrites, externalIdMaker, pointsInGrids, type GridPoint } from '../support/incident-points';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

let commander: TestClient;
let points: GridPoint[];
const externalId = externalIdMaker('burst');
beforeAll(async () => {
  commander = await loginAs('commander');
  points = await pointsInGrids(3);
});

const post = (body: unknown) =>
  commander.request('/api/incidents', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' }, body: JSON.stringify(body) });

describe('POST /api/incidents in a burst', () => {
  it('writes calls that arrive together in shared transactions, and answers each as if it came alone', async () => {
    const { db } = await getTestDatabase();
    const since = await latestLiveEventId(db);
    const [{ auditedBefore }] = await queryRows<{ auditedBefore: number }>(db, sql`SELECT coalesce(max(id), 0)::int AS "auditedBefore" FROM audit_log`);
    const before = await countWrites();
    const good = Array.from({ length: 40 }, (_, n) => ({
      externalId: externalId(n), categoryCode: 'THEFT_RES', source: '110', lng: points[n % 3].lng, lat: points[n % 3].lat,
      occurredAt: new Date(Date.now() - 16 * 86_400_000).toISOString(),
    }));
    const outside = { ...good[0], externalId: externalId('outside'), lng: 0, lat: 0 };
    const unknown = { ...good[1], externalId: externalId('unknown'), categoryCode: 'NO_SUCH_CATEGORY' };
    const reused = { ...good[2], categoryCode: 'FIGHT' }; // good[2]'s number with other content
    const repeat = { ...good[3] }; // good[3] sent twice at once
    const answers = await Promise.all([...good, outside, unknown, reused, repeat].map(post));
    const statuses = answers.map((a) => a.status);
    expect(statuses.slice(0, 40)).toEqual(Array(40).fill(201).map((s, n) => (n === 2 || n === 3 ? expect.any(Number) : s)));
    expect(statuses.slice(40, 42)).toEqual([400, 400]);
    // Whichever of good[2] and its reuse came first is registered; the other is refused, never both stored.
    expect([statuses[2], statuses[42]].sort()).toEqual([201, 409]);
    expect([statuses[3], statuses[43]].sort()).toEqual([200, 201]);
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as (WrittenIncident & { error?: string })[];
    expect(bodies[3].id).toBe(bodies[43].id);
    expect(new Set(bodies.slice(0, 40).map((b) => b.id)).size).toBe(40);
    expect(bodies[40].error).toBe('outside_grids');
    expect(await countWrites()).toEqual({ incidents: before.incidents + 40, keys: before.keys + 40 });
    // One transaction's events share its start time: fewer times than calls means calls shared transactions.
    const events = await queryRows<{ n: number; times: number }>(
      db,
      sql`SELECT count(*)::int AS n, count(DISTINCT at)::int AS times FROM live_events WHERE id > ${since} AND kind = 'incident'`,
    );
    expect(events[0].n).toBe(40);
    expect(events[0].times).toBeLessThan(20);
    // Every call has its audit row, written before it was answered; rows of calls that came together share inserts.
    const audited = await queryRows<{ n: number; times: number }>(
      db,
      sql`SELECT count(*)::int AS n, count(DISTINCT at)::int AS times FROM audit_log WHERE id > ${auditedBefore} AND route = '/api/incidents' AND method = 'POST'`,
    );
    expect(audited[0].n).toBe(44);
    expect(audited[0].times).toBeLessThan(30);
  });
});
