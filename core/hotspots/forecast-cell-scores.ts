import { scoreKernelDensity } from './score-kernel-density';
import { HotspotInputError, type CellGrid, type IncidentColumns } from './types';

/** 'kde': plain kernel density of the training incidents (the baseline); 'recency-kde': each weighted by its age. */
export type ForecastMethod = 'kde' | 'recency-kde';

export interface ForecastOptions {
  method: ForecastMethod;
  /** Gaussian kernel standard deviation, metres. */
  bandwidthM: number;
  /** Half-life of an incident's weight in days; required for 'recency-kde'. */
  halfLifeDays?: number;
  /** The first day of the forecast window (a day number); every training incident must be before it. */
  referenceDay: number;
}

/**
 * Recency weights: exp(−age · ln 2 / halfLifeDays) with age = referenceDay − day[i] in days, so an incident one
 * half-life old counts half. Throws HotspotInputError for a half-life that is not a positive finite number, or an
 * incident that is not before referenceDay (a forecast must not see its own window). Does not mutate input.
 */
export function weighByRecency(days: ArrayLike<number>, referenceDay: number, halfLifeDays: number): Float64Array {
  if (!(Number.isFinite(halfLifeDays) && halfLifeDays > 0)) throw new HotspotInputError(`half-life must be a positive number of days, got ${halfLifeDays}`);
  const weights = new Float64Array(days.length);
  for (let i = 0; i < days.length; i++) {
    const age = referenceDay - days[i];
    if (!(age > 0)) throw new HotspotInputError(`training incident ${i} (day ${days[i]}) is not before the forecast start (day ${referenceDay})`);
    weights[i] = Math.exp((-age * Math.LN2) / halfLifeDays);
  }
  return weights;
}

/**
 * A score for every cell for the forecast window starting at `referenceDay`: higher means more incidents expected.
 * 'kde' is scoreKernelDensity of all training incidents alike (the baseline, no time weighting); 'recency-kde' is the
 * same with weighByRecency weights, so last week's incidents count more than last month's (the "prospective
 * hotspotting" idea of Bowers, Johnson & Pease 2004: risk near recent crimes is raised and decays in weeks).
 * Scores are weighted incidents per square metre. Throws HotspotInputError for columns of different lengths, an
 * incident not before referenceDay, or a missing or invalid bandwidth or half-life. Does not mutate input.
 */
export function forecastCellScores(grid: CellGrid, incidents: IncidentColumns, options: ForecastOptions): Float64Array {
  if (incidents.day.length !== incidents.lng.length) {
    throw new HotspotInputError(`incidents have ${incidents.lng.length} positions but ${incidents.day.length} days`);
  }
  if (!Number.isFinite(options.referenceDay)) throw new HotspotInputError(`referenceDay must be a day number, got ${options.referenceDay}`);
  for (let i = 0; i < incidents.day.length; i++) {
    if (!(incidents.day[i] < options.referenceDay)) {
      throw new HotspotInputError(`training incident ${i} (day ${incidents.day[i]}) is not before the forecast start (day ${options.referenceDay})`);
    }
  }
  if (options.method === 'kde') return scoreKernelDensity(grid, incidents, { bandwidthM: options.bandwidthM });
  if (options.method !== 'recency-kde') throw new HotspotInputError(`unknown forecast method: ${options.method}`);
  const weights = weighByRecency(incidents.day, options.referenceDay, options.halfLifeDays ?? NaN);
  return scoreKernelDensity(grid, incidents, { bandwidthM: options.bandwidthM, weights });
}
