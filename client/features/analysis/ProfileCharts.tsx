import { useMemo } from 'react';
import type { ProfileAnswer } from '../../../core/contracts/analysis';
import type { IncidentCategory } from '../../../core/contracts/incidents';
import { useI18n } from '../../i18n/I18nProvider';
import { AnalysisChart } from './AnalysisChart';
import { matrixChartOption } from './matrix-chart';
import { NoPeriodNote } from './NoPeriodNote';
import { seriesChartOption, topCategorySeries } from './series-chart';
import { seriesNotes } from './series-notes';

// Eight stacks stay readable; the rest are summed as 其他.
const shownCategories = 8;

export interface ProfileChartsProps {
  profile: ProfileAnswer | null | undefined;
  categories: IncidentCategory[] | undefined;
  /** False while the period is invalid: the charts are empty (no profile) and say why. */
  periodValid: boolean;
}

/** The hour × weekday heatmap and the categories over time of a profile answer. */
export function ProfileCharts({ profile, categories, periodValid }: ProfileChartsProps) {
  const { t, language, formatDateTime } = useI18n();
  const matrix = profile?.matrix;
  const matrixOption = useMemo(
    () => matrixChartOption(matrix ?? [], t('analysisWeekdayNames').split(','), t('analysisCount'), (day, hour, n) => t('analysisMatrixCell', { day, from: hour, to: hour + 1, n })),
    [matrix, t],
  );
  const series = profile?.series;
  const seriesOption = useMemo(() => {
    const names = new Map((categories ?? []).map((c) => [c.code, language === 'en' ? c.nameEn : c.nameZh]));
    const empty = { bucket: 'day' as const, buckets: [], categories: [] };
    const shaped = topCategorySeries(series ?? empty, (code) => names.get(code) ?? code, shownCategories, t('analysisOtherCategories'));
    return seriesChartOption(series?.buckets ?? [], shaped);
  }, [series, categories, language, t]);
  const matrixTotal = matrix?.flat().reduce((a, b) => a + b, 0) ?? 0;
  return (
    <>
      <section className="analysis-panel" data-testid="analysis-matrix" data-total={profile ? matrixTotal : undefined}>
        <h3>{t('analysisMatrixTitle')}</h3>
        {!periodValid && <NoPeriodNote testId="analysis-matrix-no-period" />}
        <AnalysisChart option={matrixOption} testId="analysis-matrix-chart" label={t('analysisMatrixTitle')} />
      </section>
      <section className="analysis-panel" data-testid="analysis-series" data-buckets={series?.buckets.length}>
        <h3>
          {t(series?.bucket === 'week' ? 'analysisSeriesTitleWeek' : 'analysisSeriesTitleDay')}
          {profile && seriesNotes(profile, t, formatDateTime).map((note) => (
            <span key={note} className="analysis-series-partial" data-testid="analysis-series-partial">{note}</span>
          ))}
        </h3>
        {!periodValid && <NoPeriodNote testId="analysis-series-no-period" />}
        <AnalysisChart option={seriesOption} testId="analysis-series-chart" label={t('analysisSeriesTitleDay')} />
      </section>
    </>
  );
}
