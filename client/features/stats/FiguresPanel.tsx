import type { Summary } from '../../../core/contracts/summary';
import { useI18n } from '../../i18n/I18nProvider';

export interface FiguresPanelProps {
  summary?: Summary;
  incidentsInPeriod?: number; // undefined while the period's incidents load
}

/** Headline figures from /api/stats/summary, and the count of incidents in the heatmap's period. */
export function FiguresPanel({ summary, incidentsInPeriod }: FiguresPanelProps) {
  const { t, formatNumber } = useI18n();
  const figure = (n: number | undefined) => (n === undefined ? '…' : formatNumber(n));
  return (
    <section className="panel-section figures" data-testid="figures" aria-label={t('figuresTitle')}>
      <h2>{t('figuresTitle')}</h2>
      <dl>
        <div data-testid="figure-residents">
          <dt>{t('figureResidents')}</dt>
          <dd>{figure(summary?.residents)}</dd>
        </div>
        <div data-testid="figure-households">
          <dt>{t('figureHouseholds')}</dt>
          <dd>{figure(summary?.households)}</dd>
        </div>
        <div data-testid="figure-grids">
          <dt>{t('figureGrids')}</dt>
          <dd>{figure(summary?.grids)}</dd>
        </div>
        <div data-testid="figure-police-grid-leaders">
          <dt>{t('figurePoliceGridLeaders')}</dt>
          <dd>
            {figure(summary?.policeGridLeaders)}
            {summary && <small> {t('figureGridLeadersOf', { total: summary.gridLeaders })}</small>}
          </dd>
        </div>
        <div data-testid="figure-incidents">
          <dt>{t('figureIncidents')}</dt>
          <dd>{figure(incidentsInPeriod)}</dd>
        </div>
      </dl>
    </section>
  );
}
