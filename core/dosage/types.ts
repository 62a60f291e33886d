/**
 * The inputs and settings of patrol dosage (issue 16, part 2): GPS pings of units on duty, check-ins, and the places
 * whose dose is measured (hot-spot cells as polygons, key places as a point and a radius). Coordinates are [lng, lat]
 * in EPSG:4326, times epoch milliseconds. What each figure means is written once, in core/measures/glossary.ts.
 */

export type DosageForce = 'police' | 'grid';
export type LngLat = [number, number];

/** One GPS position of a unit (a patrol) on duty. */
export interface DosagePing {
  unitId: string;
  force: DosageForce;
  atMs: number;
  lngLat: LngLat;
  accuracyM: number;
}

/** A hot-spot cell (its ring, closed or not) or a key place (a point and a radius). */
export type DosageShape = { kind: 'polygon'; ring: LngLat[] } | { kind: 'circle'; center: LngLat; radiusM: number };

export interface DosagePlace {
  id: string;
  name: string;
  kind: 'hotspot' | 'key_place';
  shape: DosageShape;
}

/** A check-in of a unit at a place (by geofence or QR code): evidence of a visit of unknown length. */
export interface DosageCheckIn {
  unitId: string;
  force: DosageForce;
  atMs: number;
  placeId: string;
}

/** A stretch of time the figures are counted over: a shift, or one day's window (18:00–22:00 on one date). */
export interface DosagePeriod {
  startMs: number;
  endMs: number;
}

/** A visit of one unit to one place. `dwellMin` is null for a visit known only from a check-in. */
export interface DosageVisit {
  unitId: string;
  force: DosageForce;
  placeId: string;
  startMs: number;
  endMs: number;
  dwellMin: number | null;
  evidence: 'pings' | 'check_in';
}

export interface DosageSettings {
  /** A longer silence between two pings means the pings stopped: the visit ends at the last ping before it. */
  maxGapS: number;
  /** Once inside, a visit lasts while pings stay within this many metres outside the place (hysteresis). */
  exitMarginM: number;
  /** Pings less accurate than this are ignored (a 200 m fix cannot say which cell a unit is in). */
  maxAccuracyM: number;
  /** The Koper band of a visit's dwell, minutes, both ends included. */
  koperMinMin: number;
  koperMaxMin: number;
  /** The longest gap between visits the practice asks for (minutes). */
  targetGapMin: number;
  /** A check-in within this many minutes of a unit's ping visit at the same place is that visit, not another. */
  checkInMatchMin: number;
}

/**
 * The defaults: pings every few seconds, so a minute of silence is a lost signal; 15 m is about one GPS fix's error in
 * town; 10–16 minutes is Koper's (1995) dwell band; 2 hours the interval the hot-spot patrol evidence supports.
 */
export const DEFAULT_DOSAGE_SETTINGS: Readonly<DosageSettings> = {
  maxGapS: 60,
  exitMarginM: 15,
  maxAccuracyM: 50,
  koperMinMin: 10,
  koperMaxMin: 16,
  targetGapMin: 120,
  checkInMatchMin: 5,
};

/** Thrown for input the figures cannot be computed from (a period that ends before it starts, a ring of two points). */
export class DosageInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DosageInputError';
  }
}
