/**
 * The demo road network (issue 6, part 4): the streets of the urban mesh, in pgRouting's layout for the
 * road_nodes and road_edges tables. Every block edge that borders an urban block is a street segment between two
 * lattice vertices (node id = lattice vertex id), drawn straight. The lattice lines of the main roads
 * (main-roads.ts) are 'primary', every SECONDARY_EVERY-th line between and beyond them 'secondary', the rest
 * 'residential'. Two secondary lines are one-way for cars, so car routing meets a oneway. Road names are demo
 * names. No randomness: the network follows from the mesh alone, so adding it changed no other part's numbers.
 *
 * Costs are seconds per travel mode by core/patrol's rules (describe-way.ts), with haversine lengths as
 * buildRoadGraph measures them, so pgr_dijkstra on PostgreSQL and the TypeScript Dijkstra read the same numbers.
 */
import type { LineString } from 'geojson';
import { describeWay } from '../../core/patrol/describe-way';
import { measureDistanceM } from '../../core/patrol/measure-distance-m';
import type { TravelMode } from '../../core/patrol/types';
import type { RoadClass, RoadEdgeRow, RoadNodeRow } from './dataset';
import { buildMainRoads } from './main-roads';
import type { UrbanMesh } from './urban-mesh';

/** A secondary road every this many lattice lines (6 × 125 m = 750 m), counted from the first main road. */
export const SECONDARY_EVERY = 6;

// Demo names: the main roads after the district, the others after its towns (达川区的乡镇), in lattice order.
const PRIMARY_NAMES = { row: ['达川大道', '南外大道'], col: ['三里坪大道', '翠屏大道'] };
const SECONDARY_NAMES = [
  '河市路', '亭子路', '福善路', '石桥路', '堡子路', '麻柳路', '赵家路', '百节路', '景市路', '万家路', '碑庙路', '金垭路',
  '渡市路', '管村路', '青宁路', '大树路', '南岳路', '罐子路', '檀木路', '申家路', '木子路', '双庙路', '安仁路', '江陵路',
];

/** The demo road network: nodes and edges sorted by id. */
export interface DemoRoads {
  roadNodes: RoadNodeRow[];
  roadEdges: RoadEdgeRow[];
}

type Axis = 'row' | 'col';
interface LineClass {
  highway: RoadClass;
  name: string | null;
  oneway: boolean;
}

/**
 * Builds the demo road network of `mesh`; `centreCell` is the cell main-roads.ts lays the main roads around (the
 * same argument generate-demo-dataset.ts gives buildMainRoads). Throws when no main road crosses the urban area.
 */
export function buildDemoRoads(mesh: UrbanMesh, centreCell: number): DemoRoads {
  const classOf = classifyLatticeLines(mesh, centreCell);
  const { rows, cols, vertices } = mesh;
  const vid = (i: number, j: number): number => i * (cols + 1) + j;
  const urban = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < rows && j < cols && mesh.cellAt[i * cols + j] >= 0;
  const roadEdges: RoadEdgeRow[] = [];
  const used = new Set<number>();
  const push = (a: number, b: number, line: LineClass): void => {
    used.add(a).add(b);
    roadEdges.push(makeEdge(roadEdges.length + 1, a, b, vertices, line));
  };
  // Lattice row i runs along increasing j (one way = that direction); column j along increasing i.
  for (let i = 0; i <= rows; i++) {
    for (let j = 0; j < cols; j++) if (urban(i - 1, j) || urban(i, j)) push(vid(i, j), vid(i, j + 1), classOf('row', i));
  }
  for (let j = 0; j <= cols; j++) {
    for (let i = 0; i < rows; i++) if (urban(i, j - 1) || urban(i, j)) push(vid(i, j), vid(i + 1, j), classOf('col', j));
  }
  const roadNodes = [...used].sort((a, b) => a - b).map((id): RoadNodeRow => ({ id, geom: { type: 'Point', coordinates: [...vertices[id]] } }));
  return { roadNodes, roadEdges };
}

/** The class, name and direction of every lattice row and column line, from the main roads' positions. */
function classifyLatticeLines(mesh: UrbanMesh, centreCell: number): (axis: Axis, line: number) => LineClass {
  const idOf = new Map(mesh.vertices.map((p, id) => [`${p[0]},${p[1]}`, id]));
  const main: Record<Axis, number[]> = { row: [], col: [] };
  for (const s of buildMainRoads(mesh, centreCell)) {
    const a = idOf.get(`${s.from[0]},${s.from[1]}`)!;
    const b = idOf.get(`${s.to[0]},${s.to[1]}`)!;
    // A row segment joins vertices j and j + 1 of one lattice row; a column segment vertices i and i + 1.
    const [axis, line] = b - a === 1 ? (['row', Math.floor(a / (mesh.cols + 1))] as const) : (['col', a % (mesh.cols + 1)] as const);
    if (!main[axis].includes(line)) main[axis].push(line);
  }
  const secondary: Record<Axis, number[]> = { row: [], col: [] };
  for (const axis of ['row', 'col'] as const) {
    const size = axis === 'row' ? mesh.rows : mesh.cols;
    const base = Math.min(...main[axis]);
    for (let line = 0; line <= size; line++) {
      if (!main[axis].includes(line) && (((line - base) % SECONDARY_EVERY) + SECONDARY_EVERY) % SECONDARY_EVERY === 0) secondary[axis].push(line);
    }
  }
  // The secondary lines nearest the middle of the lattice are one-way, so they cross the urban area.
  const middle = (axis: Axis) => (axis === 'row' ? mesh.rows : mesh.cols) / 2;
  const oneway = (axis: Axis) => [...secondary[axis]].sort((a, b) => Math.abs(a - middle(axis)) - Math.abs(b - middle(axis)) || a - b)[0];
  const onewayLine: Record<Axis, number> = { row: oneway('row'), col: oneway('col') };
  const sortedMain = { row: [...main.row].sort((a, b) => a - b), col: [...main.col].sort((a, b) => a - b) };
  // Named in order of first use (rows, then columns), so lines outside the urban area use up no name.
  const secondaryName = new Map<string, string>();
  const nameOf = (key: string): string => {
    if (!secondaryName.has(key)) secondaryName.set(key, SECONDARY_NAMES[secondaryName.size % SECONDARY_NAMES.length]);
    return secondaryName.get(key)!;
  };
  return (axis, line) => {
    const m = sortedMain[axis].indexOf(line);
    if (m >= 0) return { highway: 'primary', name: PRIMARY_NAMES[axis][m] ?? null, oneway: false };
    if (secondary[axis].includes(line)) return { highway: 'secondary', name: nameOf(`${axis}:${line}`), oneway: line === onewayLine[axis] };
    return { highway: 'residential', name: null, oneway: false };
  };
}

/** One edge source → target with its per-mode costs in seconds (negative: that direction is closed to the mode). */
function makeEdge(id: number, source: number, target: number, vertices: [number, number][], line: LineClass): RoadEdgeRow {
  const from = vertices[source];
  const to = vertices[target];
  const lengthM = measureDistanceM(from, to);
  const [footCostS, footReverseCostS] = costsS(line, 'foot', lengthM);
  const [carCostS, carReverseCostS] = costsS(line, 'car', lengthM);
  const geom: LineString = { type: 'LineString', coordinates: [[...from], [...to]] };
  return { id, source, target, highway: line.highway, name: line.name, oneway: line.oneway, lengthM, footCostS, footReverseCostS, carCostS, carReverseCostS, geom };
}

function costsS(line: LineClass, mode: TravelMode, lengthM: number): [number, number] {
  const profile = describeWay({ highway: line.highway, oneway: line.oneway ? 'yes' : undefined }, mode);
  if (!profile) return [-1, -1];
  const seconds = lengthM / (profile.speedKmh / 3.6);
  return [profile.forward ? seconds : -1, profile.backward ? seconds : -1];
}
