import type { ReactNode } from 'react';
import type { DisputeStatus } from '../../../core/disputes';
import { glossary, type MeasureKey } from '../../../core/measures/glossary';
import { routeTimes } from '../../shared/route-times';
import { useI18n } from '../../i18n/I18nProvider';
import { statusLabels } from '../../shared/dispute-labels';
import type { Outbox } from '../outbox/outbox';
import type { TodayState } from '../use-today';
import { useVisitFlow } from '../visit/use-visit-flow';
import { VisitForm } from '../visit/VisitForm';
import { VisitRow } from '../visit/VisitRow';
import { buildingVisitTarget, taskVisitTarget } from '../visit/visit-target';

function Section({ title, count, children, testId, note }: { title: string; count: number; children: ReactNode; testId: string; note?: ReactNode }) {
  const { t } = useI18n();
  return (
    <section className="field-card" data-testid={testId} data-count={count}>
      <h2>
        {title} <span className="count">{count}</span>
      </h2>
      {note}
      {count === 0 ? <p className="muted">{t('fieldTodayNone')}</p> : <ul>{children}</ul>}
    </section>
  );
}

/**
 * A figure of the jurisdiction as the desktop shows it (core/measures/glossary.ts): its name and what it counts, the
 * count of them all (the server's measure; a copy kept before it was sent has only the list), and the first of them.
 */
function MeasureSection({ measure, count, listed, testId, children }: { measure: MeasureKey; count: number | undefined; listed: number; testId: string; children: ReactNode }) {
  const { t, language } = useI18n();
  const words = glossary[measure][language];
  const total = count ?? listed;
  const note = (
    <p className="muted small">
      {words.counts}
      {listed < total && (
        <>
          <br />
          {t('fieldTodayListedFirst', { shown: listed })}
        </>
      )}
    </p>
  );
  return (
    <Section title={t('fieldTodayInJurisdiction', { name: words.name })} count={total} testId={testId} note={note}>
      {children}
    </Section>
  );
}

const visitNoteText = { waiting: 'fieldVisitQueued', sent: 'fieldVisitSent', refused: 'fieldVisitRefused' } as const;

/**
 * 今日: the assigned routes with their stops and times, then tasks, the jurisdiction's buildings and disputes, meetings.
 * Where the role may record a 核查走访 (registryWriters), a task or an overdue building opens its form.
 */
export function TodayScreen({ state, outbox, canRecordVisits }: { state: TodayState; outbox: Outbox; canRecordVisits: boolean }) {
  const { t, formatDateTime } = useI18n();
  const visits = useVisitFlow(outbox);
  if (state.status === 'loading') return <p className="muted">{t('fieldLoading')}</p>;
  if (state.status === 'error') return <p className="field-error">{t('fieldLoadFailed', { message: state.message })}</p>;
  const { today, copiedAt } = state;
  if (visits.target) {
    return <VisitForm target={visits.target} buildings={today.buildingsToVerify} outbox={outbox} onQueued={visits.queued} onBack={visits.back} />;
  }
  const last = visits.last;
  return (
    <div className="field-today" data-testid="field-today">
      {copiedAt && <p className="field-note">{t('fieldOfflineCopy', { at: formatDateTime(copiedAt) })}</p>}
      {last && (
        <p className={last.state === 'refused' ? 'field-note field-error' : 'field-note'} data-testid="today-visit-note" data-state={last.state}>
          {t(visitNoteText[last.state], { place: last.name })}
        </p>
      )}
      <Section title={t('fieldTodayRoutes')} count={today.routes.length} testId="today-routes">
        {today.routes.map((route) => (
          <li key={route.id} className="route" data-testid="today-route">
            <div className="route-head">
              <strong>{route.name}</strong>
              <span data-testid="today-route-times">{routeTimes(t, route.window, route.plannedEnd)}</span>
            </div>
            <ol className="stops">
              {route.stops.map((stop) => (
                <li key={stop.index}>
                  <span className="stop-name">{stop.index + 1}. {stop.name}</span>
                  {stop.arrival && <span className="stop-time">{t('fieldTodayStopTime', { arrival: stop.arrival })}</span>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </Section>
      <Section title={t('fieldTodayTasks')} count={today.tasks.length} testId="today-tasks">
        {today.tasks.map((task) => (
          <VisitRow
            key={task.id}
            testId="today-task"
            rowId={task.id}
            target={canRecordVisits ? taskVisitTarget(task) : null}
            waiting={visits.waiting.taskIds.has(task.id)}
            onOpen={visits.open}
          >
            <strong>{task.place}</strong> {task.note}
            <span className={task.overdue ? 'overdue' : 'muted'}>{task.overdue ? t('fieldTodayOverdue') : t('fieldTodayTaskDue', { date: task.dueOn })}</span>
          </VisitRow>
        ))}
      </Section>
      <MeasureSection measure="overdueChecks" count={today.measures?.overdueChecks} listed={today.buildingsToVerify.length} testId="today-buildings">
        {today.buildingsToVerify.map((b) => (
          <VisitRow
            key={b.code}
            testId="today-building"
            rowId={b.code}
            target={canRecordVisits ? buildingVisitTarget(b) : null}
            waiting={visits.waiting.buildingCodes.has(b.code)}
            onOpen={visits.open}
          >
            {b.place}
          </VisitRow>
        ))}
      </MeasureSection>
      <MeasureSection measure="openDisputes" count={today.measures?.openDisputes} listed={today.disputes.length} testId="today-disputes">
        {today.disputes.map((d) => {
          const status = statusLabels[d.status as DisputeStatus];
          return (
            <li key={d.code}>
              <strong>{d.summary}</strong> <span className="muted">{[status && t(status), d.place].filter(Boolean).join(' · ')}</span>
            </li>
          );
        })}
      </MeasureSection>
      <Section title={t('fieldTodayMeetings')} count={today.meetings.length} testId="today-meetings">
        {today.meetings.map((m) => (
          <li key={m.id}>
            <strong>{m.topic}</strong> <span className="muted">{m.place}</span>
          </li>
        ))}
      </Section>
    </div>
  );
}
