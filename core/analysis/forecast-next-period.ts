import type { MultiPolygon } from 'geojson';
import type { ForecastAnswer, ForecastScore } from '../contracts/analysis';
import { buildCellGrid, countPointsPerCell, evaluateForecast, forecastCellScores, selectTopCells, type IncidentColumns } from '../hotspots/index';
import { cellFeature } from './cell-features';

const dayMs = 86_400_000;
const horizonMs = 7 * dayMs;
/**
 * Bandwidth half the cell side and a 28-day half-life: the CLI's defaults, chosen on a validation split of the real
 * Portland calls (never on the test week); the CLI lets an analyst try others.
 */
export const forecastSettings = { bandwidthPerCell: 0.5, halfLifeDays: 28 };

/**
 * The hotspot cells of the next 7 days (a patrol week, starting at the end of the filter's period), scored by
 * recency-weighted kernel density of the period's incidents and chosen to cover `coverage` of the study area, with
 * an honest back-test: the method and the plain kernel-density baseline are both trained on the period minus its
 * last 7 days (half the period when it is shorter than 14 days) and scored by PAI and PEI on those days.
 * Incidents' times are epoch seconds. Pure.
 */
export function forecastNextPeriod(
  area: MultiPolygon,
  incidents: { lng: Float64Array; lat: Float64Array; timesS: ArrayLike<number> },
  cellSizeM: number,
  coverage: number,
  period: { from: string; to: string },
): ForecastAnswer {
  const grid = buildCellGrid({ cellSizeM, area });
  const settings = { bandwidthM: cellSizeM * forecastSettings.bandwidthPerCell, halfLifeDays: forecastSettings.halfLifeDays };
  const fromMs = Date.parse(period.from);
  const toMs = Date.parse(period.to);
  const periodMs = toMs - fromMs;
  const day = Float64Array.from(incidents.timesS, (s) => s / 86_400);
  const all: IncidentColumns = { lng: incidents.lng, lat: incidents.lat, day };
  // Times arrive rounded to the second, so an incident in the filter's last half second can read as `to` itself:
  // the forecast starts a second later, which no incident of the period can reach.
  const scores = forecastCellScores(grid, all, { method: 'recency-kde', ...settings, referenceDay: (toMs + 1000) / dayMs });
  const chosen = selectTopCells(scores, coverage, grid);

  const testMs = Math.min(horizonMs, periodMs / 2);
  const splitMs = toMs - testMs;
  const train = subset(all, (d) => d * dayMs < splitMs);
  const test = subset(all, (d) => d * dayMs >= splitMs);
  const testCounts = countPointsPerCell(test, grid).counts;
  const score = (method: 'kde' | 'recency-kde'): ForecastScore => {
    if (train.lng.length === 0) return { pai: null, pei: null };
    const s = forecastCellScores(grid, train, { method, ...settings, referenceDay: splitMs / dayMs });
    const e = evaluateForecast(selectTopCells(s, coverage, grid), testCounts);
    return { pai: e.pai, pei: e.pei };
  };
  return {
    type: 'FeatureCollection',
    features: Array.from(chosen, (i, rank) => cellFeature(grid, i, { row: grid.row[i], col: grid.col[i], rank: rank + 1, score: Number((scores[i] * 1e6).toPrecision(4)) })),
    meta: {
      method: `recency-weighted kernel density (bandwidth ${settings.bandwidthM} m, half-life ${settings.halfLifeDays} days)`,
      baseline: `kernel density (bandwidth ${settings.bandwidthM} m)`,
      cellSizeM,
      coverage,
      forecastFrom: period.to,
      forecastTo: new Date(toMs + horizonMs).toISOString(),
      backtest: {
        trainFrom: period.from,
        trainTo: new Date(splitMs).toISOString(),
        testTo: period.to,
        method: score('recency-kde'),
        baseline: score('kde'),
        testIncidents: test.lng.length,
      },
    },
  };
}

function subset(c: IncidentColumns, keep: (day: number) => boolean): IncidentColumns {
  const idx: number[] = [];
  for (let i = 0; i < c.day.length; i++) if (keep(c.day[i])) idx.push(i);
  return { lng: Float64Array.from(idx, (i) => c.lng[i]), lat: Float64Array.from(idx, (i) => c.lat[i]), day: Float64Array.from(idx, (i) => c.day[i]) };
}
