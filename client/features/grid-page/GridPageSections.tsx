import type { GridPage } from '../../../core/contracts/workforce';
import { useI18n } from '../../i18n/I18nProvider';
import { riskLabels, statusLabels, typeLabels } from '../../shared/dispute-labels';
import { activityLabels, gradeLabels, meetingLabels } from '../../shared/workforce-labels';
import { MeasureName } from '../../shared/MeasureName';
import { formatShare } from '../../shared/format-share';
import { barsOf, staleBelow } from './grid-page-figures';

// The parts of the grid page, each drawn from its part of GET /api/grids/:code/page.

/** The grades of the grid's leader over the rounds, oldest first, each with its total when it was scored (the ⓘ is the heading's). */
export function GradesSection({ grades }: { grades: GridPage['grades'] }) {
  const { t } = useI18n();
  if (grades.length === 0) return <p className="muted">{t('gpNoGrades')}</p>;
  return (
    <ol className="grade-rounds">
      {grades.map((g) => (
        <li key={g.round} className={`grade-chip grade-${g.grade}`} data-testid="gp-grade" data-round={g.round} data-grade={g.grade}>
          <span className="round">{g.round}</span>
          <strong>{t(gradeLabels[g.grade])}</strong>
          {g.total !== null && (
            <span className="total">
              {g.total}
            </span>
          )}
          <span className="rank" data-rank={g.rank}>
            {t('gpGradeRank', { rank: g.rank })}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** 楼栋核验率 and 人员核验率 (the glossary's measures), with the same rounding as the registry's. */
export function FreshnessSection({ freshness }: { freshness: GridPage['freshness'] }) {
  const rows = [
    { key: 'buildings', measure: 'buildingsVerifiedShare', ...freshness.buildings },
    { key: 'residents', measure: 'residentsVerifiedShare', ...freshness.residents },
  ] as const;
  return (
    <ul className="bars">
      {rows.map((r) => (
        <li key={r.key} data-testid={`gp-fresh-${r.key}`} data-share={r.share ?? ''}>
          <span className="bar-label">
            <MeasureName measure={r.measure} />
          </span>
          <span className="bar-track">
            <span className={(r.share ?? 0) < staleBelow ? 'bar stale' : 'bar'} style={{ width: `${Math.round((r.share ?? 0) * 100)}%` }} />
          </span>
          <span className="bar-value">
            {formatShare(r.share)} ({r.verified}/{r.total})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The grid's open disputes, highest risk first. */
export function DisputesSection({ rows }: { rows: GridPage['disputes']['rows'] }) {
  const { t } = useI18n();
  if (rows.length === 0) return <p className="muted">{t('gpNoDisputes')}</p>;
  return (
    <ul className="side-list">
      {rows.slice(0, 12).map((d) => (
        <li key={d.code} data-testid="gp-dispute" data-code={d.code}>
          <span className={`risk-chip risk-${d.riskLevel}`}>
            {d.riskScore} · {t(riskLabels[d.riskLevel])}
          </span>{' '}
          <span className="mono">{d.code}</span> {d.summary} <span className="muted">· {t(typeLabels[d.type])} · {t(statusLabels[d.status])}</span>
          {d.overdue && <span className="overdue-flag">{t('dspOverdueFlag')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Incidents of the last INCIDENT_WINDOW_DAYS (30) days by category, most first. */
export function IncidentsSection({ incidents }: { incidents: GridPage['incidents'] }) {
  const { language } = useI18n();
  const counts = Object.fromEntries(incidents.byCategory.map((c) => [c.code, c.count]));
  const names = new Map(incidents.byCategory.map((c) => [c.code, language === 'en' ? c.nameEn : c.nameZh]));
  return (
    <ul className="bars">
      {barsOf(counts).map((b) => (
        <li key={b.key}>
          <span className="bar-label">{names.get(b.key)}</span>
          <span className="bar-track">
            <span className="bar incidents" style={{ width: `${Math.round(b.share * 100)}%` }} />
          </span>
          <span className="bar-value">{b.count}</span>
        </li>
      ))}
    </ul>
  );
}

/** Work of the last 12 months by kind, and the latest records. */
export function WorkSection({ work }: { work: GridPage['work'] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      <ul className="bars">
        {barsOf(work.last12Months).map((b) => (
          <li key={b.key}>
            <span className="bar-label">{t(activityLabels[b.key])}</span>
            <span className="bar-track">
              <span className="bar work" style={{ width: `${Math.round(b.share * 100)}%` }} />
            </span>
            <span className="bar-value">{b.count}</span>
          </li>
        ))}
      </ul>
      <ul className="side-list">
        {work.recent.slice(0, 8).map((a) => (
          <li key={a.id}>
            {formatDateTime(a.occurredAt)} · {t(activityLabels[a.kind])} · {a.personName ?? '—'}
            {a.notes && <span className="muted"> · {a.notes}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function MeetingsSection({ meetings }: { meetings: GridPage['meetings'] }) {
  const { t } = useI18n();
  if (meetings.length === 0) return <p className="muted">{t('gpNoMeetings')}</p>;
  return (
    <ul className="side-list">
      {meetings.map((m) => (
        <li key={m.id}>
          <strong>{m.heldOn}</strong> · {t(meetingLabels[m.kind])} · {m.topic}
          <span className="muted"> · {t('wfAttendance', { names: m.attendance.map((a) => a.name ?? a.id).join('、'), n: m.attendance.length })}</span>
        </li>
      ))}
    </ul>
  );
}
