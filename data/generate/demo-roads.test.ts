import type { Feature, LineString, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildRoadGraph, CAR_SPEED_KMH, FOOT_SPEED_KMH, measureDistanceM } from '../../core/patrol';
import { nearestCellToMetres } from './city-plan';
import type { RoadEdgeRow } from './dataset';
import { fixtureDataset } from './demo-dataset-fixture';
import { buildDemoRoads } from './demo-roads';
import { buildMainRoads } from './main-roads';
import { createRng } from './prng';
import { buildUrbanMesh } from './urban-mesh';

// A small mesh of its own (as in urban-mesh.test.ts), so lattice-level facts can be checked against the mesh.
const district: Polygon = { type: 'Polygon', coordinates: [[[107.44, 31.095], [107.56, 31.095], [107.56, 31.215], [107.44, 31.215], [107.44, 31.095]]] };
const mesh = buildUrbanMesh({ centre: [107.5, 31.2], district, cellSizeM: 125, targetAreaKm2: 6, rng: createRng('roads', 'mesh') });
const centreCell = nearestCellToMetres(mesh, [0, -1400]);
const roads = buildDemoRoads(mesh, centreCell);
const key = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
const asFeatures = (edges: RoadEdgeRow[]): Feature<LineString>[] =>
  edges.map((e) => ({ type: 'Feature', properties: { highway: e.highway, oneway: e.oneway ? 'yes' : 'no', node_refs: [e.source, e.target] }, geometry: e.geom }));

describe('buildDemoRoads', () => {
  it('makes every block edge of the mesh one street segment, and no other', () => {
    const blockEdges = new Set(mesh.cells.flatMap((c) => c.ring.map((v, k) => key(v, c.ring[(k + 1) % 4]))));
    const roadKeys = roads.roadEdges.map((e) => key(e.source, e.target));
    expect(new Set(roadKeys).size).toBe(roadKeys.length);
    expect(new Set(roadKeys)).toEqual(blockEdges);
  });

  it('uses lattice vertex ids as node ids, at the vertices, with straight edges from source to target', () => {
    for (const n of roads.roadNodes) expect(n.geom.coordinates).toEqual(mesh.vertices[n.id]);
    const nodeIds = new Set(roads.roadNodes.map((n) => n.id));
    for (const e of roads.roadEdges) {
      expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
      expect(e.geom.coordinates).toEqual([mesh.vertices[e.source], mesh.vertices[e.target]]);
    }
    expect(roads.roadEdges.map((e) => e.id)).toEqual(roads.roadEdges.map((_, k) => k + 1));
  });

  it('classes the main roads primary and names them, and has secondary and residential streets', () => {
    const byEnds = new Map(roads.roadEdges.map((e) => [key(e.source, e.target), e]));
    const idOf = new Map(mesh.vertices.map((p, id) => [`${p[0]},${p[1]}`, id]));
    const main = buildMainRoads(mesh, centreCell).map((s) => byEnds.get(key(idOf.get(`${s.from[0]},${s.from[1]}`)!, idOf.get(`${s.to[0]},${s.to[1]}`)!))!);
    expect(main.every((e) => e.highway === 'primary')).toBe(true);
    // On this small mesh one main road may miss the urban area; each that crosses it has its name.
    expect(main.every((e) => ['达川大道', '南外大道', '三里坪大道', '翠屏大道'].includes(e.name!))).toBe(true);
    expect(roads.roadEdges.filter((e) => e.highway === 'primary')).toHaveLength(main.length);
    const secondary = roads.roadEdges.filter((e) => e.highway === 'secondary');
    expect(secondary.length).toBeGreaterThan(0);
    expect(secondary.every((e) => e.name !== null)).toBe(true);
    expect(roads.roadEdges.filter((e) => e.highway === 'residential').every((e) => e.name === null && !e.oneway)).toBe(true);
  });

  it('costs each mode by core/patrol speeds on haversine lengths; one-way streets close the reverse to cars only', () => {
    for (const e of roads.roadEdges) {
      expect(e.lengthM).toBeCloseTo(measureDistanceM(e.geom.coordinates[0] as [number, number], e.geom.coordinates[1] as [number, number]), 9);
      expect(e.footCostS).toBeCloseTo(e.lengthM / (FOOT_SPEED_KMH / 3.6), 9);
      expect(e.footReverseCostS).toBe(e.footCostS);
      expect(e.carCostS).toBeCloseTo(e.lengthM / (CAR_SPEED_KMH[e.highway] / 3.6), 9);
      expect(e.carReverseCostS).toBe(e.oneway ? -1 : e.carCostS);
    }
    expect(roads.roadEdges.some((e) => e.oneway)).toBe(true);
  });

  it('gives the same edge minutes as buildRoadGraph reading the same streets as OSM-style ways', () => {
    const car = buildRoadGraph(asFeatures(roads.roadEdges), { mode: 'car' });
    for (let v = 0; v < car.nodeCount; v++) {
      for (let s = car.edgeStart[v]; s < car.edgeStart[v + 1]; s++) {
        const e = roads.roadEdges[car.edgeFeature[s]];
        const forward = car.nodeKey[v] === e.source;
        expect(car.edgeMinutes[s] * 60).toBeCloseTo(forward ? e.carCostS : e.carReverseCostS, 6);
      }
    }
  });

  it('is deterministic and draws no random numbers', () => {
    expect(buildDemoRoads(mesh, centreCell)).toEqual(roads);
  });
});

describe('the demo dataset road network', () => {
  let edges: RoadEdgeRow[];
  beforeAll(() => {
    edges = fixtureDataset().dataset.roadEdges;
  });

  it('is one strongly connected network for both modes, one-way streets included', () => {
    for (const mode of ['foot', 'car'] as const) {
      const graph = buildRoadGraph(asFeatures(edges), { mode });
      expect(graph.componentSizes).toEqual([fixtureDataset().dataset.roadNodes.length]);
    }
  });

  it('names the four main roads', () => {
    const names = new Set(edges.filter((e) => e.highway === 'primary').map((e) => e.name));
    expect(names).toEqual(new Set(['达川大道', '南外大道', '三里坪大道', '翠屏大道']));
  });

  it('has block-sized segments (125 m blocks, jittered) and positive node ids', () => {
    expect(edges.length).toBeGreaterThan(3000);
    expect(Math.min(...edges.map((e) => e.lengthM))).toBeGreaterThan(50);
    expect(Math.max(...edges.map((e) => e.lengthM))).toBeLessThan(200);
    expect(fixtureDataset().dataset.roadNodes.every((n) => n.id > 0)).toBe(true);
  });
});
