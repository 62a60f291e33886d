import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { TodayState } from '../use-today';

function Section({ title, count, children, testId }: { title: string; count: number; children: ReactNode; testId: string }) {
  const { t } = useI18n();
  return (
    <section className="field-card" data-testid={testId} data-count={count}>
      <h2>
        {title} <span className="count">{count}</span>
      </h2>
      {count === 0 ? <p className="muted">{t('fieldTodayNone')}</p> : <ul>{children}</ul>}
    </section>
  );
}

/** 今日: the assigned routes with their stops and times, then tasks, buildings, disputes and meetings. */
export function TodayScreen({ state }: { state: TodayState }) {
  const { t, formatDateTime } = useI18n();
  if (state.status === 'loading') return <p className="muted">{t('fieldLoading')}</p>;
  if (state.status === 'error') return <p className="field-error">{t('fieldLoadFailed', { message: state.message })}</p>;
  const { today, copiedAt } = state;
  return (
    <div className="field-today" data-testid="field-today">
      {copiedAt && <p className="field-note">{t('fieldOfflineCopy', { at: formatDateTime(copiedAt) })}</p>}
      <Section title={t('fieldTodayRoutes')} count={today.routes.length} testId="today-routes">
        {today.routes.map((route) => (
          <li key={route.id} className="route" data-testid="today-route">
            <div className="route-head">
              <strong>{route.name}</strong>
              <span>{t('fieldTodayRouteWindow', route.window)}</span>
            </div>
            <ol className="stops">
              {route.stops.map((stop) => (
                <li key={stop.index}>
                  <span className="stop-name">{stop.name}</span>
                  {stop.arrival && <span className="stop-time">{t('fieldTodayStopTime', { arrival: stop.arrival })}</span>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </Section>
      <Section title={t('fieldTodayTasks')} count={today.tasks.length} testId="today-tasks">
        {today.tasks.map((task) => (
          <li key={task.id}>
            <strong>{task.place}</strong> {task.note}
            <span className={task.overdue ? 'overdue' : 'muted'}>{task.overdue ? t('fieldTodayOverdue') : t('fieldTodayTaskDue', { date: task.dueOn })}</span>
          </li>
        ))}
      </Section>
      <Section title={t('fieldTodayBuildings')} count={today.buildingsToVerify.length} testId="today-buildings">
        {today.buildingsToVerify.map((b) => (
          <li key={b.code}>{b.place}</li>
        ))}
      </Section>
      <Section title={t('fieldTodayDisputes')} count={today.disputes.length} testId="today-disputes">
        {today.disputes.map((d) => (
          <li key={d.code}>
            <strong>{d.summary}</strong> <span className="muted">{d.place}</span>
          </li>
        ))}
      </Section>
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
