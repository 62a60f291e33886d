import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../core/contracts/auth';
import type { PatrolCandidateView } from '../../core/contracts/patrol';
import type { LngLat } from '../../core/patrol';
import { queryRows, type Db } from '../../server/db/engine';
import { nameNearestPlaces } from '../../server/db/repos/place-names.repo';
import { loadSearchIndex } from '../../server/db/repos/search-index.repo';
import { placeHotCells } from '../../server/services/hot-cells.service';
import { findStartOrRefusal } from '../../server/services/patrol-start.service';
import { getTestDatabase } from '../support/test-database';

// A beat and a building of the next beat a few tens of metres across their shared edge, with nothing of the beat's
// own (building or key place) half as near again to the edge point nearest that building: a hot cell centred on the
// building puts its stop on that edge, where the building across is the nearest named place of all.
let db: Db;
let beat: Scope;
let beatCode: string;
let neighbourCode: string;
let across: { code: string; lngLat: LngLat };
let inside: LngLat;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
  const [row] = await queryRows<{ beat: string; neighbour: string; building: string; x: number; y: number; ix: number; iy: number }>(db, sql`
    WITH beat AS (SELECT bg.beat_code AS code, ST_Union(g.geom) AS geom FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code GROUP BY bg.beat_code),
    pair AS (
      SELECT a.code AS beat, n.code AS neighbour, a.geom AS ageom, n.geom AS ngeom, x.code AS building, ST_PointOnSurface(x.geom) AS p
      FROM beat a JOIN buildings x ON ST_DWithin(a.geom, x.geom, 0.001)
      JOIN beat_grids xb ON xb.grid_code = x.grid_code AND xb.beat_code <> a.code JOIN beat n ON n.code = xb.beat_code),
    edge AS (SELECT pair.*, ST_ClosestPoint(ageom, p) AS cp, ST_Distance(p::geography, ST_ClosestPoint(ageom, p)::geography) AS m FROM pair),
    cand AS (SELECT edge.*, ST_Translate(cp, (ST_X(cp) - ST_X(p)) * 0.5 / m, (ST_Y(cp) - ST_Y(p)) * 0.5 / m) AS ip FROM edge WHERE m BETWEEN 10 AND 100)
    SELECT c.beat, c.neighbour, c.building, ST_X(c.p) AS x, ST_Y(c.p) AS y, ST_X(c.ip) AS ix, ST_Y(c.ip) AS iy FROM cand c
    WHERE ST_DWithin(c.ngeom, c.cp, 1e-9) AND ST_Within(c.ip, c.ageom)
      AND NOT EXISTS (SELECT 1 FROM buildings y JOIN beat_grids yb ON yb.grid_code = y.grid_code AND yb.beat_code = c.beat
        WHERE ST_DWithin(y.geom, c.cp, 1.5 * ST_Distance(c.p, c.cp)))
      AND NOT EXISTS (SELECT 1 FROM key_places k JOIN beat_grids kb ON kb.grid_code = k.grid_code AND kb.beat_code = c.beat
        WHERE ST_DWithin(k.geom, c.cp, 1.5 * ST_Distance(c.p, c.cp)))
    ORDER BY c.beat, c.building LIMIT 1`);
  beatCode = row.beat;
  neighbourCode = row.neighbour;
  beat = { kind: 'beat', codes: [beatCode] };
  across = { code: row.building, lngLat: [Number(row.x), Number(row.y)] };
  inside = [Number(row.ix), Number(row.iy)]; // half a metre inside the beat from its edge
});

/** The index's name of the place of the beat (building or key place) nearest `at`, and how far it is. */
async function nearestPlaceOfBeat(at: LngLat): Promise<{ name: string; m: number }> {
  const [near] = await queryRows<{ kind: 'building' | 'key_place'; code: string; m: number }>(db, sql`
    WITH own AS (
      SELECT 'building' AS kind, y.code, ST_PointOnSurface(y.geom) AS p FROM buildings y JOIN beat_grids yb ON yb.grid_code = y.grid_code AND yb.beat_code = ${beatCode}
      UNION ALL
      SELECT 'key_place', k.code, k.geom FROM key_places k JOIN beat_grids kb ON kb.grid_code = k.grid_code AND kb.beat_code = ${beatCode})
    SELECT kind, code, ST_Distance(p::geography, ST_SetSRID(ST_MakePoint(${at[0]}, ${at[1]}), 4326)::geography) AS m FROM own ORDER BY m, code LIMIT 1`);
  const { entries } = await loadSearchIndex(db);
  const entry = entries.find((e) => (near.kind === 'building' ? e.kind === 'address' && e.buildingCode === near.code : e.kind === 'key_place' && e.id === near.code));
  return { name: entry!.name, m: Number(near.m) };
}

async function nameOfBuilding(code: string): Promise<string> {
  const { entries } = await loadSearchIndex(db);
  return entries.find((e) => e.kind === 'address' && e.buildingCode === code)!.name;
}

const hotCellAt = (lngLat: LngLat): PatrolCandidateView => ({ id: 'cell-0-0', kind: 'hotspot', name: null, lngLat, risk: 1, mandatory: false, incidents: 3 });

describe('a patrol stop on the shared edge of two beats is named by its own beat (巡防路线)', () => {
  it('names a hot cell’s stop moved onto the edge by the beat’s nearest building, not the next beat’s building across it', async () => {
    const [stop] = await placeHotCells(db, [hotCellAt(across.lngLat)], beat);
    const [edge] = await queryRows<{ own: number; next: number }>(db, sql`
      SELECT (SELECT min(ST_Distance(g.geom::geography, s.pt::geography)) FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE bg.beat_code = ${beatCode}) AS own,
             (SELECT min(ST_Distance(g.geom::geography, s.pt::geography)) FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code WHERE bg.beat_code = ${neighbourCode}) AS next
      FROM (SELECT ST_SetSRID(ST_MakePoint(${stop.lngLat[0]}, ${stop.lngLat[1]}), 4326) AS pt) s`);
    expect(Number(edge.own)).toBeLessThan(0.1);
    expect(Number(edge.next)).toBeLessThan(0.1);
    const own = await nearestPlaceOfBeat(stop.lngLat);
    expect(stop.name).toBe(own.m <= 300 ? `${own.name}附近` : expect.stringMatching(new RegExp(`^${own.name}[东南西北]{1,2}约\\d+米$`)));
    expect(stop.name).not.toContain(await nameOfBuilding(across.code));
  });

  it('names a point of the beat with nothing of it within reach by the beat’s grid it lies in, not the next beat’s', async () => {
    const [stop] = await placeHotCells(db, [hotCellAt(across.lngLat)], beat);
    const [name] = await nameNearestPlaces(db, [stop.lngLat], { withinM: 0.01, scope: beat });
    const gridOf = async (code: string) => (await queryRows<{ name: string }>(db, sql`
      SELECT g.name FROM beat_grids bg JOIN grids g ON g.code = bg.grid_code
      WHERE bg.beat_code = ${code} ORDER BY ST_Distance(g.geom, ST_SetSRID(ST_MakePoint(${stop.lngLat[0]}, ${stop.lngLat[1]}), 4326)), g.code LIMIT 1`))[0].name;
    expect(name).toBe(await gridOf(beatCode));
    expect(name).not.toBe(await gridOf(neighbourCode));
    expect(await nameNearestPlaces(db, [stop.lngLat], { withinM: 0.01 })).toEqual([null]);
  });

  it('names a start picked by the beat’s leader just inside the edge by the beat’s own places', async () => {
    const found = await findStartOrRefusal(db, { start: inside }, beat, 'zh-CN');
    expect(found.ok).toBe(true);
    const own = await nearestPlaceOfBeat(inside);
    const name = found.ok ? found.start.name : null;
    expect(name).toBe(own.m <= 300 ? `${own.name}附近` : expect.stringMatching(new RegExp(`^${own.name}[东南西北]{1,2}约\\d+米$`)));
    expect(name).not.toContain(await nameOfBuilding(across.code));
  });

  it('tells apart two neighbouring cells named after the same place by their side of the pair', async () => {
    // Two points 40 m apart east–west inside the beat, nearer each other than to any other place.
    const west: LngLat = inside;
    const east: LngLat = [inside[0] + 0.0004, inside[1]];
    const [near] = await nameNearestPlaces(db, [west], { withinM: 2000, scope: beat });
    const [nearEast] = await nameNearestPlaces(db, [east], { withinM: 2000, scope: beat });
    const stops = await placeHotCells(db, [{ ...hotCellAt(west), id: 'cell-0-0' }, { ...hotCellAt(east), id: 'cell-0-1' }], beat);
    expect(stops).toHaveLength(2);
    if (near === nearEast) {
      expect(stops.map((s) => s.name)).toEqual([`${near}（西侧）`, `${near}（东侧）`]);
    } else {
      expect(stops.map((s) => s.name)).toEqual([near, nearEast]);
    }
    expect(stops[0].name).not.toBe(stops[1].name);
  });
});
