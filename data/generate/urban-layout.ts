/**
 * Lays the urban units onto the mesh: blocks → the six streets → their communities → grids. Every
 * level is a contiguous set of blocks (partition.ts), so dissolving the blocks gives single polygons
 * that tile their parent exactly.
 */
import type { UrbanMesh } from './urban-mesh';
import { apportion, type Rng } from './prng';
import { components, partitionBlocks, rebalanceParts, type BlockGraph } from './partition';

/** An urban street and its urban communities, to lay out. */
export interface UrbanStreetInput {
  code: string;
  /** Codes of its urban communities, in code order. */
  communityCodes: string[];
}

/** A grid as a set of blocks. */
export interface LaidOutGrid {
  communityCode: string;
  streetCode: string;
  /** 1-based number within its community, in reading order (north to south, west to east). */
  number: number;
  cells: number[];
  households: number;
}

/** Blocks of every urban street, community and grid. */
export interface UrbanLayout {
  streetCells: Map<string, number[]>;
  communityCells: Map<string, number[]>;
  grids: LaidOutGrid[];
  /** Index into `grids` for every mesh cell. */
  gridOfCell: Int32Array;
}

/**
 * @param households households of every mesh cell (the partition weights).
 * @param gridCount total number of grids (208 in Dachuan), shared among communities in proportion to
 *   their households by largest remainder, at least one each.
 */
export function layOutUrbanUnits(mesh: UrbanMesh, households: readonly number[], streets: readonly UrbanStreetInput[], gridCount: number, rng: Rng): UrbanLayout {
  const graph: BlockGraph = { adjacency: mesh.adjacency, weights: households, xy: mesh.cells.map((c) => c.centroidM) };
  // Communities differ in size (± 30 %); a street's share is the sum of its communities'.
  const communityShares = streets.map((s) => s.communityCodes.map(() => rng.range(0.7, 1.3)));
  const streetParts = partitionBlocks(graph, mesh.cells.map((c) => c.id), communityShares.map((xs) => xs.reduce((a, b) => a + b, 0)));
  const streetCells = new Map<string, number[]>();
  const communityCells = new Map<string, number[]>();
  const communityStreet = new Map<string, string>();
  streets.forEach((street, k) => {
    streetCells.set(street.code, streetParts[k]);
    const parts = partitionBlocks(graph, streetParts[k], communityShares[k]);
    street.communityCodes.forEach((code, i) => {
      communityCells.set(code, parts[i]);
      communityStreet.set(code, street.code);
    });
  });

  const codes = [...communityCells.keys()];
  const sumOf = (cells: readonly number[]): number => cells.reduce((a, id) => a + households[id], 0);
  const counts = apportion(gridCount, codes.map((c) => sumOf(communityCells.get(c)!)), 1);
  const grids: LaidOutGrid[] = [];
  codes.forEach((code, i) => {
    const cells = communityCells.get(code)!;
    const n = counts[i];
    if (cells.length < n) throw new Error(`layOutUrbanUnits: community ${code} has ${cells.length} blocks for ${n} grids`);
    const target = sumOf(cells) / n;
    const parts = rebalanceParts(graph, partitionBlocks(graph, cells, Array(n).fill(1)), Array(n).fill(target));
    for (const p of parts) {
      if (components(graph, p).length !== 1) throw new Error(`layOutUrbanUnits: a grid of ${code} is not contiguous`);
    }
    readingOrder(mesh, parts).forEach((p, k) =>
      grids.push({ communityCode: code, streetCode: communityStreet.get(code)!, number: k + 1, cells: p, households: sumOf(p) }),
    );
  });
  const gridOfCell = new Int32Array(mesh.cells.length).fill(-1);
  grids.forEach((g, k) => g.cells.forEach((id) => (gridOfCell[id] = k)));
  return { streetCells, communityCells, grids, gridOfCell };
}

/** Orders parts by their centre: bands of ~400 m from north to south, west to east within a band. */
function readingOrder(mesh: UrbanMesh, parts: number[][]): number[][] {
  const centre = (p: number[]): [number, number] => {
    const xs = p.map((id) => mesh.cells[id].centroidM);
    return [xs.reduce((a, q) => a + q[0], 0) / xs.length, xs.reduce((a, q) => a + q[1], 0) / xs.length];
  };
  return parts
    .map((p) => ({ p, c: centre(p) }))
    .sort((a, b) => Math.round(b.c[1] / 400) - Math.round(a.c[1] / 400) || a.c[0] - b.c[0])
    .map((x) => x.p);
}
