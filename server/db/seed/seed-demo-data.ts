import { sql } from 'drizzle-orm';
import type { DemoDataset } from '../../../data/generate/dataset';
import { queryRows, type Db } from '../engine';
import { insertRoadNetwork } from '../repos/roads.repo';
import { ensureMonthPartitions } from '../repos/partitions.repo';
import { monthOf } from '../partition-months';
import type { ResidentRow } from '../../../data/generate/residents';
import { planDemoAccounts, seedDemoAccounts, type DemoCredentials } from './demo-accounts';
import { deriveDisputeFields } from './derive-dispute-fields';
import { seedDemoPatrolRoutes } from './demo-patrol-routes';
import { insertJsonRows, type JsonColumn } from './insert-json-rows';
import { insertRegistry } from './insert-registry';
import { demoSeedAuthor } from '../repos/author-name-sql';
import type { ResidentRegistryFacts } from '../../../data/generate/registry';

const col = (name: string, type: JsonColumn['type']): JsonColumn => ({ name, type });

// Children first: the order in which existing rows are removed before a new load.
const tablesToClear = [
  'field_report_media', 'field_reports', 'field_check_ins', 'field_pings', 'field_patrols',
  'verification_visits', 'collection_tasks', 'organisations', 'houses', 'residents', 'addresses', 'dispute_events', 'meetings', 'activities', 'assessments', 'disputes', 'incidents', 'incident_categories', 'key_places', 'beat_grids', 'beats',
  'water_features', 'patrol_routes', 'road_edges', 'road_nodes', 'stations', 'people', 'buildings', 'compounds', 'grids', 'grid_history', 'grid_plans', 'communities', 'streets', 'districts', 'datasets',
];

/**
 * Replaces the database's contents with the demo dataset in one transaction: a failure leaves the
 * previous contents untouched. Every generated row is flagged is_demo, and the datasets table says so.
 */
export async function seedDemoData(
  db: Db,
  data: DemoDataset,
  residents: readonly ResidentRow[],
  demoPassword?: string,
  loadedAt = new Date(),
): Promise<DemoCredentials> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t.execute(sql.raw(`TRUNCATE ${tablesToClear.map((n) => `"${n}"`).join(', ')}`));
    await insertAdmin(t, data);
    const planId = await insertGridPlan(t);
    await insertGridsAndHomes(t, data, planId);
    await insertPolice(t, data);
    await insertWork(t, data);
    await insertRoadNetwork(t, data, true);
    await insertJsonRows(t, 'water_features', [col('code', 'text'), col('kind', 'text'), col('name', 'text'), col('geom', 'geometry'), col('is_demo', 'bool')],
      data.water.map((w) => ({ ...w, is_demo: true })));
    await insertJsonRows(t, 'datasets', [col('name', 'text'), col('is_demo', 'bool'), col('seed', 'text'), col('anchor', 'text'), col('generator', 'text'), col('note', 'text'), col('loaded_at', 'text')], [
      { name: 'dachuan-demo', is_demo: true, seed: data.meta.seed, anchor: data.meta.anchor, generator: data.meta.generator, note: data.meta.note, loaded_at: loadedAt.toISOString() },
    ]);
    const registry = await insertRegistry(t, data, residents);
    await insertResidents(t, residents, registry.residents);
    await deriveDisputeFields(t, data.meta);
    const accounts = planDemoAccounts(data);
    await seedDemoPatrolRoutes(t, accounts.filter((a) => a.role === 'officer').flatMap((a) => a.scopeCodes));
    return seedDemoAccounts(t, accounts, demoPassword);
  });
}

async function insertAdmin(t: Db, d: DemoDataset) {
  await insertJsonRows(t, 'districts', [col('code', 'text'), col('name', 'text'), col('geom', 'multipolygon')], [d.district]);
  // The DataV boundary is coarse and, after the GCJ-02 → WGS 84 shift, not valid OGC geometry (ring
  // self-touches); repair it so spatial predicates on it are defined.
  await t.execute(sql`UPDATE districts SET geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3)) WHERE NOT ST_IsValid(geom)`);
  await insertJsonRows(
    t, 'streets',
    [col('code', 'text'), col('name', 'text'), col('kind', 'text'), col('urban', 'bool'), col('geom', 'multipolygon'), col('geom_is_demo', 'bool')],
    d.streets.map((s) => ({ ...s, geom_is_demo: s.geom !== null })),
  );
  await insertJsonRows(
    t, 'communities',
    [col('code', 'text'), col('name', 'text'), col('short_name', 'text'), col('street_code', 'text'), col('kind', 'text'), col('urban', 'bool'), col('geom', 'multipolygon'), col('geom_is_demo', 'bool')],
    d.communities.map((c) => ({ ...c, short_name: c.shortName, street_code: c.streetCode, geom_is_demo: c.geom !== null })),
  );
}

async function insertGridPlan(t: Db): Promise<string> {
  const [plan] = await queryRows<{ id: string }>(
    t,
    sql`INSERT INTO grid_plans (name, status, published_at, is_demo) VALUES ('达川区城市社区网格（演示）', 'published', now(), true) RETURNING id`,
  );
  return plan.id;
}

const populationCols = [col('households', 'int'), col('residents', 'int'), col('party_members', 'int'), col('institution_staff', 'int')];

async function insertGridsAndHomes(t: Db, d: DemoDataset, planId: string) {
  await insertJsonRows(
    t, 'grids',
    [col('code', 'text'), col('plan_id', 'uuid'), col('name', 'text'), col('community_code', 'text'), col('street_code', 'text'), col('leader_id', 'text'), ...populationCols, col('geom', 'multipolygon'), col('is_demo', 'bool')],
    d.grids.map((g) => ({ ...g, plan_id: planId, community_code: g.communityCode, street_code: g.streetCode, leader_id: g.leaderId, party_members: g.partyMembers, institution_staff: g.institutionStaff, is_demo: true })),
  );
  await insertJsonRows(
    t, 'compounds',
    [col('code', 'text'), col('name', 'text'), col('community_code', 'text'), col('grid_code', 'text'), col('geom', 'polygon'), col('is_demo', 'bool')],
    d.compounds.map((c) => ({ ...c, community_code: c.communityCode, grid_code: c.gridCode, is_demo: true })),
  );
  await insertJsonRows(
    t, 'buildings',
    [col('code', 'text'), col('name', 'text'), col('compound_code', 'text'), col('grid_code', 'text'), col('floors', 'int'), ...populationCols, col('verified_at', 'timestamptz'), col('geom', 'polygon'), col('is_demo', 'bool')],
    d.buildings.map((b) => ({ ...b, compound_code: b.compoundCode, grid_code: b.gridCode, party_members: b.partyMembers, institution_staff: b.institutionStaff, verified_at: b.verifiedAt, is_demo: true })),
  );
  await insertJsonRows(
    t, 'people',
    [col('id', 'text'), col('name', 'text'), col('role', 'text'), col('is_police', 'bool'), col('employer', 'text'), col('phone', 'text'), col('grid_code', 'text'), col('compound_code', 'text'), col('building_code', 'text'), col('parent_id', 'text'), col('is_demo', 'bool')],
    d.people.map((p) => ({ ...p, is_police: p.isPolice, grid_code: p.gridCode, compound_code: p.compoundCode, building_code: p.buildingCode, parent_id: p.parentId, is_demo: true })),
  );
}

async function insertPolice(t: Db, d: DemoDataset) {
  await insertJsonRows(
    t, 'stations',
    [col('code', 'text'), col('name', 'text'), col('street_code', 'text'), col('geom', 'point'), col('is_demo', 'bool')],
    d.stations.map((s) => ({ ...s, street_code: s.streetCode, is_demo: true })),
  );
  await insertJsonRows(
    t, 'beats',
    [col('code', 'text'), col('name', 'text'), col('station_code', 'text'), col('officer_id', 'text'), col('geom', 'multipolygon'), col('is_demo', 'bool')],
    d.beats.map((b) => ({ ...b, station_code: b.stationCode, officer_id: b.officerId, is_demo: true })),
  );
  await insertJsonRows(
    t, 'beat_grids',
    [col('beat_code', 'text'), col('grid_code', 'text')],
    d.beats.flatMap((b) => b.gridCodes.map((g) => ({ beat_code: b.code, grid_code: g }))),
  );
  await insertJsonRows(
    t, 'key_places',
    [col('code', 'text'), col('name', 'text'), col('kind', 'text'), col('grid_code', 'text'), col('peak_windows', 'jsonb'), col('geom', 'point'), col('is_demo', 'bool')],
    d.keyPlaces.map((k) => ({ ...k, grid_code: k.gridCode, peak_windows: k.peakWindows, is_demo: true })),
  );
}

async function insertWork(t: Db, d: DemoDataset) {
  await insertJsonRows(
    t, 'incident_categories',
    [col('code', 'text'), col('name_zh', 'text'), col('name_en', 'text'), col('group', 'text')],
    d.incidentCategories.map((c) => ({ ...c, name_zh: c.nameZh, name_en: c.nameEn })),
  );
  await ensureIncidentMonths(t, d);
  await insertJsonRows(
    t, 'incidents',
    [col('id', 'bigint'), col('occurred_at', 'timestamptz'), col('category_code', 'text'), col('source', 'text'), col('grid_code', 'text'), col('beat_code', 'text'), col('geom', 'point'), col('is_demo', 'bool'), col('recorded_at', 'timestamptz')],
    d.incidents.map((i) => ({ id: i.id, occurred_at: i.occurredAt, category_code: i.categoryCode, source: i.source, grid_code: i.gridCode, beat_code: i.beatCode, geom: i.geom, is_demo: true, recorded_at: i.recordedAt })),
    10000,
  );
  // Ids were given explicitly; move the identity past them so later inserts (API, simulator) do not collide.
  await t.execute(sql`SELECT setval(pg_get_serial_sequence('incidents', 'id'), GREATEST((SELECT max(id) FROM incidents), 1))`);
  await insertJsonRows(
    t, 'disputes',
    [col('code', 'text'), col('type', 'text'), col('status', 'text'), col('source', 'text'), col('registered_at', 'timestamptz'), col('resolved_at', 'timestamptz'), col('grid_code', 'text'), col('summary', 'text'), col('geom', 'point'), col('is_demo', 'bool')],
    d.disputes.map((x) => ({ ...x, registered_at: x.registeredAt, resolved_at: x.resolvedAt, grid_code: x.gridCode, is_demo: true })),
  );
  await insertJsonRows(
    t, 'assessments',
    [col('grid_code', 'text'), col('leader_id', 'text'), col('round', 'text'), col('grade', 'text'), col('total', 'int'), col('scores', 'jsonb'), col('is_demo', 'bool')],
    d.assessments.map((a) => ({ grid_code: a.gridCode, leader_id: a.leaderId, round: a.round, grade: a.grade, total: a.total, scores: a.scores, is_demo: true })),
  );
  await insertJsonRows(
    t, 'activities',
    [col('kind', 'text'), col('grid_code', 'text'), col('person_id', 'text'), col('occurred_at', 'timestamptz'), col('is_demo', 'bool')],
    d.activities.map((a) => ({ kind: a.kind, grid_code: a.gridCode, person_id: a.personId, occurred_at: a.occurredAt, is_demo: true })),
  );
  await insertJsonRows(
    t, 'meetings',
    [col('kind', 'text'), col('grid_code', 'text'), col('community_code', 'text'), col('held_on', 'date'), col('topic', 'text'), col('minutes', 'text'), col('attendance', 'jsonb'), col('created_by', 'text'), col('is_demo', 'bool')],
    d.meetings.map((m) => ({ kind: m.kind, grid_code: m.gridCode, community_code: m.communityCode, held_on: m.heldOn, topic: m.topic, minutes: m.minutes, attendance: m.attendance, created_by: demoSeedAuthor, is_demo: true })),
  );
}

// Every month of the demo year gets its partition before the rows arrive, so none of them waits in the default one.
async function ensureIncidentMonths(t: Db, d: DemoDataset) {
  if (d.incidents.length === 0) return;
  let first = Infinity;
  let last = -Infinity;
  for (const i of d.incidents) {
    const ms = new Date(i.occurredAt).getTime();
    first = Math.min(first, ms);
    last = Math.max(last, ms);
  }
  await ensureMonthPartitions(t, 'incidents', monthOf(new Date(first)), monthOf(new Date(last)));
}

async function insertResidents(t: Db, residents: readonly ResidentRow[], registry: readonly ResidentRegistryFacts[]) {
  await insertJsonRows(
    t, 'residents',
    [col('id', 'text'), col('name', 'text'), col('id_number', 'text'), col('phone', 'text'), col('building_code', 'text'), col('grid_code', 'text'), col('house_number', 'text'), col('kind', 'text'), col('moved_in_on', 'date'), col('moved_out_on', 'date'), col('is_demo', 'bool'), col('house_code', 'text'), col('verified_at', 'timestamptz')],
    residents.map((r, i) => ({ id: r.id, name: r.name, id_number: r.idNumber, phone: r.phone, building_code: r.buildingCode, grid_code: r.gridCode, house_number: r.houseNumber, kind: r.kind, moved_in_on: r.movedInOn, moved_out_on: r.movedOutOn, is_demo: true, house_code: registry[i].houseCode, verified_at: registry[i].verifiedAt })),
    20000,
  );
}
