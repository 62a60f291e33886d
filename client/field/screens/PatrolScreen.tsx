import { useMemo, useState } from 'react';
import { localMinuteOfDay } from '../../../core/time';
import { proposedRouteId } from '../lib/proposed-route';
import { routeStopRows } from '../lib/route-stop-rows';
import { routeTimes } from '../../shared/route-times';
import { useI18n } from '../../i18n/I18nProvider';
import type { usePatrol } from '../patrol/use-patrol';
import type { TodayState } from '../use-today';

/** How long positions are kept on the server (FIELD_POSITIONS_RETENTION_DAYS' default), told to the person pinged. */
const positionsKeptDays = 30;

/** 巡逻: pick today's route (or none), start; while on patrol, how it is going; end. */
export function PatrolScreen({ patrol, today }: { patrol: ReturnType<typeof usePatrol>; today: TodayState }) {
  const { t } = useI18n();
  const routes = today.status === 'ready' ? today.today.routes : [];
  // The route on now (or next) until the person picks one (today's list may arrive after this screen opened).
  const [chosenRouteId, setRouteId] = useState<string | null>(null);
  const routeId = chosenRouteId ?? proposedRouteId(routes, localMinuteOfDay(Date.now())) ?? '';
  const [busy, setBusy] = useState(false);
  // Ending is asked about once: a patrol of hours ended by a stray tap stops its record, and cannot be resumed.
  const [askingEnd, setAskingEnd] = useState(false);
  const current = patrol.patrol;
  const walked = current?.routeId ? routes.find((r) => r.id === current.routeId) : undefined;
  const fixAt = patrol.lastFix?.position ?? null;
  const stopRows = useMemo(() => (walked ? routeStopRows(walked.stops, fixAt) : []), [walked, fixAt]);
  const act = (fn: () => Promise<void>) => {
    setBusy(true);
    fn().finally(() => setBusy(false));
  };
  return (
    <div className="field-patrol">
      {current ? (
        <section className="field-card on-patrol" data-testid="patrol-state" data-state="started" data-patrol-id={current.id}>
          <h2>{t('fieldPatrolOn', { minutes: Math.floor((Date.now() - Date.parse(current.startedAt)) / 60_000) })}</h2>
          {current.routeName && <p>{current.routeName}</p>}
          <p data-testid="patrol-pings" data-count={patrol.pingCount}>
            {t('fieldPatrolPings', { count: patrol.pingCount, seconds: patrol.policy.pingEveryMs / 1000 })}
          </p>
          {patrol.policy.lowBattery && <p className="field-note">{t('fieldPatrolLowBattery')}</p>}
          {patrol.geoError ? (
            <p className="field-error">{t('fieldPatrolGeoError', { message: patrol.geoError })}</p>
          ) : (
            <p className="muted">{patrol.lastFix ? t('fieldPatrolFix', { accuracy: Math.round(patrol.lastFix.accuracyM) }) : t('fieldPatrolNoFix')}</p>
          )}
          {walked && (
            <>
              <h3>{t('fieldPatrolStops', { times: routeTimes(t, walked.window, walked.plannedEnd) })}</h3>
              <ol className="stops" data-testid="patrol-stops">
                {stopRows.map((s) => (
                  <li key={s.index} className={s.nearest ? 'nearest' : undefined} data-testid="patrol-stop" data-nearest={s.nearest}>
                    <span className="stop-name">{s.index + 1}. {s.name}</span>
                    <span className="stop-time">
                      {[s.arrival && t('fieldTodayStopTime', { arrival: s.arrival }), s.distanceM !== null && t(s.nearest ? 'fieldPatrolStopNearest' : 'fieldPatrolStopDistance', { metres: s.distanceM })].filter(Boolean).join(' · ')}
                    </span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ) : (
        <section className="field-card" data-testid="patrol-state" data-state="idle">
          <h2>{t('fieldPatrolIdle')}</h2>
          <label className="field-label">
            {t('fieldPatrolRoute')}
            <select value={routeId} onChange={(e) => setRouteId(e.target.value)} data-testid="patrol-route">
              {routes.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} · {routeTimes(t, r.window, r.plannedEnd)}
                </option>
              ))}
              <option value="">{t('fieldPatrolNoRoute')}</option>
            </select>
          </label>
        </section>
      )}
      <p className="muted small">{t('fieldPatrolPrivacy', { days: positionsKeptDays })}</p>
      <div className="field-actions">
        {current && askingEnd ? (
          <>
            <p className="field-note" data-testid="patrol-end-question">{t('fieldPatrolEndQuestion')}</p>
            <button
              type="button"
              className="big danger"
              disabled={busy}
              onClick={() => act(async () => {
                await patrol.end();
                setAskingEnd(false);
              })}
              data-testid="patrol-end-confirm"
            >
              {t('fieldPatrolEndConfirm')}
            </button>
            <button type="button" className="wide" disabled={busy} onClick={() => setAskingEnd(false)} data-testid="patrol-end-cancel">
              {t('fieldPatrolEndCancel')}
            </button>
          </>
        ) : current ? (
          <button type="button" className="big danger" disabled={busy} onClick={() => setAskingEnd(true)} data-testid="patrol-end">
            {t('fieldPatrolEnd')}
          </button>
        ) : (
          <button
            type="button"
            className="big"
            disabled={busy}
            onClick={() => act(() => patrol.start(routes.find((r) => r.id === routeId) ?? null))}
            data-testid="patrol-start"
          >
            {t('fieldPatrolStart')}
          </button>
        )}
      </div>
    </div>
  );
}
