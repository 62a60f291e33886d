/**
 * Types of the patrol route planner (issue 6, part 4). Coordinates are [lng, lat] in EPSG:4326; lengths are metres,
 * speeds km/h and times minutes. Times inside a plan are minutes from the patrol's start unless a name says otherwise.
 */
import type { LineString } from 'geojson';

export type LngLat = [number, number];

/** How the patrol moves: on foot (all footways and steps, oneways ignored) or by car (car roads, oneways honoured). */
export type TravelMode = 'foot' | 'car';

/**
 * A directed road graph in compressed sparse row form, built for one travel mode by `buildRoadGraph`.
 * The outgoing edges of node `v` are `edgeStart[v] … edgeStart[v + 1] − 1`. A two-way street gives two edges.
 */
export interface RoadGraph {
  mode: TravelMode;
  nodeCount: number;
  /** lng, lat of node v at [2v], [2v + 1]. */
  nodeLngLat: Float64Array;
  /** The key a node was merged by: the OSM node id, or 'lng,lat' in units of the coordinate precision. */
  nodeKey: (string | number)[];
  edgeStart: Int32Array;
  edgeTarget: Int32Array;
  edgeLengthM: Float64Array;
  edgeMinutes: Float64Array;
  /** Index of the input feature the edge came from (for tests and debugging). */
  edgeFeature: Int32Array;
  /** Strongly connected component of each node (all its nodes reach each other), numbered by size: 0 is the largest. */
  component: Int32Array;
  componentSizes: number[];
  /** The fastest edge speed in the graph (km/h); bounds an admissible A* heuristic. */
  maxSpeedKmh: number;
  /** The speed (km/h) at which the off-road distance between a point and its snapped node is covered. */
  accessSpeedKmh: number;
}

/** A peak window in minutes from the patrol start: the visit (its dwell) must begin in [openMin, closeMin]. */
export interface TimeWindow {
  openMin: number;
  closeMin: number;
}

/** A candidate stop: a hotspot cell's centre or a key place. */
export interface PatrolCandidate {
  id: string;
  lngLat: LngLat;
  /** Risk score covered by visiting the stop; finite and ≥ 0. */
  risk: number;
  /** A mandatory stop is always visited, or the plan fails with `MandatoryStopsInfeasibleError`. */
  mandatory?: boolean;
  /** Minutes spent at the stop; defaults to the plan's dwellMin. */
  dwellMin?: number;
  window?: TimeWindow;
}

/**
 * Travel between the start (index 0) and the candidates (index k + 1 for candidate k), wherever it came from:
 * our Dijkstra on a road graph, the straight-line fallback, or (on PostgreSQL) pgr_dijkstraCostMatrix.
 * Unreachable pairs are Infinity. Diagonal entries are 0.
 */
export interface TravelMatrix {
  minutes: number[][];
  metres: number[][];
  /** The path from point i to point j as [lng, lat] positions, starting at point i and ending at point j. */
  pathBetween: (i: number, j: number) => LngLat[];
  /** Names how travel was computed, e.g. 'road network (TypeScript Dijkstra)'. */
  method: string;
}

/** The orienteering problem in matrix form: index 0 is the start, stops[k] is matrix index k + 1. */
export interface OrienteeringInput {
  stops: { id: string; risk: number; mandatory?: boolean; dwellMin?: number; window?: TimeWindow }[];
  /** minutes[i][j], i and j in 0 … stops.length. */
  travel: number[][];
  budgetMin: number;
  /** Default dwell per stop (minutes). */
  dwellMin: number;
  /** Caps the local-search rounds; default 100. */
  maxRounds?: number;
}

/** A scheduled tour: start → order… → start. Times in minutes from the start. */
export interface OrienteeringRoute {
  /** Matrix indices (1 … n) of the visited stops in visiting order. */
  order: number[];
  arrivalMin: number[];
  /** When the dwell begins: arrival, or the window's opening if the patrol arrives early and waits. */
  serviceMin: number[];
  departureMin: number[];
  coveredRisk: number;
  /** Travel, waiting and dwell, including the return to the start. */
  totalMin: number;
}

export interface OrienteeringResult extends OrienteeringRoute {
  /** The route after construction, before local search (for comparison; never better than the final one). */
  construction: OrienteeringRoute;
  rounds: number;
}

/** One visited stop of a plan. `arrival` and `departure` are ISO 8601 when the start time is a Date, else minutes. */
export interface PlannedStop {
  id: string;
  risk: number;
  mandatory: boolean;
  arrival: string | number;
  departure: string | number;
  arrivalMin: number;
  departureMin: number;
  waitMin: number;
}

/** The answer of POST /api/patrol/plan. */
/** Why a candidate was left out before planning: too far from the roads, not reachable from the start, or no way back. */
export type DropCode = 'off_road' | 'unreachable' | 'no_return';

/** A candidate left out before planning; the figures of an off-road one (metres from the road, and the limit). */
export interface DroppedStop {
  id: string;
  code: DropCode;
  distanceM?: number;
  limitM?: number;
}

export interface PatrolPlan {
  stops: PlannedStop[];
  /** Start → stops → start along the roads (or straight), closed: the first and last positions are the start. */
  geometry: LineString;
  distanceKm: number;
  minutes: number;
  coveredRisk: number;
  method: string;
  /** Candidates left out before planning (unreachable, too far from the roads), with why as a code and its figures. */
  dropped: DroppedStop[];
}

/**
 * Input no plan can be made from; the message names the field. A start too far from the roads — the one a person
 * can cause by where they click — also carries its figures, for the server to say it in the caller's language.
 */
export class PatrolInputError extends Error {
  override name = 'PatrolInputError';
  constructor(
    message: string,
    readonly startTooFar?: { distanceM: number; limitM: number },
  ) {
    super(message);
  }
}

/** A wait in a tour for a stop's window: the stop, when its visit can begin (its window's opening) and the minutes waited. */
export interface MandatoryWait {
  id: string;
  serviceMin: number;
  waitMin: number;
}

/** The mandatory stops cannot all be visited within the budget (or some cannot be reached at all). */
export class MandatoryStopsInfeasibleError extends Error {
  override name = 'MandatoryStopsInfeasibleError';
  constructor(
    readonly stopIds: string[],
    /** The shortest tour through them that was found (minutes); Infinity when one is unreachable or its window is missed. */
    readonly requiredMin: number,
    readonly budgetMin: number,
    detail = '',
    /**
     * The stops of that tour where the patrol arrives before the place's window opens and waits (minutes from the
     * window's start): often most of what breaks the budget, and the reason a planner can act on (start later).
     */
    readonly waits: readonly MandatoryWait[] = [],
  ) {
    const need = Number.isFinite(requiredMin) ? `the shortest tour found through them takes ${requiredMin.toFixed(1)} min` : 'no feasible tour through them exists';
    super(`Mandatory stops ${stopIds.join(', ')} cannot all be visited within ${budgetMin} min: ${need}${detail ? ` (${detail})` : ''}`);
  }
}
