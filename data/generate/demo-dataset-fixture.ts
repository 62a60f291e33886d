/**
 * Test support, not part of the generator: one demo dataset shared by the dataset-level test files
 * (generated once per worker; the suite runs without isolation) and the small helpers they use.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import * as turf from '@turf/turf';
import type { Area, DemoDataset } from './dataset';
import { generateDemoDataset } from './generate-demo-dataset';
import { loadRealInputs } from './load-real-inputs';
import type { RealInputs } from './real-inputs';

export const FIXTURE_SEED = 'dachuan-test';
export const FIXTURE_ANCHOR = new Date('2026-03-01T00:00:00Z');
export const DAY_MS = 86_400_000;

let cached: { inputs: RealInputs; dataset: DemoDataset } | null = null;

/** The real inputs and the dataset generated from them with FIXTURE_SEED and FIXTURE_ANCHOR. */
export function fixtureDataset(): { inputs: RealInputs; dataset: DemoDataset } {
  if (!cached) {
    const inputs = loadRealInputs();
    cached = { inputs, dataset: generateDemoDataset(inputs, { seed: FIXTURE_SEED, anchor: FIXTURE_ANCHOR }) };
  }
  return cached;
}

export const feature = (geom: Area): Feature<Polygon | MultiPolygon> => ({ type: 'Feature', properties: {}, geometry: geom });

/** Geodesic area in m² (turf). */
export const areaM2 = (geom: Area): number => turf.area(feature(geom));

/** Every n-th element, so geometric checks stay fast but still span the whole list. */
export function sample<T>(items: readonly T[], n: number): T[] {
  const step = Math.max(1, Math.floor(items.length / n));
  return items.filter((_, i) => i % step === 0);
}

/** The local (UTC+8) hour of an ISO timestamp written with +08:00. */
export const localHour = (iso: string): number => Number(iso.slice(11, 13));
