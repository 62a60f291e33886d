import { bandBreach } from './household-band';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import { getGridPage } from '../../api/workforce-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { MeasureInfo } from '../../shared/MeasureName';
import { PeopleTree } from '../../shared/PeopleTree';
import { DisputesSection, FreshnessSection, GradesSection, IncidentsSection, MeetingsSection, WorkSection } from './GridPageSections';
import { followInApp } from '../../shared/open-path';

export interface GridPageViewProps {
  code: string;
  mayReadDisputes: boolean;
  /** The 无权访问 page, for a grid outside the caller's jurisdiction; `detail` is the server's reason. */
  renderNoAccess: (detail: string) => ReactNode;
}

/**
 * One grid on one page (GET /api/grids/:code/page): its people, work, meetings, grades over the rounds, how fresh its
 * residents' data is, its open disputes and its incidents of the last 30 days by category.
 */
export function GridPageView({ code, mayReadDisputes, renderNoAccess }: GridPageViewProps) {
  const { t, formatNumber } = useI18n();
  const [page] = useResource((signal) => getGridPage(code, signal), [code]);
  // 403: the grid exists but lies outside the jurisdiction; the server's message names the grid and the jurisdiction.
  if (page.status === 'error' && page.error instanceof ApiError && page.error.status === 403) return renderNoAccess(page.error.message);
  if (page.status === 'error') {
    // 404: no such grid (a mistyped or old address); said plainly, with the way back, rather than as a failed load.
    const missing = page.error instanceof ApiError && page.error.status === 404;
    return (
      <section className="view" data-testid="grid-page">
        <p className="error" role="alert" data-testid="gp-error">
          {missing ? t('gpNotFound', { code }) : t('loadFailed', { message: page.error.message })}
        </p>
        <p>
          <a
            className="link-button"
            href="/"
            onClick={followInApp('/')}
            data-testid="gp-back-to-map"
          >
            {t('gpBackToMap')}
          </a>
        </p>
      </section>
    );
  }
  if (!page.data) return <p className="view-note">{t('loading')}</p>;
  const p = page.data;
  const breach = bandBreach(p.grid.households, p.grid.householdBand);
  const disputesHref = `/disputes?grid=${encodeURIComponent(code)}`;
  return (
    <section className="view grid-page" data-testid="grid-page" data-grid={code}>
      <header className="view-head">
        <h2>
          {p.grid.name} <span className="mono muted">{p.grid.code}</span>
        </h2>
        <p className="muted" data-testid="gp-facts">
          <MeasureInfo measures={['households', 'residents']}>
            {t('gpFacts', { households: formatNumber(p.grid.households), residents: formatNumber(p.grid.residents), beat: p.grid.beatName ?? p.grid.beatCode ?? '—' })}
          </MeasureInfo>
          {breach && p.grid.householdBand && (
            <span className="gp-band-breach" data-testid="gp-band-breach">
              {t(breach === 'below' ? 'gpBandBelow' : 'gpBandAbove', { min: formatNumber(p.grid.householdBand.min), max: formatNumber(p.grid.householdBand.max) })}
            </span>
          )}
        </p>
      </header>
      <div className="grid-page-columns">
        <div className="grid-page-col">
          <section className="card" data-testid="gp-grades">
            <h3>
              <MeasureInfo measures={['grade', 'assessmentTotal', 'assessmentRank']}>{t('gpGrades')}</MeasureInfo>
            </h3>
            <GradesSection grades={p.grades} />
          </section>
          <section className="card" data-testid="gp-freshness">
            <h3>{t('gpFreshness')}</h3>
            <FreshnessSection freshness={p.freshness} />
          </section>
          <section className="card" data-testid="gp-disputes">
            <h3>
              <MeasureInfo measures={['openDisputes', 'highRiskDisputes', 'overdueDisputes']}>
                {t('gpDisputes', { open: p.disputes.open, high: p.disputes.highRisk, overdue: p.disputes.overdue })}
              </MeasureInfo>
              {mayReadDisputes && (
                <a
                  className="link-button"
                  href={disputesHref}
                  onClick={followInApp(disputesHref)}
                >
                  {t('gpDisputesOpen')}
                </a>
              )}
            </h3>
            <DisputesSection rows={p.disputes.rows} />
          </section>
          <section className="card" data-testid="gp-incidents">
            <h3>
              <MeasureInfo measures={['incidents']}>{t('gpIncidents', { days: p.incidents.days, total: p.incidents.total })}</MeasureInfo>
            </h3>
            <IncidentsSection incidents={p.incidents} />
          </section>
        </div>
        <div className="grid-page-col">
          <section className="card" data-testid="gp-people">
            <h3>{t('gpPeople')}</h3>
            <PeopleTree people={p.people} />
          </section>
          <section className="card" data-testid="gp-work">
            <h3>{t('gpWork')}</h3>
            <WorkSection work={p.work} />
          </section>
          <section className="card" data-testid="gp-meetings">
            <h3>{t('gpMeetings')}</h3>
            <MeetingsSection meetings={p.meetings} />
          </section>
        </div>
      </div>
    </section>
  );
}
