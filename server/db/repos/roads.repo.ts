/**
 * The road network (road_nodes, road_edges in pgRouting's layout) and travel matrices over it for the patrol planner
 * (issue 6, part 4). On PostgreSQL with pgRouting the database routes (pgr_dijkstra); elsewhere the edges are read
 * into core/patrol's TypeScript Dijkstra. Both read the same rows and costs, so both answer the same minutes.
 * Without road data near the points, travel is straight-line with a detour factor, and `method` says so.
 */
import { sql, type SQL } from 'drizzle-orm';
import { alias, PgDialect } from 'drizzle-orm/pg-core';
import type { LineString } from 'geojson';
import type { RoadEdgeRow, RoadNodeRow } from '../../../data/generate/dataset';
import {
  ACCESS_SPEED_KMH,
  DEFAULT_MAX_SNAP_DISTANCE_M,
  PatrolInputError,
  ROAD_METHOD,
  buildRoadTravelMatrix,
  buildStraightLineMatrix,
  findShortestPathTree,
  measureDistanceM,
  tracePath,
  type LngLat,
  type TravelMatrix,
  type TravelMode,
} from '../../../core/patrol';
import { buildRoadGraphFromEdges, joinEdgeSteps, stepsOfNodePath, type RoadEdgeInput } from '../../../core/patrol/road-graph-from-edges';
import { queryRows, type Database, type Db } from '../engine';
import { roadEdges, roadNodes } from '../schema';
import { bare } from './sql-refs';

export const PGROUTING_METHOD = 'road network (pgRouting)';

/** Roads this far (metres) beyond the points' bounding box are routed over too: a detour may leave the box. */
const MARGIN_M = 1000;
/** Nearest road nodes fetched by KNN per point; the nearest by haversine among them wins, as snapToGraph measures. */
const SNAP_CANDIDATES = 8;
const accessMinPerM = 60 / (ACCESS_SPEED_KMH * 1000);

// The cost columns of each mode: constants, never input.
const costColumns = {
  foot: { cost: 'footCostS', reverse: 'footReverseCostS' },
  car: { cost: 'carCostS', reverse: 'carReverseCostS' },
} as const satisfies Record<TravelMode, { cost: keyof typeof roadEdges.$inferSelect; reverse: keyof typeof roadEdges.$inferSelect }>;

const e = alias(roadEdges, 'e');
const node = alias(roadNodes, 'n');
const dialect = new PgDialect();

/** Writes a road network (the demo's, or one imported in the same layout) in chunks of one statement each, then analyses it. */
export async function insertRoadNetwork(db: Db, network: { roadNodes: readonly RoadNodeRow[]; roadEdges: readonly RoadEdgeRow[] }, isDemo: boolean) {
  const chunk = 5000;
  for (let i = 0; i < network.roadNodes.length; i += chunk) {
    const payload = JSON.stringify(network.roadNodes.slice(i, i + chunk));
    await db.execute(sql`INSERT INTO ${roadNodes} (${bare(roadNodes.id)}, ${bare(roadNodes.geom)}, ${bare(roadNodes.isDemo)})
      SELECT r.id, ST_SetSRID(ST_GeomFromGeoJSON(r.geom::text), 4326), ${isDemo} FROM json_to_recordset(${payload}::json) AS r(id bigint, geom json)`);
  }
  for (let i = 0; i < network.roadEdges.length; i += chunk) {
    const payload = JSON.stringify(network.roadEdges.slice(i, i + chunk));
    const columns = [
      roadEdges.id, roadEdges.source, roadEdges.target, roadEdges.highway, roadEdges.name, roadEdges.lengthM, roadEdges.footCostS,
      roadEdges.footReverseCostS, roadEdges.carCostS, roadEdges.carReverseCostS, roadEdges.geom, roadEdges.isDemo,
    ];
    // The record's fields are the RoadEdgeRow's (data/generate/dataset), not the table's.
    await db.execute(sql`INSERT INTO ${roadEdges} (${sql.join(columns.map(bare), sql`, `)})
      SELECT r.id, r.source, r.target, r.highway, r.name, r."lengthM", r."footCostS", r."footReverseCostS", r."carCostS", r."carReverseCostS",
             ST_SetSRID(ST_GeomFromGeoJSON(r.geom::text), 4326), ${isDemo}
      FROM json_to_recordset(${payload}::json) AS r(id bigint, source bigint, target bigint, highway text, name text, "lengthM" float8,
        "footCostS" float8, "footReverseCostS" float8, "carCostS" float8, "carReverseCostS" float8, geom json)`);
  }
  // Fresh statistics: until autovacuum gets to them the planner takes the tables for empty, and the snap query's KNN
  // search with its edge check ran 4 s instead of 10 ms on PostgreSQL right after seeding.
  await db.execute(sql`ANALYZE ${roadNodes}, ${roadEdges}`);
}

export interface RoadTravelMatrix extends TravelMatrix {
  /** Metres from each point to the road node it joined the network at; null for straight-line travel. */
  snapDistanceM: number[] | null;
}

export interface TravelMatrixOptions {
  /** Route with this instead of the database's own choice (tests compare the two on PostgreSQL). */
  routing?: Database['routing'];
  /** Points farther from the network are unreachable (Infinity); the start farther throws. Default 500 m. */
  maxSnapDistanceM?: number;
}

/**
 * Travel between every pair of points ([lng, lat]) for a mode over the roads within MARGIN_M of their bounding box:
 * each point joins the network at its nearest usable node, the walk to it is counted at walking pace (as
 * core/patrol's buildRoadTravelMatrix does), and the road part is the fastest path by the mode's cost columns.
 * `pathBetween(i, j)` runs from point i along the edges' own geometry to point j. Index 0 is the start: if it is
 * farther than the snap limit from the roads, PatrolInputError; other such points are unreachable.
 */
export async function findTravelMatrix(database: Pick<Database, 'db' | 'routing'>, points: LngLat[], mode: TravelMode, options: TravelMatrixOptions = {}): Promise<RoadTravelMatrix> {
  if (points.length === 0 || !points.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]))) throw new PatrolInputError('points must be [lng, lat] numbers');
  const box = expandedBox(points, MARGIN_M);
  const routing = options.routing ?? database.routing;
  const matrix = routing === 'pgrouting' ? await routeWithPgrouting(database.db, points, mode, box) : await routeInTypescript(database.db, points, mode, box);
  if (!matrix) return { ...buildStraightLineMatrix(points, { mode }), snapDistanceM: null };
  const limitM = options.maxSnapDistanceM ?? DEFAULT_MAX_SNAP_DISTANCE_M;
  const snap = matrix.snapDistanceM!;
  if (!(snap[0] <= limitM)) throw new PatrolInputError(`the start is ${snap[0].toFixed(0)} m from the road network (limit ${limitM} m)`, { distanceM: snap[0], limitM });
  const n = points.length;
  for (let i = 1; i < n; i++) {
    if (snap[i] <= limitM) continue;
    for (let k = 0; k < n; k++) {
      if (k === i) continue;
      matrix.minutes[i][k] = matrix.minutes[k][i] = Infinity;
      matrix.metres[i][k] = matrix.metres[k][i] = Infinity;
    }
  }
  return matrix;
}

type Box = [number, number, number, number];
const envelope = (b: Box): SQL => sql`ST_MakeEnvelope(${b[0]}, ${b[1]}, ${b[2]}, ${b[3]}, 4326)`;
const pgArray = (values: readonly number[]) => `{${values.join(',')}}`;
const samePosition = (a: LngLat, b: LngLat) => a[0] === b[0] && a[1] === b[1];

function expandedBox(points: LngLat[], marginM: number): Box {
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const dLat = marginM / 111_320;
  const dLng = marginM / (111_320 * Math.cos((Math.max(...lats.map(Math.abs)) * Math.PI) / 180));
  return [Math.min(...lngs) - dLng, Math.min(...lats) - dLat, Math.max(...lngs) + dLng, Math.max(...lats) + dLat];
}

/** [point i, its node, …the road path…, point j's node, point j] without repeated positions. */
function legPositions(from: LngLat, fromNode: LngLat, road: LngLat[], toNode: LngLat, to: LngLat): LngLat[] {
  return [from, fromNode, ...road, toNode, to].filter((p, k, all) => k === 0 || !samePosition(p, all[k - 1]));
}

/** An edge as read: bigints may come back as text; the costs are the mode's; the geometry GeoJSON text. */
type EdgeRow = { [K in 'id' | 'source' | 'target']: typeof roadEdges.$inferSelect[K] | string } & Pick<typeof roadEdges.$inferSelect, 'lengthM'> & {
  costS: number;
  reverseCostS: number;
  geojson: string;
};

const toEdgeInput = (r: EdgeRow): RoadEdgeInput => ({
  id: Number(r.id),
  source: Number(r.source),
  target: Number(r.target),
  lengthM: Number(r.lengthM),
  costS: Number(r.costS),
  reverseCostS: Number(r.reverseCostS),
  coordinates: (JSON.parse(r.geojson) as LineString).coordinates as LngLat[],
});

/** PGlite, or PostgreSQL without pgRouting: the edges of the box into core/patrol. Null when the box has no road. */
async function routeInTypescript(db: Db, points: LngLat[], mode: TravelMode, box: Box): Promise<RoadTravelMatrix | null> {
  const cost = roadEdges[costColumns[mode].cost];
  const reverse = roadEdges[costColumns[mode].reverse];
  const rows = await queryRows<EdgeRow>(
    db,
    sql`SELECT ${roadEdges.id}, ${roadEdges.source}, ${roadEdges.target}, ${roadEdges.lengthM} AS "lengthM", ${cost} AS "costS", ${reverse} AS "reverseCostS",
          ST_AsGeoJSON(${roadEdges.geom}) AS geojson
        FROM ${roadEdges} WHERE ${roadEdges.geom} && ${envelope(box)} AND (${cost} >= 0 OR ${reverse} >= 0) ORDER BY ${roadEdges.id}`,
  );
  if (rows.length === 0) return null;
  const edges = rows.map(toEdgeInput);
  const graph = buildRoadGraphFromEdges(edges, { mode });
  const road = buildRoadTravelMatrix(graph, points);
  const nodeAt = (v: number): LngLat => [graph.nodeLngLat[2 * v], graph.nodeLngLat[2 * v + 1]];
  const pathBetween = (i: number, j: number): LngLat[] => {
    const [si, sj] = [road.snaps[i], road.snaps[j]];
    const nodePath = si && sj ? tracePath(findShortestPathTree(graph, si.node, [sj.node]), sj.node) : null;
    if (!si || !sj || !nodePath) throw new Error(`No road path from point ${i} to point ${j}`);
    return legPositions(points[i], nodeAt(si.node), joinEdgeSteps(stepsOfNodePath(graph, edges, nodePath)), nodeAt(sj.node), points[j]);
  };
  return { minutes: road.minutes, metres: road.metres, pathBetween, method: ROAD_METHOD, snapDistanceM: road.snaps.map((s) => s?.distanceM ?? Infinity) };
}

interface PairRow {
  from: number | string;
  to: number | string;
  cost_s: number;
  metres: number;
  nodes: (number | string)[] | null;
  edges: (number | string)[] | null;
}

/**
 * PostgreSQL with pgRouting: points snap to the nearest node (KNN `<->`) that has an edge usable by the mode in the
 * box; one many-to-many pgr_dijkstra gives every pair's seconds, metres and edge sequence (aggregated in the
 * database, one row a pair); the geometry of the edges used is read once. Null when no node is usable.
 */
async function routeWithPgrouting(db: Db, points: LngLat[], mode: TravelMode, box: Box): Promise<RoadTravelMatrix | null> {
  const cost = roadEdges[costColumns[mode].cost];
  const reverse = roadEdges[costColumns[mode].reverse];
  const usable = sql`(${e[costColumns[mode].cost]} >= 0 OR ${e[costColumns[mode].reverse]} >= 0)`;
  // The lateral subquery is named n as the nodes are inside it, so n's columns read the same outside.
  const nearest = await queryRows<{ k: number; id: number | string; lng: number; lat: number }>(
    db,
    sql`SELECT p.k::int AS k, ${node.id}, ST_X(${node.geom}) AS lng, ST_Y(${node.geom}) AS lat
        FROM unnest(${pgArray(points.map((p) => p[0]))}::float8[], ${pgArray(points.map((p) => p[1]))}::float8[]) WITH ORDINALITY AS p(lng, lat, k)
        CROSS JOIN LATERAL (
          SELECT ${node.id}, ${node.geom} FROM ${roadNodes} ${node}
          WHERE EXISTS (SELECT 1 FROM ${roadEdges} ${e} WHERE (${e.source} = ${node.id} OR ${e.target} = ${node.id}) AND ${e.geom} && ${envelope(box)} AND ${usable})
          ORDER BY ${node.geom} <-> ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326) LIMIT ${SNAP_CANDIDATES}
        ) ${node}`,
  );
  if (nearest.length === 0) return null;
  const snaps = points.map((p, i) => {
    const near = nearest.filter((r) => Number(r.k) === i + 1).map((r) => ({ id: Number(r.id), lngLat: [Number(r.lng), Number(r.lat)] as LngLat }));
    const best = near.map((n) => ({ ...n, distanceM: measureDistanceM(p, n.lngLat) })).reduce((a, b) => (b.distanceM < a.distanceM ? b : a));
    return best;
  });
  const vids = pgArray([...new Set(snaps.map((s) => s.id))]);
  // The edges query is text for pgr_dijkstra, under the column names pgRouting reads; its numbers are the box
  // computed above, rendered into it, as a query given as text takes no parameters.
  const edgesSql = dialect.sqlToQuery(sql`SELECT ${roadEdges.id} AS id, ${roadEdges.source} AS source, ${roadEdges.target} AS target,
      ${cost} AS cost, ${reverse} AS reverse_cost FROM ${roadEdges}
    WHERE ${roadEdges.geom} && ST_MakeEnvelope(${sql.raw(box.map((x) => x.toFixed(9)).join(', '))}, 4326)`).sql;
  const pairs = await queryRows<PairRow>(
    db,
    sql`SELECT d.start_vid AS "from", d.end_vid AS "to", max(d.agg_cost) AS cost_s, coalesce(sum(${e.lengthM}), 0) AS metres,
          array_agg(d.node ORDER BY d.path_seq) FILTER (WHERE d.edge >= 0) AS nodes,
          array_agg(d.edge ORDER BY d.path_seq) FILTER (WHERE d.edge >= 0) AS edges
        FROM pgr_dijkstra(${edgesSql}, ${vids}::bigint[], ${vids}::bigint[], true) d
        LEFT JOIN ${roadEdges} ${e} ON ${e.id} = d.edge
        GROUP BY d.start_vid, d.end_vid`,
  );
  const byPair = new Map(pairs.map((r) => [`${Number(r.from)}>${Number(r.to)}`, r]));
  const edgeIds = [...new Set(pairs.flatMap((r) => (r.edges ?? []).map(Number)))];
  const edgeRows = edgeIds.length === 0 ? [] : await queryRows<EdgeRow>(
    db,
    sql`SELECT ${roadEdges.id}, ${roadEdges.source}, ${roadEdges.target}, ${roadEdges.lengthM} AS "lengthM", 0 AS "costS", 0 AS "reverseCostS",
        ST_AsGeoJSON(${roadEdges.geom}) AS geojson FROM ${roadEdges} WHERE ${roadEdges.id} = ANY(${pgArray(edgeIds)}::bigint[])`,
  );
  const edgeById = new Map(edgeRows.map((r) => [Number(r.id), toEdgeInput(r)]));

  const n = points.length;
  const minutes = points.map(() => new Array<number>(n).fill(Infinity));
  const metres = points.map(() => new Array<number>(n).fill(Infinity));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const [a, b] = [snaps[i], snaps[j]];
      const accessM = i === j ? 0 : a.distanceM + b.distanceM;
      const pair = a.id === b.id ? { cost_s: 0, metres: 0 } : byPair.get(`${a.id}>${b.id}`);
      if (!pair) continue;
      minutes[i][j] = i === j ? 0 : Number(pair.cost_s) / 60 + accessM * accessMinPerM;
      metres[i][j] = i === j ? 0 : Number(pair.metres) + accessM;
    }
  }
  const pathBetween = (i: number, j: number): LngLat[] => {
    const [a, b] = [snaps[i], snaps[j]];
    if (a.id === b.id) return legPositions(points[i], a.lngLat, [], b.lngLat, points[j]);
    const pair = byPair.get(`${a.id}>${b.id}`);
    if (!pair) throw new Error(`No road path from point ${i} to point ${j}`);
    const steps = (pair.nodes ?? []).map((node, k) => ({ fromNode: Number(node), edge: edgeById.get(Number(pair.edges![k]))! }));
    return legPositions(points[i], a.lngLat, joinEdgeSteps(steps), b.lngLat, points[j]);
  };
  return { minutes, metres, pathBetween, method: PGROUTING_METHOD, snapDistanceM: snaps.map((s) => s.distanceM) };
}
