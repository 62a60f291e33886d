/**
 * The urban mesh: a jittered quad lattice of small blocks (~125 m) covering the demo urban area.
 * Neighbouring blocks share vertex objects (by index), and every vertex is rounded to 7 decimals before
 * any block is built, so a shared edge has bit-identical coordinates on both sides and dissolving blocks
 * into grids, communities and streets yields exact tilings.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { createLocalFrame, pointInArea, pointInRing, roundPosition, toLngLat, toMetres, type LocalFrame } from './planar';
import type { Rng } from './prng';

/** One block of the mesh. */
export interface MeshCell {
  id: number;
  row: number;
  col: number;
  /** Vertex ids, counter-clockwise (SW, SE, NE, NW in lattice terms), not closed. */
  ring: [number, number, number, number];
  centroid: [number, number]; // [lng, lat]
  centroidM: [number, number]; // metres in the mesh frame (x east, y north of the frame origin)
}

/** The blocks of the urban area and the lattice they sit on. */
export interface UrbanMesh {
  /** Metric frame centred on the urban centre (the district government). */
  frame: LocalFrame;
  rotationRad: number;
  cellSizeM: number;
  rows: number;
  cols: number;
  /** Lattice coordinates (metres, before rotation) of vertex (0, 0). */
  latticeOrigin: [number, number];
  /** (rows + 1) × (cols + 1) vertices, id = i × (cols + 1) + j, each rounded to 7 decimals. */
  vertices: [number, number][];
  cells: MeshCell[];
  /** rows × cols lattice slots → cell id, or -1 where the slot is not part of the urban area. */
  cellAt: Int32Array;
  /** Cell ids sharing an edge with each cell. */
  adjacency: number[][];
}

/** How to build the mesh. */
export interface UrbanMeshOptions {
  /** The urban centre, [lng, lat] WGS 84; it must lie inside `district`. */
  centre: Position;
  /** Cells are kept only where they lie wholly inside this area. */
  district: Polygon | MultiPolygon;
  cellSizeM: number;
  targetAreaKm2: number;
  rng: Rng;
}

const JITTER = 0.18; // of a cell; below 0.25 every quad stays convex (see the convexity test)

interface Lattice {
  rows: number;
  cols: number;
  origin: [number, number]; // lattice coordinates (metres, before rotation) of vertex (0, 0)
  toWorld: (u: number, v: number) => [number, number];
}

/** Builds the mesh. Deterministic for a given rng state; throws if the centre is outside the district. */
export function buildUrbanMesh(opts: UrbanMeshOptions): UrbanMesh {
  const { centre, district, cellSizeM: s, rng } = opts;
  if (!pointInArea(centre, district)) throw new Error(`buildUrbanMesh: centre ${centre.join(',')} is outside the district`);
  const frame = createLocalFrame(centre);
  const rotationRad = rng.range(-0.3, 0.3);
  // The district border runs ~1 km north of the government (the city of 通川区 lies beyond it), so the
  // demo urban area is centred south of it and the government sits near its northern edge.
  const blob = { cx: rng.range(-300, 300), cy: -rng.range(1200, 1600), phases: [rng.range(0, 6.3), rng.range(0, 6.3), rng.range(0, 6.3)] };
  const half = Math.ceil(6000 / s);
  const cos = Math.cos(rotationRad);
  const sin = Math.sin(rotationRad);
  const lattice: Lattice = {
    rows: 2 * half, cols: 2 * half, origin: [blob.cx - half * s, blob.cy - half * s],
    toWorld: (u, v) => [u * cos - v * sin, u * sin + v * cos],
  };
  const vertices = jitteredVertices(lattice, frame, s, rng);
  const inside = slotsInsideDistrict(lattice, vertices, district);
  const kept = fitUrbanArea(lattice, s, inside, blob, opts.targetAreaKm2);
  const { cells, cellAt } = collectCells(lattice, vertices, kept, frame);
  const { rows, cols } = lattice;
  const adjacency = cells.map((c) =>
    [[c.row - 1, c.col], [c.row + 1, c.col], [c.row, c.col - 1], [c.row, c.col + 1]]
      .filter(([i, j]) => i >= 0 && j >= 0 && i < rows && j < cols && cellAt[i * cols + j] >= 0)
      .map(([i, j]) => cellAt[i * cols + j]),
  );
  return { frame, rotationRad, cellSizeM: s, rows, cols, latticeOrigin: lattice.origin, vertices, cells, cellAt, adjacency };
}

/** Lattice vertices moved by up to ±18 % of a cell in each axis, then rounded to 7 decimals. */
function jitteredVertices(lattice: Lattice, frame: LocalFrame, s: number, rng: Rng): [number, number][] {
  const vertices: [number, number][] = [];
  for (let i = 0; i <= lattice.rows; i++) {
    for (let j = 0; j <= lattice.cols; j++) {
      const u = lattice.origin[0] + (j + rng.range(-JITTER, JITTER)) * s;
      const v = lattice.origin[1] + (i + rng.range(-JITTER, JITTER)) * s;
      const [x, y] = lattice.toWorld(u, v);
      vertices.push(roundPosition(toLngLat(frame, x, y)));
    }
  }
  return vertices;
}

const vertexId = (lattice: Lattice, i: number, j: number): number => i * (lattice.cols + 1) + j;

function slotRing(lattice: Lattice, i: number, j: number): MeshCell['ring'] {
  return [vertexId(lattice, i, j), vertexId(lattice, i, j + 1), vertexId(lattice, i + 1, j + 1), vertexId(lattice, i + 1, j)];
}

/** 1 for lattice slots wholly inside the district: corners inside and no border vertex inside the (convex) quad. */
function slotsInsideDistrict(lattice: Lattice, vertices: [number, number][], district: Polygon | MultiPolygon): Uint8Array {
  const borderVertices = (district.type === 'Polygon' ? [district.coordinates] : district.coordinates).flat(2);
  const inside = new Uint8Array(lattice.rows * lattice.cols);
  for (let i = 0; i < lattice.rows; i++) {
    for (let j = 0; j < lattice.cols; j++) {
      const ring = slotRing(lattice, i, j).map((k) => vertices[k]);
      const ok = ring.every((p) => pointInArea(p, district)) && !borderVertices.some((p) => pointInRing(p, ring));
      inside[i * lattice.cols + j] = ok ? 1 : 0;
    }
  }
  return inside;
}

/**
 * Selects the slots of a wobbly disc around the blob centre, clipped by the district, with the radius
 * refined a few times towards the target area (the clipped area depends on it non-linearly).
 */
function fitUrbanArea(lattice: Lattice, s: number, inside: Uint8Array, blob: { cx: number; cy: number; phases: number[] }, targetAreaKm2: number): Uint8Array {
  const wobble = (x: number, y: number): number => {
    const a = Math.atan2(y - blob.cy, x - blob.cx);
    const [p1, p2, p3] = blob.phases;
    return 1 + 0.14 * Math.sin(2 * a + p1) + 0.09 * Math.sin(3 * a + p2) + 0.05 * Math.sin(5 * a + p3);
  };
  let radius = Math.sqrt((targetAreaKm2 * 1e6) / Math.PI);
  let kept: Uint8Array = new Uint8Array(lattice.rows * lattice.cols);
  for (let iter = 0; iter < 5; iter++) {
    kept = selectSlots(lattice.rows, lattice.cols, inside, (i, j) => {
      const [x, y] = lattice.toWorld(lattice.origin[0] + (j + 0.5) * s, lattice.origin[1] + (i + 0.5) * s);
      return Math.hypot(x - blob.cx, y - blob.cy) <= radius * wobble(x, y);
    });
    const areaKm2 = (kept.reduce((a, b) => a + b, 0) * s * s) / 1e6;
    radius *= Math.sqrt(targetAreaKm2 / areaKm2);
  }
  return kept;
}

function collectCells(lattice: Lattice, vertices: [number, number][], kept: Uint8Array, frame: LocalFrame): { cells: MeshCell[]; cellAt: Int32Array } {
  const cellAt = new Int32Array(lattice.rows * lattice.cols).fill(-1);
  const cells: MeshCell[] = [];
  for (let i = 0; i < lattice.rows; i++) {
    for (let j = 0; j < lattice.cols; j++) {
      if (!kept[i * lattice.cols + j]) continue;
      const ring = slotRing(lattice, i, j);
      const lng = ring.reduce((a, k) => a + vertices[k][0], 0) / 4;
      const lat = ring.reduce((a, k) => a + vertices[k][1], 0) / 4;
      cellAt[i * lattice.cols + j] = cells.length;
      cells.push({ id: cells.length, row: i, col: j, ring, centroid: [lng, lat], centroidM: toMetres(frame, [lng, lat]) });
    }
  }
  return { cells, cellAt };
}

/**
 * Slots passing `wanted` and inside the district, reduced to the largest edge-connected component
 * with enclosed gaps filled (so the urban area is one piece without holes where the district allows).
 */
function selectSlots(rows: number, cols: number, inside: Uint8Array, wanted: (i: number, j: number) => boolean): Uint8Array {
  const candidate = new Uint8Array(rows * cols);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) candidate[i * cols + j] = inside[i * cols + j] && wanted(i, j) ? 1 : 0;
  const label = new Int32Array(rows * cols).fill(-1);
  let best = -1;
  let bestSize = 0;
  for (let k = 0; k < rows * cols; k++) {
    if (!candidate[k] || label[k] >= 0) continue;
    const size = flood(rows, cols, [k], (q) => candidate[q] === 1 && label[q] < 0, (q) => (label[q] = k));
    if (size > bestSize) [best, bestSize] = [k, size];
  }
  const kept = new Uint8Array(rows * cols);
  for (let k = 0; k < rows * cols; k++) if (label[k] === best) kept[k] = 1;
  // Fill holes: slots not reachable from the lattice border through unkept slots are enclosed.
  const outside = new Uint8Array(rows * cols);
  const border: number[] = [];
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) if (i === 0 || j === 0 || i === rows - 1 || j === cols - 1) border.push(i * cols + j);
  flood(rows, cols, border.filter((q) => !kept[q]), (q) => !kept[q] && !outside[q], (q) => (outside[q] = 1));
  for (let k = 0; k < rows * cols; k++) if (!kept[k] && !outside[k] && inside[k]) kept[k] = 1;
  return kept;
}

/** Breadth-first flood over 4-neighbour slots; returns how many slots were visited. */
function flood(rows: number, cols: number, starts: number[], enter: (q: number) => boolean, visit: (q: number) => void): number {
  const queue: number[] = [];
  for (const q of starts) {
    if (enter(q)) {
      visit(q);
      queue.push(q);
    }
  }
  for (let h = 0; h < queue.length; h++) {
    const q = queue[h];
    const i = Math.floor(q / cols);
    const j = q % cols;
    for (const [a, b] of [[i - 1, j], [i + 1, j], [i, j - 1], [i, j + 1]]) {
      if (a < 0 || b < 0 || a >= rows || b >= cols) continue;
      const r = a * cols + b;
      if (enter(r)) {
        visit(r);
        queue.push(r);
      }
    }
  }
  return queue.length;
}

/** The closed GeoJSON ring of a cell. */
export function cellRing(mesh: UrbanMesh, cellId: number): Position[] {
  const ids = mesh.cells[cellId].ring;
  return [...ids, ids[0]].map((k) => mesh.vertices[k]);
}

/**
 * The cell containing a point, or -1 outside the urban area. Uses the lattice: the point's unjittered
 * lattice slot is found in O(1) and only the 3 × 3 slots around it are tested, so 50,000 look-ups take
 * milliseconds. A point exactly on a shared edge is given to one of the two cells.
 */
export function locateCell(mesh: UrbanMesh, p: Position): number {
  const [x, y] = toMetres(mesh.frame, p);
  const cos = Math.cos(-mesh.rotationRad);
  const sin = Math.sin(-mesh.rotationRad);
  const u = (x * cos - y * sin - mesh.latticeOrigin[0]) / mesh.cellSizeM;
  const v = (x * sin + y * cos - mesh.latticeOrigin[1]) / mesh.cellSizeM;
  const i0 = Math.floor(v);
  const j0 = Math.floor(u);
  for (let di = 0; di <= 2; di++) {
    for (let dj = 0; dj <= 2; dj++) {
      // Nearest slots first: the unjittered slot is right almost always.
      const i = i0 + (di === 0 ? 0 : di === 1 ? -1 : 1);
      const j = j0 + (dj === 0 ? 0 : dj === 1 ? -1 : 1);
      if (i < 0 || j < 0 || i >= mesh.rows || j >= mesh.cols) continue;
      const id = mesh.cellAt[i * mesh.cols + j];
      if (id >= 0 && pointInConvexQuad(p, mesh, mesh.cells[id].ring)) return id;
    }
  }
  return -1;
}

function pointInConvexQuad(p: Position, mesh: UrbanMesh, ring: readonly number[]): boolean {
  for (let k = 0; k < 4; k++) {
    const a = mesh.vertices[ring[k]];
    const b = mesh.vertices[ring[(k + 1) % 4]];
    if ((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) < 0) return false;
  }
  return true;
}

/** A point of a cell by bilinear interpolation of its corners: (0,0) is the SW corner, (1,1) the NE. */
export function pointInCell(mesh: UrbanMesh, cellId: number, s: number, t: number): [number, number] {
  const [sw, se, ne, nw] = mesh.cells[cellId].ring.map((k) => mesh.vertices[k]);
  const lng = (1 - s) * (1 - t) * sw[0] + s * (1 - t) * se[0] + s * t * ne[0] + (1 - s) * t * nw[0];
  const lat = (1 - s) * (1 - t) * sw[1] + s * (1 - t) * se[1] + s * t * ne[1] + (1 - s) * t * nw[1];
  return [lng, lat];
}
