import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyPlaceLabels } from '../../client/features/layers/key-place-labels';
import { zhCN } from '../../client/i18n/zh-CN';
import { remitLabels, sourceLabels, statusLabels, typeLabels } from '../../client/shared/dispute-labels';
import { incidentSourceLabels } from '../../client/shared/incident-labels';
import type { DisputeDetail, DisputePage, DisputeSource, DisputeType } from '../../core/contracts/disputes';
import type { KeyPlaceKind } from '../../core/contracts/features';
import { incidentSources, type IncidentSource } from '../../core/contracts/live';
import type { DisputeStatus, Remit } from '../../core/disputes';
import { ogcCollectionIds, type OgcCollections, type OgcException, type OgcFeature, type OgcFeatureCollection } from '../../core/contracts/ogc';
import type { SavedPatrolRoute } from '../../core/contracts/patrol';
import { queryRows, type Db } from '../../server/db/engine';
import { disputeEvents, disputes } from '../../server/db/schema';
import { deletePatrolRouteFixture, savePatrolRouteFixture } from '../support/ogc-fixtures';
import { getTestDatabase, loginAs, type TestClient } from '../support/test-database';

// The collections added to /ogc for issue 14 item 1: buildings, disputes (parties masked, reads audited) and saved
// patrol routes, each with the roles and scope of its /api route.
let db: Db;
let commander: TestClient;
let leader: TestClient;
let patrol: TestClient;
let viewer: TestClient;
let admin: TestClient;
let ownGrid: string;
const saved: SavedPatrolRoute[] = [];
const registeredDisputes: string[] = [];

async function getJson<T>(client: TestClient, path: string): Promise<{ status: number; body: T }> {
  const res = await client.request(path);
  return { status: res.status, body: (await res.json()) as T };
}
const items = (client: TestClient, path: string) => getJson<OgcFeatureCollection>(client, path).then((r) => r.body);

beforeAll(async () => {
  db = (await getTestDatabase()).db;
  [commander, leader, patrol, viewer, admin] = await Promise.all(['commander', 'grid001', 'patrol', 'viewer', 'admin'].map((u) => loginAs(u)));
  ownGrid = String((await items(leader, '/ogc/collections/grids/items')).features[0].id);
});
afterAll(async () => {
  for (const route of saved) await deletePatrolRouteFixture(admin, route.id);
  // The API deletes no dispute; the one registered here goes so that other files count the seed's.
  for (const code of registeredDisputes) {
    await db.execute(sql`DELETE FROM ${disputeEvents} WHERE ${disputeEvents.disputeCode} = ${code}`);
    await db.execute(sql`DELETE FROM ${disputes} WHERE ${disputes.code} = ${code}`);
  }
});

describe('which collections a role may open', () => {
  it('lists only those: disputes for the roles that read parties, patrol routes for the patrol planners', async () => {
    const listed = async (client: TestClient) => (await getJson<OgcCollections>(client, '/ogc/collections')).body.collections.map((c) => c.id);
    expect(await listed(commander)).toEqual([...ogcCollectionIds]);
    expect(await listed(leader)).toEqual(ogcCollectionIds.filter((id) => id !== 'patrol_routes'));
    expect(await listed(patrol)).toEqual(ogcCollectionIds.filter((id) => id !== 'disputes'));
    expect(await listed(viewer)).toEqual(ogcCollectionIds.filter((id) => id !== 'disputes' && id !== 'patrol_routes'));
  });

  it('answers 403 with an OGC exception where /api answers 403 to the same role', async () => {
    expect((await viewer.request('/api/disputes')).status).toBe(403);
    for (const path of ['', '/items', '/items/D0001', '/queryables']) {
      const { status, body } = await getJson<OgcException>(viewer, `/ogc/collections/disputes${path}`);
      expect(status, path).toBe(403);
      expect(body).toEqual({ code: 'Forbidden', description: '当前账号的身份无权读取要素集 disputes' });
    }
    expect((await leader.request('/api/patrol/routes')).status).toBe(403);
    expect((await leader.request('/ogc/collections/patrol_routes/items')).status).toBe(403);
  });
});

describe('the buildings collection', () => {
  it('holds the grid leader’s buildings only, as many as the commander finds with gridCode', async () => {
    const own = await items(leader, '/ogc/collections/buildings/items?limit=10000');
    expect(own.numberMatched).toBeGreaterThan(0);
    expect(new Set(own.features.map((f) => f.properties.gridCode))).toEqual(new Set([ownGrid]));
    const all = await items(commander, '/ogc/collections/buildings/items?limit=1');
    expect(own.numberMatched).toBeLessThan(all.numberMatched);
    const filtered = await items(commander, `/ogc/collections/buildings/items?gridCode=${ownGrid}&limit=10000`);
    expect(filtered.features.map((f) => f.id)).toEqual(own.features.map((f) => f.id));
    const b = own.features[0];
    expect(b.geometry.type).toMatch(/Polygon$/);
    expect([typeof b.properties.name, typeof b.properties.compoundName, typeof b.properties.floors]).toEqual(['string', 'string', 'number']);
  });
});

describe('the disputes collection', () => {
  it('masks the parties as /api/disputes does', async () => {
    const building = (await items(leader, '/ogc/collections/buildings/items?limit=1')).features[0].id;
    const party = { role: 'applicant', name: '欧阳娜娜', idNumber: '51170319920202123X', phone: '13812345678' };
    const res = await admin.request('/api/disputes', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'debt', source: 'grid_worker', summary: 'OGC 脱敏检查（测试）', buildingCode: building, parties: [party] }),
    });
    expect(res.status).toBe(201);
    const registered = (await res.json()) as DisputeDetail;
    registeredDisputes.push(registered.code);
    const { status, body } = await getJson<OgcFeature>(leader, `/ogc/collections/disputes/items/${registered.code}`);
    expect(status).toBe(200);
    expect(body.properties.parties).toEqual(registered.parties);
    expect(body.properties.parties).toEqual([{ role: 'applicant', name: '欧***', idNumber: '5117**********123X', phone: '138****5678' }]);
    expect(body.properties.masked).toBe(true);
    const page = await items(leader, `/ogc/collections/disputes/items?limit=10000`);
    expect(page.features.map((f) => f.id)).toContain(registered.code);
    expect(JSON.stringify(page)).not.toMatch(/欧阳娜娜|51170319920202123X|13812345678/);
  });

  it('audits every read: who read which disputes, for a page and for one', async () => {
    const lastAudit = async () =>
      (await queryRows<{ username: string; action: string; records: string[]; route: string }>(
        db, sql`SELECT username, action, records, route FROM audit_log ORDER BY id DESC LIMIT 1`,
      ))[0];
    const page = await items(leader, '/ogc/collections/disputes/items?limit=3');
    expect(page.features.length).toBeGreaterThan(0);
    expect(await lastAudit()).toEqual({
      username: 'grid001', action: 'ogc_read_disputes', route: '/ogc/collections/:collectionId/items', records: ['collection:disputes', ...page.features.map((f) => String(f.id))],
    });
    const one = page.features[0].id;
    expect((await leader.request(`/ogc/collections/disputes/items/${one}`)).status).toBe(200);
    expect((await lastAudit()).records).toEqual(['collection:disputes', String(one)]);
    // Collections without personal data are read without an audit row.
    const before = await lastAudit();
    await items(leader, '/ogc/collections/incidents/items?limit=1');
    expect(await lastAudit()).toEqual(before);
  });

  it('shows a grid leader only its grid’s disputes, and answers 404 for another grid’s one, as /api/disputes/:code does', async () => {
    const own = await items(leader, '/ogc/collections/disputes/items?limit=10000');
    const api = (await getJson<DisputePage>(leader, '/api/disputes?limit=200')).body;
    expect(own.numberMatched).toBe(api.total);
    expect(new Set(own.features.map((f) => f.properties.gridCode))).toEqual(new Set([ownGrid]));
    const elsewhere = (await items(commander, '/ogc/collections/disputes/items?limit=200')).features.find((f) => f.properties.gridCode !== ownGrid)!;
    expect((await leader.request(`/api/disputes/${elsewhere.id}`)).status).toBe(404);
    const { status, body } = await getJson<OgcException>(leader, `/ogc/collections/disputes/items/${elsewhere.id}`);
    expect([status, body.code]).toEqual([404, 'NotFound']);
  });
});

describe('names beside codes', () => {
  // code -> name of each kind of place, read from the tables (a community by its short name, as every view names it).
  async function namesOf(table: string, nameColumn = 'name'): Promise<Map<string, string>> {
    const rows = await queryRows<{ code: string; name: string }>(db, sql`SELECT code, ${sql.identifier(nameColumn)} AS name FROM ${sql.identifier(table)}`);
    return new Map(rows.map((r) => [r.code, r.name]));
  }

  it('names every place a feature gives by code, as the tables name it', async () => {
    const names: Record<string, Map<string, string>> = {
      grid: await namesOf('grids'), community: await namesOf('communities', 'short_name'), street: await namesOf('streets'),
      beat: await namesOf('beats'), station: await namesOf('stations'),
    };
    const named: Record<string, string[]> = {
      communities: ['street'], grids: ['community', 'street', 'beat'], beats: ['station'], stations: ['street'], key_places: ['grid'],
      buildings: ['grid'], incidents: ['grid', 'beat'], disputes: ['grid', 'community', 'street', 'beat'],
    };
    for (const [collection, places] of Object.entries(named)) {
      const { features } = await items(commander, `/ogc/collections/${collection}/items?limit=2000`);
      expect(features.length, collection).toBeGreaterThan(0);
      for (const place of places) {
        const codes = features.map((f) => f.properties[`${place}Code`] as string | null);
        expect(codes.some((c) => c !== null), `${collection}.${place}Code`).toBe(true);
        expect(features.map((f) => f.properties[`${place}Name`]), `${collection}.${place}Name`).toEqual(codes.map((c) => (c === null ? null : names[place].get(c))));
      }
    }
  });

  it('names a dispute’s type, status, source and remit, and a key place’s kind, in the interface’s words', async () => {
    const { features } = await items(commander, '/ogc/collections/disputes/items?limit=10000');
    const rows = await queryRows<{ code: string; type: DisputeType; status: DisputeStatus; source: DisputeSource; remit: Remit | null }>(
      db, sql`SELECT code, type, status, source, remit FROM disputes`,
    );
    const stored = new Map(rows.map((r) => [r.code, r]));
    expect(features.length).toBe(rows.length);
    for (const f of features) {
      const d = stored.get(String(f.id))!;
      expect(f.properties, d.code).toMatchObject({
        type: d.type, typeName: zhCN[typeLabels[d.type]], status: d.status, statusName: zhCN[statusLabels[d.status]],
        source: d.source, sourceName: zhCN[sourceLabels[d.source]], remitName: d.remit === null ? null : zhCN[remitLabels[d.remit]],
      });
    }
    const neighbour = features.find((f) => f.properties.type === 'neighbour');
    if (neighbour) expect(neighbour.properties.typeName).toBe('邻里纠纷');
    const places = (await items(commander, '/ogc/collections/key_places/items?limit=10000')).features;
    expect(places.every((p) => p.properties.kindName === zhCN[keyPlaceLabels[p.properties.kind as KeyPlaceKind]])).toBe(true);
    expect(places.find((p) => p.properties.kind === 'government')?.properties.kindName).toBe('党政机关');
  });

  it('names an incident’s category as its table does and its source in the interface’s words, for every source stored', async () => {
    const categories = await namesOf('incident_categories', 'name_zh');
    const sources = (await queryRows<{ source: IncidentSource }>(db, sql`SELECT DISTINCT source FROM incidents ORDER BY source`)).map((r) => r.source);
    expect(sources.length).toBeGreaterThan(1);
    for (const source of sources) {
      expect(incidentSources, source).toContain(source);
      const { features } = await items(commander, `/ogc/collections/incidents/items?source=${source}&limit=200`);
      expect(features.length, source).toBeGreaterThan(0);
      for (const f of features) {
        expect(f.properties, String(f.id)).toMatchObject({
          source, sourceName: zhCN[incidentSourceLabels[source]], categoryName: categories.get(f.properties.categoryCode as string),
        });
      }
    }
    const call = (await items(commander, '/ogc/collections/incidents/items?source=110&limit=1')).features[0];
    if (call) expect(call.properties.sourceName).toBe('110 接警');
  });

  it('writes the names into an exported file too', async () => {
    const res = await commander.request('/ogc/collections/disputes/export?f=csv');
    const [header] = (await res.text()).split('\r\n');
    for (const column of ['typeName', 'statusName', 'sourceName', 'gridName']) expect(header.split(','), column).toContain(column);
  });
});

describe('the patrol routes collection', () => {
  it('holds the saved routes in the caller’s scope as LineStrings with their name, start and date', async () => {
    const stations = (await items(patrol, '/ogc/collections/stations/items')).features;
    const mine = stations.find((s) => s.properties.inScope === true)!;
    const other = stations.find((s) => s.properties.inScope === false)!;
    const at = (s: OgcFeature) => (s.geometry as unknown as { coordinates: [number, number] }).coordinates;
    saved.push(await savePatrolRouteFixture(admin, String(mine.id), at(mine), 'OGC 夜巡一线'));
    saved.push(await savePatrolRouteFixture(admin, String(other.id), at(other), 'OGC 夜巡二线'));
    const [ours, theirs] = saved;

    const seen = await items(patrol, '/ogc/collections/patrol_routes/items');
    expect(seen.features.map((f) => f.id)).toContain(ours.id);
    expect(seen.features.map((f) => f.id)).not.toContain(theirs.id);
    const all = await items(commander, '/ogc/collections/patrol_routes/items');
    expect(all.features.map((f) => f.id)).toEqual(expect.arrayContaining([ours.id, theirs.id]));

    const one = (await getJson<OgcFeature>(patrol, `/ogc/collections/patrol_routes/items/${ours.id}`)).body;
    expect(one.geometry).toEqual({ type: 'LineString', coordinates: [at(mine), [at(mine)[0] + 0.002, at(mine)[1] + 0.001], [at(mine)[0] + 0.003, at(mine)[1] + 0.003]].map((p) => p.map((v) => Number(v.toFixed(6)))) });
    expect(one.properties).toMatchObject({ name: 'OGC 夜巡一线', startName: mine.properties.name, stationCode: mine.id, mode: 'foot' });
    expect(Date.parse(String(one.properties.createdAt))).toBe(Date.parse(ours.createdAt));
    expect((await patrol.request(`/ogc/collections/patrol_routes/items/${theirs.id}`)).status).toBe(404);
    expect((await patrol.request('/ogc/collections/patrol_routes/items/not-a-uuid')).status).toBe(404);
  });
});
