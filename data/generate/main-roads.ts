/**
 * A few demo main roads for traffic incidents: two lattice rows and two lattice columns of vertices
 * through the urban centre, i.e. block edges, so a road runs between blocks the way a street does.
 */
import type { UrbanMesh } from './urban-mesh';

export interface RoadSegment {
  from: [number, number]; // [lng, lat]
  to: [number, number];
  lengthM: number;
  /** A cell along the segment, to fall back on when an offset point leaves the urban area. */
  cellId: number;
}

/**
 * Segments of the roads along lattice rows and columns at the given offsets (in cells) from the slot of
 * `centreCell`; only edges bordering at least one urban block are kept.
 */
export function buildMainRoads(mesh: UrbanMesh, centreCell: number, rowOffsets = [-2, -14], colOffsets = [1, -11]): RoadSegment[] {
  const { rows, cols } = mesh;
  const vid = (i: number, j: number): number => i * (cols + 1) + j;
  const cellAt = (i: number, j: number): number => (i < 0 || j < 0 || i >= rows || j >= cols ? -1 : mesh.cellAt[i * cols + j]);
  const { row, col } = mesh.cells[centreCell];
  const segments: RoadSegment[] = [];
  const push = (a: number, b: number, c1: number, c2: number): void => {
    const cellId = c1 >= 0 ? c1 : c2;
    if (cellId < 0) return;
    const from = mesh.vertices[a];
    const to = mesh.vertices[b];
    const lengthM = Math.hypot((to[0] - from[0]) * mesh.frame.metresPerDegLng, (to[1] - from[1]) * mesh.frame.metresPerDegLat);
    segments.push({ from, to, lengthM, cellId });
  };
  for (const dr of rowOffsets) {
    const i = Math.min(rows - 1, Math.max(1, row + dr));
    for (let j = 0; j < cols; j++) push(vid(i, j), vid(i, j + 1), cellAt(i - 1, j), cellAt(i, j));
  }
  for (const dc of colOffsets) {
    const j = Math.min(cols - 1, Math.max(1, col + dc));
    for (let i = 0; i < rows; i++) push(vid(i, j), vid(i + 1, j), cellAt(i, j - 1), cellAt(i, j));
  }
  if (segments.length === 0) throw new Error('buildMainRoads: no road crosses the urban area');
  return segments;
}
