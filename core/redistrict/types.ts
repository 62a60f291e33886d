/**
 * Types of the redistricting algorithm (issue 5). Coordinates are [lng, lat] in EPSG:4326; lengths are metres and
 * areas square metres in a local equirectangular frame (see create-local-frame.ts); weights are whatever the caller
 * balances (households, residents, population).
 */
import type { MultiPolygon, Point, Polygon } from 'geojson';

/** One base unit: a building, a compound's building or a county. */
export interface RedistrictUnit {
  id: string;
  /** The balanced measure (households or population); finite and ≥ 0. */
  weight: number;
  /** Secondary measures (residents, party members, institution staff): summed per district, not balanced. */
  secondary?: Record<string, number>;
  /** Units that share a groupId (a compound) always land in the same district. */
  groupId?: string;
  /** Units never share a district with units of another regionId (a community). */
  regionId?: string;
  geometry: Polygon | MultiPolygon | Point;
}

/** An undirected adjacency: each pair once; sharedLengthM is the length of the common boundary (0 or absent for points). */
export interface AdjacencyPair {
  a: string;
  b: string;
  sharedLengthM?: number;
}

/** A number of districts, or a band every district's weight must lie in (inclusive). */
export type RedistrictTarget = { k: number } | { band: [number, number] };

export interface RedistrictOptions {
  /** Allowed relative deviation from the ideal when the target is {k}; default 0.02. Ignored for a band. */
  tolerance?: number;
  /** Seed of the pseudo-random generator: the same input and seed give the same plan. Default 1. */
  seed?: number;
  /** Multiplies the iteration budgets of the improvement phases; default 1. */
  effort?: number;
  /**
   * Merge-split proposals of the compactness phase for the whole plan, shared among the region pieces by their
   * number of districts; 0 skips the chain (boundary flips still run). Default 100 a district.
   */
  steps?: number;
  /** Wall-clock budget of the compactness phase in seconds for the whole plan; default no limit (steps end it). */
  seconds?: number;
  /** Milliseconds clock for `seconds`; default performance.now. Tests pass a fake one. */
  now?: () => number;
  /** Called after each connected piece of a region is planned: (pieces done, pieces in all). For a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface DistrictMetrics {
  district: number;
  regionId: string | null;
  units: number;
  weight: number;
  secondary: Record<string, number>;
  /** The weight its region's districts would each hold if perfectly balanced. */
  idealWeight: number;
  /** (weight − ideal) / ideal × 100. */
  deviationPct: number;
  contiguous: boolean;
  areaM2: number | null;
  perimeterM: number | null;
  /** 4πA/P²; null for point units. */
  polsbyPopper: number | null;
}

export interface PlanMetrics {
  districts: DistrictMetrics[];
  maxDeviationPct: number;
  contiguous: boolean;
  /** Adjacent pairs of units in different districts. */
  cutEdges: number;
  minPolsbyPopper: number | null;
  meanPolsbyPopper: number | null;
}

/** Where a plan's time went, in seconds, and what the compactness phase did. */
export interface RedistrictPhases {
  /** Graph building and the recursive spanning-tree partition. */
  partitionSeconds: number;
  /** The balancing ReCom steps and flips. */
  balanceSeconds: number;
  /** The compactness chain and flips. */
  compactnessSeconds: number;
  /** Measuring the units (areas, perimeters, centres; once a plan) and the plan (compactness, deviation, contiguity). */
  measureSeconds: number;
  /** Merge-split proposals the compactness phase made. */
  compactnessSteps: number;
  /** Cut edges inside region pieces before and after the compactness phase (edges across regions not counted). */
  cutEdgesBeforeCompactness: number;
  cutEdgesAfterCompactness: number;
}

export interface RedistrictResult extends PlanMetrics {
  /** unit id → district number 0..k−1 (numbered by region, then in order of creation). */
  assignment: Map<string, number>;
  /** Every district within the tolerance (k) or the band. */
  withinTarget: boolean;
  phases: RedistrictPhases;
}

/** Input no plan can be made from; the message names the problem. */
export class RedistrictInputError extends Error {
  override name = 'RedistrictInputError';
}
