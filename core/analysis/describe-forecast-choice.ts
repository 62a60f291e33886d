import type { ForecastModelScore, ForecastSelection } from '../contracts/analysis';
import type { ChosenModel, ForecastChoice, ForecastModel, ModelValidation } from '../hotspots/forecast/index';

const round4 = (v: number | null) => (v === null ? null : Math.round(v * 1e4) / 1e4);

function describeSingleSettings(model: ForecastModel): Record<string, number | null> {
  if (model.method === 'kde') return { bandwidthM: model.bandwidthM };
  if (model.method === 'recency-blend') return { halfLifeDays: model.halfLifeDays, recentShare: model.recentShare, nearDays: model.nearDays, farDays: model.farDays };
  if (model.method === 'etas') return { decayDays: model.decayDays, triggerSigmaCells: model.triggerSigmaCells, backgroundSigmaCells: model.backgroundSigmaCells };
  return {};
}

/**
 * A model's settings as plain numbers (what the API and the CLI print). A stack's are its parts' weights and
 * settings, each under its part's method ('etas.weight', 'etas.decayDays', …): one part per family.
 */
export function describeModelSettings(model: ChosenModel): Record<string, number | null> {
  if (model.method !== 'stack') return describeSingleSettings(model);
  const out: Record<string, number | null> = {};
  for (const part of model.parts) {
    out[`${part.model.method}.weight`] = part.weight;
    for (const [key, value] of Object.entries(describeSingleSettings(part.model))) out[`${part.model.method}.${key}`] = value;
  }
  return out;
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

/**
 * A one-line description of a model and its settings, Chinese first, e.g. '自激点过程 ETAS self-exciting point
 * process (decay 3 d, trigger σ 1 cell, background σ 2 cells)'.
 */
export function describeModelInWords(model: ChosenModel): string {
  if (model.method === 'stack') return `集成 stacked ensemble: ${model.parts.map((p) => `${p.weight} × ${describeModelInWords(p.model)}`).join(' + ')}`;
  if (model.method === 'prior-counts') return '上期计数 prior counts (incidents per cell in the training period)';
  if (model.method === 'kde') return `核密度 kernel density (bandwidth ${model.bandwidthM} m)`;
  if (model.method === 'etas') return `自激点过程 ETAS self-exciting point process (decay ${model.decayDays} d, trigger σ ${model.triggerSigmaCells} cells, background σ ${model.backgroundSigmaCells} cells)`;
  const time = model.halfLifeDays === null || model.recentShare === 0 ? 'no decay' : `half-life ${model.halfLifeDays} d × ${model.recentShare}`;
  return `近期加权邻域平滑 recency-weighted counts smoothed by neighbours (${time}, near ${model.nearDays} d, far ${model.farDays} d)`;
}
