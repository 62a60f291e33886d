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
 * A one-line description of a model and its settings in Chinese, the words a patrol leader reads in the legend's
 * tooltip, e.g. '自激点过程（ETAS；触发衰减 3 天，触发范围 σ 1 格，背景范围 σ 2 格）'. (It mixed in English before.)
 */
export function describeModelInWords(model: ChosenModel): string {
  if (model.method === 'stack') return `集成预测：${model.parts.map((p) => `${p.weight} × ${describeModelInWords(p.model)}`).join(' + ')}`;
  if (model.method === 'prior-counts') return '上期计数（训练期内每格的警情数）';
  if (model.method === 'kde') return `核密度（带宽 ${model.bandwidthM} 米）`;
  if (model.method === 'etas') return `自激点过程（ETAS；触发衰减 ${model.decayDays} 天，触发范围 σ ${model.triggerSigmaCells} 格，背景范围 σ ${model.backgroundSigmaCells} 格）`;
  const time = model.halfLifeDays === null || model.recentShare === 0 ? '不按时间衰减' : `半衰期 ${model.halfLifeDays} 天，近期权重 ${model.recentShare}`;
  return `近期加权邻域平滑（${time}；近邻先验 ${model.nearDays} 天，远邻先验 ${model.farDays} 天）`;
}
