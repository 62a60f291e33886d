import { sql } from 'drizzle-orm';
import { hashPassword } from '../../server/auth/passwords';
import type { Db } from '../../server/db/engine';
import { communities, gridPlans, grids, incidentCategories, streets, users } from '../../server/db/schema';

/**
 * The least a database needs for incidents to be written through the API: one street, community and published grid,
 * one incident category, and a district-wide commander whose password is `password`. Seconds faster than the demo
 * data, for tests that bring up a database of their own. Answers a point inside the grid.
 */
export async function loadMinimalFixture(db: Db, password: string): Promise<{ lng: number; lat: number; username: string }> {
  const square = sql`ST_Multi(ST_MakeEnvelope(107.49, 31.19, 107.51, 31.21, 4326))`;
  await db.insert(streets).values({ code: 'S1', name: '测试街道', kind: 'street', urban: true, geom: square });
  await db.insert(communities).values({ code: 'C1', name: '测试社区', shortName: '测试', streetCode: 'S1', kind: 'community', urban: true, geom: square });
  const [plan] = await db.insert(gridPlans).values({ name: '测试方案', status: 'published', publishedAt: sql`now()` }).returning({ id: gridPlans.id });
  await db.insert(grids).values({
    code: 'G1', planId: plan.id, name: '测试网格', communityCode: 'C1', streetCode: 'S1',
    households: 400, residents: 1000, partyMembers: 30, institutionStaff: 10, geom: square,
  });
  await db.insert(incidentCategories).values({ code: 'THEFT_RES', nameZh: '入室盗窃', nameEn: 'residential theft', group: 'theft' });
  await db.insert(users).values({
    username: 'commander', displayName: '指挥员', role: 'commander', scopeKind: 'district', scopeCodes: [], passwordHash: await hashPassword(password),
  });
  return { lng: 107.5, lat: 31.2, username: 'commander' };
}
