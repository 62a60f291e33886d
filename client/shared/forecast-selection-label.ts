import type { ForecastMethodCode, ForecastSelection } from '../../core/contracts/analysis';
import type { Translate } from '../i18n/messages';
import type { MessageKey } from '../i18n/zh-CN';

// Shared by the analysis legend and the patrol planner's candidates, which both show which forecast model won (issue 17).

const forecastMethodKeys: Record<ForecastMethodCode, MessageKey> = {
  'prior-counts': 'analysisForecastPriorCounts',
  kde: 'analysisForecastKde',
  'recency-blend': 'analysisForecastRecencyBlend',
  etas: 'analysisForecastEtas',
  stack: 'analysisForecastStack',
};

/** The message naming a forecast method ("上期计数" …). */
export function forecastMethodLabel(method: ForecastMethodCode): MessageKey {
  return forecastMethodKeys[method] ?? forecastMethodKeys['prior-counts'];
}

const figure = (v: number | null) => (v === null ? '–' : v.toFixed(2));

/**
 * The forecast legend's line and its hover text: '预测方法：上期计数（选模型时的 PAI：本方法 18.40，上期计数 18.40，KDE 17.90）',
 * and the folds, coverage and PEIs behind it.
 */
export function describeForecastSelection(t: Translate, selection: ForecastSelection): { text: string; title: string } {
  const { chosen, priorCounts, kde } = selection;
  return {
    text: t('analysisForecastMethod', { method: t(forecastMethodLabel(chosen.method)), pai: figure(chosen.pai), prior: figure(priorCounts.pai), kde: figure(kde.pai) }),
    title: t('analysisForecastMethodTitle', { folds: selection.folds, pct: Math.round(selection.coverage * 100), pei: figure(chosen.pei), priorPei: figure(priorCounts.pei), kdePei: figure(kde.pei) }),
  };
}
