/**
 * Types of the hotspot statistics and forecasts. Coordinates outside the system's metric frame are [lng, lat] in
 * EPSG:4326; inside it they are UTM easting/northing in metres (see create-utm-frame.ts). Days are day numbers:
 * days since 1970-01-01 UTC, fractional for a time of day (2016-08-10 is 17023, noon of it 17023.5).
 */

/** A UTM frame: forward and inverse projections between [lng, lat] degrees and [x, y] metres. */
export interface UtmFrame {
  /** EPSG code of the frame: 326zz (north) or 327zz (south) on WGS 84. */
  epsg: number;
  zone: number;
  south: boolean;
  toXY(lngLat: readonly number[]): [number, number];
  toLngLat(xy: readonly number[]): [number, number];
}

/** Points as columns: lng[i], lat[i] in EPSG:4326 degrees. */
export interface PointColumns {
  lng: Float64Array;
  lat: Float64Array;
}

/** Incidents as columns, with the day each happened (day numbers, see above). */
export interface IncidentColumns extends PointColumns {
  day: Float64Array;
}

/** One square cell of the study area. */
export interface Cell {
  /** Position in CellGrid.cells; cells are ordered by row, then col. */
  index: number;
  /** Lattice row, 0 at the south edge of the extent, growing northwards. */
  row: number;
  /** Lattice column, 0 at the west edge of the extent, growing eastwards. */
  col: number;
  /** The centre, [lng, lat]. */
  center: [number, number];
  /** The closed ring SW, SE, NE, NW, SW of the projected square's corners, back in [lng, lat]. */
  polygon: [number, number][];
}

/**
 * A regular lattice of square cells over a study area, in a UTM frame. The lattice spans the extent; `cells` are the
 * lattice squares that belong to the study area (empty ones included). The study area as analysed is the union of
 * `cells`, so its area is `cells.length × cellSizeM²`.
 */
export interface CellGrid {
  frame: UtmFrame;
  cellSizeM: number;
  /** South-west corner of lattice square (row 0, col 0), metres in `frame`. */
  originX: number;
  originY: number;
  /** Lattice size. */
  rows: number;
  cols: number;
  /** Lattice index (row × cols + col) → cell index, or −1 for a square outside the study area. */
  cellAt: Int32Array;
  /** Per cell: lattice row and col (the same as cells[i].row/col, as typed arrays for the hot loops). */
  row: Int32Array;
  col: Int32Array;
  cells: Cell[];
}

/** Invalid input to a hotspot function: the message names the parameter and the value. */
export class HotspotInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HotspotInputError';
  }
}

/** A Gi* class after the false-discovery-rate correction, as ArcGIS names them ("Hot Spot - 99% Confidence" …). */
export type HotspotClass = 'hot-99' | 'hot-95' | 'hot-90' | 'cold-99' | 'cold-95' | 'cold-90' | 'none';
