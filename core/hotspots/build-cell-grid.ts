import type { MultiPolygon, Polygon } from 'geojson';
import { createUtmFrame } from './create-utm-frame';
import { markAreaSquares, type PolygonXY } from './mark-area-squares';
import { HotspotInputError, type Cell, type CellGrid, type UtmFrame } from './types';

/** Lattices larger than this many squares are refused (a cell size far too small for the area). */
export const maxLatticeSquares = 25_000_000;

/**
 * The study area: a polygon in [lng, lat], or a box [minX, minY, maxX, maxY] in metres of a given frame. With
 * `aligned`, the lattice starts on a multiple of the cell side in the frame instead of at the extent's corner, so that
 * every aligned lattice of that side in that frame shares its squares: the product's views (the analysis map for any
 * jurisdiction, the patrol planner's square around a start, the patrol-dosage places) then name and count the same
 * square the same way.
 */
export type CellGridInput =
  | { cellSizeM: number; area: Polygon | MultiPolygon; frame?: UtmFrame; aligned?: boolean }
  | { cellSizeM: number; bboxXY: readonly [number, number, number, number]; frame: UtmFrame; aligned?: boolean };

/**
 * Square cells of side `cellSizeM` metres over a study area, in a UTM frame (the given one, or one chosen from the
 * centre of the area's lng/lat bounding box).
 *
 * The lattice starts at the south-west corner of the extent (the bounding box of the projected area, or `bboxXY`) and
 * has floor(extent / cellSizeM) + 1 squares a side, so points on the north or east edge of the extent still fall in a
 * square. With `bboxXY` every square is a cell. With `area`, a square is a cell when it INTERSECTS the area (centre
 * inside, or crossed or touched by the boundary; see markAreaSquares), so every incident inside the area falls in a
 * cell and the analysed area (cells × side²) slightly exceeds the polygon's. Empty cells are cells. Polygon edges are
 * straight lines in the UTM frame (city-scale edges bend by millimetres). Cells are ordered by row (south first),
 * then col (west first). Throws HotspotInputError for a side that is not a positive finite number, an area with no
 * ring or a non-finite coordinate, an inverted box, a lattice over 25 million squares, or no cell at all.
 * Does not mutate input.
 */
export function buildCellGrid(input: CellGridInput): CellGrid {
  const size = input.cellSizeM;
  if (!(Number.isFinite(size) && size > 0)) throw new HotspotInputError(`cell size must be a positive number of metres, got ${size}`);
  let frame: UtmFrame;
  let polygons: PolygonXY[] | null = null;
  let box: readonly number[];
  if ('area' in input) {
    const lngLatPolygons = readAreaPolygons(input.area);
    frame = input.frame ?? createUtmFrame(centreOfLngLatBox(lngLatPolygons));
    polygons = lngLatPolygons.map((rings) => rings.map((ring) => ring.map((p) => frame.toXY(p))));
    box = boxOf(polygons);
  } else {
    frame = input.frame;
    box = input.bboxXY;
    if (!box.every(Number.isFinite) || box[0] > box[2] || box[1] > box[3]) {
      throw new HotspotInputError(`bboxXY must be finite [minX, minY, maxX, maxY] with min ≤ max, got [${box.join(', ')}]`);
    }
  }
  const [originX, originY] = input.aligned ? [Math.floor(box[0] / size) * size, Math.floor(box[1] / size) * size] : box;
  const cols = Math.floor((box[2] - originX) / size) + 1;
  const rows = Math.floor((box[3] - originY) / size) + 1;
  if (rows * cols > maxLatticeSquares) {
    throw new HotspotInputError(`a ${size} m cell over this area makes a lattice of ${rows} × ${cols} squares; the limit is ${maxLatticeSquares.toLocaleString('en')}`);
  }
  const lattice = { originX, originY, cellSizeM: size, rows, cols };
  const inArea = polygons ? markAreaSquares(polygons, lattice) : new Uint8Array(rows * cols).fill(1);
  const cellAt = new Int32Array(rows * cols).fill(-1);
  const cells: Cell[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (!inArea[r * cols + c]) continue;
      cellAt[r * cols + c] = cells.length;
      const x0 = originX + c * size;
      const y0 = originY + r * size;
      const corners = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size]].map((p) => frame.toLngLat(p));
      cells.push({ index: cells.length, row: r, col: c, center: frame.toLngLat([x0 + size / 2, y0 + size / 2]), polygon: [...corners, corners[0]] });
    }
  }
  if (cells.length === 0) throw new HotspotInputError('the study area holds no cell');
  return {
    frame,
    cellSizeM: size,
    originX,
    originY,
    rows,
    cols,
    cellAt,
    row: Int32Array.from(cells, (cell) => cell.row),
    col: Int32Array.from(cells, (cell) => cell.col),
    cells,
  };
}

function readAreaPolygons(area: Polygon | MultiPolygon): number[][][][] {
  const polygons = area?.type === 'Polygon' ? [area.coordinates] : area?.type === 'MultiPolygon' ? area.coordinates : null;
  if (!Array.isArray(polygons)) throw new HotspotInputError(`the area must be a GeoJSON Polygon or MultiPolygon, got ${area?.type ?? area}`);
  const isPosition = (p: unknown) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]);
  for (const rings of polygons) {
    for (const ring of Array.isArray(rings) ? rings : [rings]) {
      const bad = Array.isArray(ring) ? ring.find((p) => !isPosition(p)) : ring;
      if (bad !== undefined) throw new HotspotInputError(`the area has a position that is not [lng, lat]: ${JSON.stringify(bad)}`);
    }
  }
  const kept = polygons.filter((rings) => Array.isArray(rings) && rings.length > 0 && rings[0].length >= 3);
  if (kept.length === 0) throw new HotspotInputError('the area has no polygon with a ring of at least 3 positions');
  return kept;
}

function centreOfLngLatBox(polygons: number[][][][]): [number, number] {
  const [minX, minY, maxX, maxY] = boxOf(polygons);
  return [(minX + maxX) / 2, (minY + maxY) / 2];
}

function boxOf(polygons: number[][][][]): [number, number, number, number] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rings of polygons) {
    for (const p of rings[0]) {
      minX = Math.min(minX, p[0]);
      minY = Math.min(minY, p[1]);
      maxX = Math.max(maxX, p[0]);
      maxY = Math.max(maxY, p[1]);
    }
  }
  return [minX, minY, maxX, maxY];
}
