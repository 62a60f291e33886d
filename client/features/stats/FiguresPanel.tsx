import type { JurisdictionLevel, Summary } from '../../../core/contracts/summary';
import { useI18n } from '../../i18n/I18nProvider';
import { MeasureInfo, MeasureName, useMeasureWords } from '../../shared/MeasureName';
import type { MessageKey } from '../../i18n/zh-CN';

// What the figures count over, as the heading says it (issue 12, item 2).
export const jurisdictionLabels: Record<JurisdictionLevel, MessageKey> = {
  district: 'jurisdictionDistrict',
  street: 'jurisdictionStreet',
  station: 'jurisdictionStation',
  beat: 'jurisdictionBeat',
  community: 'jurisdictionCommunity',
  grid: 'jurisdictionGrid',
  grids: 'jurisdictionGrids',
};

export interface FiguresPanelProps {
  summary?: Summary;
  incidentsInPeriod?: number; // undefined while the period's incidents load
  /** The heat's period in words (近12个月): the incidents figure counts it, not the glossary's default 30 days. */
  periodLabel: string;
}

/**
 * Headline figures from /api/stats/summary, and the count of incidents in the heatmap's period: both over the
 * user's jurisdiction, which the heading names ("本网格" and the grid's name). Each is named by the glossary and
 * carries its ⓘ (core/measures/glossary.ts).
 */
export function FiguresPanel({ summary, incidentsInPeriod, periodLabel }: FiguresPanelProps) {
  const { t, formatNumber } = useI18n();
  const { nameOf } = useMeasureWords();
  const figure = (n: number | undefined) => (n === undefined ? '…' : formatNumber(n));
  return (
    <section className="panel-section figures" data-testid="figures" aria-label={t('figuresTitle')}>
      <h2>
        {t('figuresTitle')}
        {summary && (
          <span className="figures-jurisdiction" data-testid="figures-jurisdiction" data-level={summary.jurisdiction.level}>
            {t(jurisdictionLabels[summary.jurisdiction.level])}
          </span>
        )}
      </h2>
      {summary && summary.jurisdiction.names.length > 0 && (
        <p className="figures-jurisdiction-names" data-testid="figures-jurisdiction-names">
          {summary.jurisdiction.names.join(t('listSeparator'))}
        </p>
      )}
      {summary && summary.jurisdiction.level !== 'district' && <p className="figures-note">{t('figuresOutsideNote')}</p>}
      <dl>
        <div data-testid="figure-residents">
          <dt><MeasureName measure="residents" /></dt>
          <dd>{figure(summary?.residents)}</dd>
        </div>
        <div data-testid="figure-households">
          <dt><MeasureName measure="households" /></dt>
          <dd>{figure(summary?.households)}</dd>
        </div>
        <div data-testid="figure-grids">
          <dt><MeasureName measure="grids" /></dt>
          <dd>{figure(summary?.grids)}</dd>
        </div>
        <div data-testid="figure-police-grid-leaders">
          <dt>
            <MeasureInfo measures={['policeGridLeaders', 'gridLeaders']}>{nameOf('policeGridLeaders')}</MeasureInfo>
          </dt>
          <dd>
            {figure(summary?.policeGridLeaders)}
            {summary && <small> {t('figureGridLeadersOf', { total: summary.gridLeaders })}</small>}
          </dd>
        </div>
        <div data-testid="figure-incidents">
          <dt><MeasureName measure="incidents" label={t('figureIncidents', { period: periodLabel })} /></dt>
          <dd>{figure(incidentsInPeriod)}</dd>
        </div>
      </dl>
    </section>
  );
}
