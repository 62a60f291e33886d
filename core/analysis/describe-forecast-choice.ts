import type { ForecastModelScore, ForecastSelection } from '../contracts/analysis';
import type { ForecastChoice, ForecastModel, ModelValidation } from '../hotspots/forecast/index';

const round4 = (v: number | null) => (v === null ? null : Math.round(v * 1e4) / 1e4);

/** A model's settings as plain numbers (what the API and the CLI print). */
export function describeModelSettings(model: ForecastModel): Record<string, number | null> {
  if (model.method === 'kde') return { bandwidthM: model.bandwidthM };
  if (model.method === 'recency-blend') return { halfLifeDays: model.halfLifeDays, recentShare: model.recentShare, nearDays: model.nearDays, farDays: model.farDays };
  return {};
}

function scoreOf(v: ModelValidation): ForecastModelScore {
  return { method: v.model.method, settings: describeModelSettings(v.model), pai: round4(v.pai), pei: round4(v.pei) };
}

/** The validation of a ForecastChoice as the API answers it (PAI/PEI to 4 decimals). Pure. */
export function describeForecastChoice(choice: ForecastChoice, coverage: number): ForecastSelection {
  return {
    chosen: scoreOf(choice.chosen),
    priorCounts: scoreOf(choice.priorCounts),
    kde: scoreOf(choice.tunedKde),
    plainKde: scoreOf(choice.plainKde),
    folds: choice.folds.length,
    coverage,
  };
}

/** A one-line English description of a model and its settings, e.g. 'recency-blend (half-life 7 d × 0.5, near 4 d, far 2 d)'. */
export function describeModelInWords(model: ForecastModel): string {
  if (model.method === 'prior-counts') return 'prior counts (incidents per cell in the training period)';
  if (model.method === 'kde') return `kernel density (bandwidth ${model.bandwidthM} m)`;
  const time = model.halfLifeDays === null || model.recentShare === 0 ? 'no decay' : `half-life ${model.halfLifeDays} d × ${model.recentShare}`;
  return `recency-weighted counts smoothed by neighbours (${time}, near ${model.nearDays} d, far ${model.farDays} d)`;
}
