import type { EmergingAnswer, ForecastAnswer, ForecastScore, HotspotAnswer, RepeatsAnswer, TooFewIncidents } from '../../../core/contracts/analysis';
import { MIN_HOTSPOT_INCIDENTS } from '../../../core/hotspots/check-hotspot-incidents';
import type { EmergingPattern, HotspotClass } from '../../../core/hotspots/index';
import { useI18n } from '../../i18n/I18nProvider';
import type { AnalysisLayerVisibility } from '../../map/layers/analysis-layers';
import {
  countBy,
  emergingColour,
  emergingLegendPatterns,
  forecastFillColour,
  forecastLineColour,
  hotspotColour,
  hotspotLegendClasses,
  nearRepeatLineColour,
  repeatLocationColour,
} from '../../map/layers/analysis-colours';
import { heatLegendGradient, toCssColour } from '../../map/layers/colour-scales';
import { localDateKey } from '../../../core/time';
import { ForecastSelectionNote } from '../../shared/ForecastSelectionNote';
import { classLabel, patternText } from './analysis-labels';
import { NoPeriodNote } from './NoPeriodNote';

export interface AnalysisLegendProps {
  /** False while the period is invalid: the legend says so (the answers are none, so no layer is drawn). */
  periodValid: boolean;
  visible: AnalysisLayerVisibility;
  hotspots?: HotspotAnswer | null;
  emerging?: EmergingAnswer | null;
  forecast?: ForecastAnswer | null;
  repeats?: RepeatsAnswer | null;
}

const score = (v: number | null) => (v === null ? '–' : v.toFixed(2));

/** What the visible analysis layers' colours mean, with counts, and the forecast's back-test next to its legend. */
export function AnalysisLegend({ periodValid, visible, hotspots, emerging, forecast, repeats }: AnalysisLegendProps) {
  const { t } = useI18n();
  return (
    <div className="panel-section legend analysis-legend" data-testid="analysis-legend">
      <h2>{t('legendTitle')}</h2>
      {!periodValid && <NoPeriodNote testId="analysis-legend-no-period" />}
      {visible.heatmap && (
        <div className="legend-ramp">
          <h3>{t('legendHeatmap')}</h3>
          <span className="ramp" style={{ background: heatLegendGradient() }} />
          <span className="ramp-ends">
            <span>{t('legendLow')}</span>
            <span>{t('legendHigh')}</span>
          </span>
        </div>
      )}
      {visible.hotspots && hotspots && <HotspotLegend hotspots={hotspots} />}
      {visible.emerging && emerging && <EmergingLegend emerging={emerging} />}
      {visible.forecast && forecast && <ForecastLegend forecast={forecast} />}
      {(visible['repeat-pairs'] || visible['repeat-locations']) && repeats && (
        <ul data-testid="analysis-legend-repeats">
          {visible['repeat-pairs'] && (
            <li>
              <span className="line-swatch" style={{ borderColor: toCssColour(nearRepeatLineColour) }} />
              {t('analysisLegendPairs', { count: repeats.meta.pairsFound, distance: repeats.meta.distanceM, days: repeats.meta.days })}
            </li>
          )}
          {visible['repeat-locations'] && (
            <li>
              <span className="dot" style={{ background: toCssColour(repeatLocationColour) }} />
              {t('analysisLegendPlaces', { count: repeats.locations.features.length })}
            </li>
          )}
          {repeats.meta.truncated && <li className="analysis-legend-note">{t('analysisPairsTruncated')}</li>}
        </ul>
      )}
    </div>
  );
}

/**
 * The Gi* classes with their counts; when too few incidents were counted for a hot-spot analysis, the count and the
 * minimum instead (every class is 'none' then); and, for a jurisdiction smaller than the district, that its hot spots
 * are its own incidents'.
 */
function HotspotLegend({ hotspots }: { hotspots: HotspotAnswer }) {
  const { t } = useI18n();
  const { cellSizeM, tooFew, scoped } = hotspots.meta;
  return (
    <div data-testid="analysis-legend-hotspots" data-too-few={tooFew?.incidents}>
      <h3>{t('analysisLegendHotspots', { cell: cellSizeM })}</h3>
      {tooFew ? (
        <TooFewNote tooFew={tooFew} testId="analysis-hotspots-too-few" />
      ) : (
        <>
          <ul>
            {countBy<HotspotClass>(hotspots.features.map((f) => f.properties.class), hotspotLegendClasses).map(({ key, count }) => (
              <li key={key} data-class={key} data-count={count}>
                <span className="swatch" style={{ background: toCssColour(hotspotColour(key)) }} />
                {t(classLabel(key))} <span className="muted">{count}</span>
              </li>
            ))}
          </ul>
          <p className="analysis-legend-note">{t('analysisFdrNote')}</p>
        </>
      )}
      {scoped && (
        <p className="analysis-legend-note" data-testid="analysis-hotspots-scoped">
          {t('analysisHotspotsScoped')}
        </p>
      )}
    </div>
  );
}

function TooFewNote({ tooFew, testId }: { tooFew: TooFewIncidents; testId: string }) {
  const { t } = useI18n();
  return (
    <p className="analysis-legend-note error" data-testid={testId}>
      {t('analysisTooFew', { incidents: tooFew.incidents, minimum: tooFew.minimum })}
    </p>
  );
}

function EmergingLegend({ emerging }: { emerging: EmergingAnswer }) {
  const { t } = useI18n();
  const present = countBy<EmergingPattern>(emerging.features.map((f) => f.properties.pattern), emergingLegendPatterns).filter((e) => e.count > 0);
  const { tooFew } = emerging.meta;
  return (
    <div data-testid="analysis-legend-emerging" data-too-few={tooFew?.incidents}>
      <h3>{t('analysisLegendEmerging', { slices: emerging.meta.slices, days: emerging.meta.sliceDays })}</h3>
      {tooFew ? (
        <TooFewNote tooFew={tooFew} testId="analysis-emerging-too-few" />
      ) : (
        <>
          <ul>
            {present.map(({ key, count }) => (
              <li key={key} data-pattern={key}>
                <span className="swatch" style={{ background: toCssColour(emergingColour(key)) }} />
                {patternText(key, t)} <span className="muted">{count}</span>
              </li>
            ))}
            {present.length === 0 && <li className="muted">{t('analysisNoPatterns')}</li>}
          </ul>
          <p className="analysis-legend-note">{t('analysisEmergingFloorNote', { minimum: MIN_HOTSPOT_INCIDENTS })}</p>
        </>
      )}
    </div>
  );
}

function ForecastLegend({ forecast }: { forecast: ForecastAnswer }) {
  const { t } = useI18n();
  const { backtest, coverage, forecastFrom, forecastTo } = forecast.meta;
  const row = (label: string, s: ForecastScore, testId: string) => (
    <tr data-testid={testId}>
      <th>{label}</th>
      <td>{score(s.pai)}</td>
      <td>{score(s.pei)}</td>
    </tr>
  );
  return (
    <div data-testid="analysis-legend-forecast">
      <h3>{t('analysisLegendForecast')}</h3>
      <ul>
        <li>
          <span className="swatch" style={{ background: toCssColour(forecastFillColour), borderColor: toCssColour(forecastLineColour), borderWidth: 2 }} />
          {t('analysisForecastCells', { count: forecast.features.length, pct: Math.round(coverage * 100), from: localDateKey(Date.parse(forecastFrom)), to: localDateKey(Date.parse(forecastTo) - 1) })}
        </li>
      </ul>
      {/* With no incidents every score is 0 and the "top" cells are arbitrary: say so rather than let them pass for a forecast. */}
      {forecast.features.every((f) => f.properties.score === 0) && <p className="analysis-legend-note error">{t('analysisForecastNoData')}</p>}
      <ForecastSelectionNote selection={forecast.meta.selection} className="analysis-legend-note" testId="analysis-forecast-method" />
      <table className="analysis-backtest" data-testid="analysis-backtest">
        <caption>{t('analysisBacktest', { incidents: backtest.testIncidents })}</caption>
        <thead>
          <tr>
            <th />
            <th>PAI</th>
            <th>PEI</th>
          </tr>
        </thead>
        <tbody>
          {row(t('analysisBacktestMethod'), backtest.method, 'analysis-backtest-method')}
          {row(t('analysisBacktestBaseline'), backtest.baseline, 'analysis-backtest-baseline')}
        </tbody>
      </table>
      <p className="analysis-legend-note" title={`${forecast.meta.method}; ${forecast.meta.baseline}`}>
        {t('analysisBacktestNote')}
      </p>
    </div>
  );
}
