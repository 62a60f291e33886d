import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldToday } from '../../core/contracts/field';
import type { SavedPatrolRoute } from '../../core/contracts/patrol';
import { queryRows, type Db } from '../../server/db/engine';
import { textArraySql } from '../../server/db/repos/sql-refs';
import { demoFieldBeats } from '../../server/db/seed/demo-accounts';
import { demoSeedAuthor } from '../../server/db/repos/author-name-sql';
import { todayKeyPlacesMax } from '../../server/db/repos/field-today.repo';
import { demoRouteRequest } from '../../server/db/seed/demo-patrol-routes';
import { getTestDatabase, loginAs } from '../support/test-database';

// The seed's field demo (issue 16): an officer account per demo beat and a grid worker with it, and a saved route per
// such beat, planned by the patrol planner, so a fresh demo's 今日 is not empty and the simulation has routes to walk.
let db: Db;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
});

interface DemoRoute { id: string; name: string; assigned_to: string; is_demo: boolean; window_start: string; window_end: string; plan: { stops: { name: string | null; kind: string; lngLat: [number, number] }[] } }

describe('the demo field accounts', () => {
  it('gives each of the first beats its community officer and a grid worker of it, tied to their people, demo and named （演示）', async () => {
    const rows = await queryRows<{ username: string; role: string; display_name: string; scope_kind: string; code: string; person_role: string; is_demo: boolean; in_beat: boolean }>(
      db,
      sql`SELECT u.username, u.role, u.display_name, u.scope_kind, u.scope_codes->>0 AS code, p.role AS person_role, u.is_demo,
          (u.role = 'officer' AND EXISTS (SELECT 1 FROM beats b WHERE b.code = u.scope_codes->>0 AND b.officer_id = u.person_id)
            OR u.role = 'grid_worker' AND p.grid_code = u.scope_codes->>0) AS in_beat
        FROM users u JOIN people p ON p.id = u.person_id WHERE u.username ~ '^(officer\\d{2}|worker\\d{3})$' ORDER BY u.username`,
    );
    const officers = rows.filter((r) => r.role === 'officer');
    const workers = rows.filter((r) => r.role === 'grid_worker');
    expect(officers.map((r) => r.username)).toEqual(Array.from({ length: demoFieldBeats }, (_, i) => `officer${String(i + 1).padStart(2, '0')}`));
    expect(workers.length).toBeGreaterThanOrEqual(demoFieldBeats - 2);
    expect(new Set(officers.map((r) => r.code)).size).toBe(demoFieldBeats);
    for (const r of rows) {
      expect(r.is_demo).toBe(true);
      expect(r.display_name).toMatch(/（演示）$/);
      expect(r.in_beat, r.username).toBe(true);
      expect(r.person_role).toBe(r.role === 'officer' ? 'community_officer' : 'grid_worker');
    }
  });
});

describe('the demo patrol routes', () => {
  it('saves one route per demo officer’s beat, assigned to the beat, demo, with named stops inside the beat', async () => {
    const routes = await queryRows<DemoRoute>(db, sql`SELECT id::text, name, assigned_to, is_demo, window_start, window_end, plan FROM patrol_routes WHERE created_by = ${demoSeedAuthor} ORDER BY assigned_to`);
    const beats = await queryRows<{ code: string }>(db, sql`SELECT scope_codes->>0 AS code FROM users WHERE role = 'officer' AND is_demo ORDER BY 1`);
    expect(routes.map((r) => r.assigned_to)).toEqual(beats.map((b) => `beat:${b.code}`));
    for (const r of routes) {
      expect(r.is_demo).toBe(true);
      expect(r.name).toMatch(/警格 晚间巡线（演示）$/);
      expect([r.window_start, r.window_end]).toEqual([demoRouteRequest.window.start, demoRouteRequest.window.end]);
      const plan = typeof r.plan === 'string' ? (JSON.parse(r.plan) as DemoRoute['plan']) : r.plan;
      expect(plan.stops.length).toBeGreaterThanOrEqual(2);
      for (const s of plan.stops) expect(s.name, JSON.stringify(s)).toMatch(/\p{Script=Han}/u);
      // Planned over the beat's own places: every stop lies in one of its grids.
      const code = r.assigned_to.slice('beat:'.length);
      const [{ n }] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM jsonb_array_elements(${JSON.stringify(plan.stops.map((s) => s.lngLat))}::jsonb) AS s(p)
        WHERE NOT EXISTS (SELECT 1 FROM grids g JOIN beat_grids bg ON bg.grid_code = g.code WHERE bg.beat_code = ${code}
          AND ST_DWithin(g.geom::geography, ST_SetSRID(ST_MakePoint((s.p->>0)::float8, (s.p->>1)::float8), 4326)::geography, 50))`);
      expect(Number(n), r.name).toBe(0);
    }
  });

  it('lists the seed’s routes as written by the demo data, by that label, not by the internal author demo-seed', async () => {
    const patrol = await loginAs('patrol');
    const listed = ((await (await patrol.request('/api/patrol/routes')).json()) as SavedPatrolRoute[]).filter((r) => r.name.endsWith('晚间巡线（演示）'));
    expect(listed.length).toBeGreaterThan(0);
    for (const r of listed) expect([r.createdBy, r.createdByName]).toEqual([demoSeedAuthor, '演示数据']);
  });

  it('puts the route of officer01’s beat on their 今日, with its stops by name, their times and points', async () => {
    const officer = await loginAs('officer01');
    const today = (await (await officer.request('/api/field/today')).json()) as FieldToday;
    const demoRoutes = today.routes.filter((r) => r.name.endsWith('晚间巡线（演示）'));
    // One beat, one seeded route.
    expect(demoRoutes).toHaveLength(1);
    const [route] = demoRoutes;
    expect(route.window).toEqual(demoRouteRequest.window);
    expect(route.stops.length).toBeGreaterThanOrEqual(2);
    for (const s of route.stops) {
      expect(s.name).not.toMatch(/^第 \d+ 站$/);
      expect(s.arrival).toMatch(/^\d{2}:\d{2}$/);
      expect(s.position).not.toBeNull();
    }
  });
});

describe('the key places on 今日', () => {
  it('lists every key place a QR code may be scanned at by code, name and point, those of the caller’s jurisdiction first', async () => {
    const leader = await loginAs('patrol');
    const today = (await (await leader.request('/api/field/today')).json()) as FieldToday;
    const all = await queryRows<{ code: string; name: string; own: boolean }>(db, sql`SELECT k.code, k.name, k.grid_code IN (SELECT bg.grid_code FROM beat_grids bg
        JOIN beats b ON b.code = bg.beat_code WHERE b.station_code = (SELECT scope_codes->>0 FROM users WHERE username = 'patrol')) IS TRUE AS own
      FROM key_places k ORDER BY 3 DESC, k.code`);
    expect(all.filter((k) => k.own).length).toBeGreaterThan(0);
    expect(all.filter((k) => !k.own).length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(todayKeyPlacesMax);
    expect(today.keyPlaces!.map((k) => [k.code, k.name])).toEqual(all.map((k) => [k.code, k.name]));
    for (const k of today.keyPlaces!) expect(k.position).toHaveLength(2);
  });
});

describe('the routes on 今日', () => {
  it('say when each route’s plan ends (its window’s start plus the plan’s minutes), as the route list does', async () => {
    const leader = await loginAs('officer01');
    const today = (await (await leader.request('/api/field/today')).json()) as FieldToday;
    const routes = (await (await leader.request('/api/patrol/routes')).json()) as SavedPatrolRoute[];
    expect(today.routes.length).toBeGreaterThan(0); // the seed's route of officer01's beat
    const plans = await queryRows<{ id: string; m: number }>(db, sql`SELECT id::text AS id, (plan->>'minutes')::float8 AS m FROM patrol_routes WHERE id::text = ANY(${textArraySql(today.routes.map((r) => r.id))})`);
    expect(plans).toHaveLength(today.routes.length);
    for (const r of today.routes) {
      const [h, m] = r.window.start.split(':').map(Number);
      const end = (h * 60 + m + Math.ceil(plans.find((p) => p.id === r.id)!.m - 1e-9)) % 1440;
      expect(r.plannedEnd, r.name).toBe(`${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`);
    }
    // The seed's evening route is planned shorter than its window: the phone's times end before the shift does.
    expect(today.routes.some((r) => r.plannedEnd !== r.window.end)).toBe(true);
    for (const r of today.routes) expect(r.plannedEnd).toBe(routes.find((l) => l.id === r.id)?.plannedEnd);
  });
});

describe('places on 今日', () => {
  it('names a building by its community’s short name, compound and building (梧桐梁社区星河城2栋), as the other views do', async () => {
    const worker = await loginAs('worker001');
    const today = (await (await worker.request('/api/field/today')).json()) as FieldToday;
    const [shortNames] = await queryRows<{ names: string[] }>(db, sql`SELECT array_agg(short_name) AS names FROM communities`);
    const places = [...today.tasks.map((t) => t.place), ...today.buildingsToVerify.map((b) => b.place)];
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      expect(place).not.toContain('居民委员会');
      expect(shortNames.names.some((n) => place.startsWith(n)) || /网格$/.test(place), place).toBe(true);
    }
  });

  it('names each task’s building by its code too, so a 核查走访 can be recorded from the task on the phone', async () => {
    const worker = await loginAs('worker001');
    const today = (await (await worker.request('/api/field/today')).json()) as FieldToday;
    expect(today.tasks.length).toBeGreaterThan(0);
    const stored = await queryRows<{ id: string; building_code: string | null }>(
      db,
      sql`SELECT id::text, building_code FROM collection_tasks WHERE id::text = ANY(${textArraySql(today.tasks.map((t) => t.id))})`,
    );
    expect(today.tasks.map((t) => [t.id, t.buildingCode]).sort()).toEqual(stored.map((r) => [r.id, r.building_code]).sort());
    expect(today.tasks.some((t) => t.buildingCode)).toBe(true);
  });
});
