import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldCheckIn, FieldPing } from '../../../core/contracts/field';
import { localClockTime } from '../../../core/time';
import { fieldPaths } from '../../api/field-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { scanQrFromCamera } from '../checkin/scan-qr';
import { findGeofenceMatch } from '../lib/geofence';
import { qrPlaceName } from '../lib/qr-place-name';
import { newId } from '../new-id';
import type { Outbox } from '../outbox/outbox';
import type { CurrentPatrol } from '../patrol/use-patrol';
import type { TodayState } from '../use-today';

/**
 * The radius the screen uses to say "within range" (the server's FIELD_CHECKIN_RADIUS_M default), counted as the
 * server counts it: distance plus the fix's accuracy. The server decides with its own setting; a check-in it refuses
 * shows in 未能上传 with its reason.
 */
const hintRadiusM = 50;

interface Fix {
  lngLat: [number, number];
  accuracyM: number;
  at: string;
}

interface StopPlace {
  key: string;
  name: string;
  lngLat: [number, number];
  radiusM: number;
  routeId: string;
  stopIndex: number;
  keyPlaceCode: string | null;
}

/** 签到: by the phone's position at a stop of today's routes (geofence), or by the QR code posted at a key place. */
export function CheckInScreen({ outbox, today, patrol, patrolFix }: { outbox: Outbox; today: TodayState; patrol: CurrentPatrol | null; patrolFix: FieldPing | null }) {
  const { t } = useI18n();
  const [ownFix, setFix] = useState<Fix | null>(null);
  // While a patrol runs, its own watch has the position: a second watch in the same page may hear nothing until the
  // phone moves (Chromium), so the newer of the two fixes counts.
  const fromPatrol: Fix | null = patrolFix ? { lngLat: patrolFix.position, accuracyM: patrolFix.accuracyM, at: patrolFix.at } : null;
  const fix = !fromPatrol ? ownFix : !ownFix || fromPatrol.at > ownFix.at ? fromPatrol : ownFix;
  const [geoError, setGeoError] = useState<string | null>(null);
  const [done, setDone] = useState<string[]>([]);
  const [payload, setPayload] = useState('');
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const scan = useRef<AbortController | null>(null);

  const places = useMemo<StopPlace[]>(() => {
    if (today.status !== 'ready') return [];
    const routes = today.today.routes.filter((r) => !patrol?.routeId || r.id === patrol.routeId);
    return routes.flatMap((r) =>
      r.stops.flatMap((s) => (s.position ? [{ key: `${r.id}:${s.index}`, name: s.name, lngLat: s.position, radiusM: hintRadiusM, routeId: r.id, stopIndex: s.index, keyPlaceCode: s.keyPlaceCode }] : [])),
    );
  }, [today, patrol]);

  // The position follows the phone while this screen is open (and only then); 获取当前位置 starts the watch afresh.
  const [watchRound, setWatchRound] = useState(0);
  useEffect(() => {
    setGeoError(null);
    const watch = navigator.geolocation.watchPosition(
      (pos) => setFix({ lngLat: [pos.coords.longitude, pos.coords.latitude], accuracyM: Math.min(5000, pos.coords.accuracy), at: new Date(pos.timestamp).toISOString() }),
      (err) => setGeoError(err.message),
      { enableHighAccuracy: true, maximumAge: 2000 },
    );
    return () => navigator.geolocation.clearWatch(watch);
  }, [watchRound]);
  const locate = useCallback(() => setWatchRound((n) => n + 1), []);
  useEffect(() => () => scan.current?.abort(), []);

  // The nearest stop whatever the distance, so the person sees how far it is; "within range" by the hint radius.
  const nearest = useMemo(() => (fix ? findGeofenceMatch(fix.lngLat, places.map((p) => ({ ...p, radiusM: Infinity }))) : null), [fix, places]);
  const inRange = nearest !== null && fix !== null && nearest.distanceM + fix.accuracyM <= hintRadiusM;

  async function queueCheckIn(body: FieldCheckIn, name: string) {
    await outbox.enqueue({ id: body.id, kind: 'check-in', path: fieldPaths.checkIns, body, label: t('fieldKindCheckIn', { name }) });
    setDone((list) => [t('fieldCheckInQueued', { name, time: localClockTime(Date.parse(body.at)) }), ...list]);
  }

  async function checkInHere() {
    if (!fix || !nearest) return;
    const stop = nearest.place;
    const onThisRoute = patrol?.routeId === stop.routeId;
    await queueCheckIn(
      {
        id: newId(),
        method: 'geofence',
        ...(patrol ? { patrolId: patrol.id } : {}),
        ...(onThisRoute ? { stopIndex: stop.stopIndex } : {}),
        ...(stop.keyPlaceCode ? { keyPlaceCode: stop.keyPlaceCode } : {}),
        at: new Date().toISOString(),
        position: fix.lngLat,
        accuracyM: fix.accuracyM,
      },
      stop.name,
    );
  }

  async function checkInByQr(code: string) {
    const qrPayload = code.trim();
    if (!qrPayload) return;
    await queueCheckIn(
      {
        id: newId(),
        method: 'qr',
        ...(patrol ? { patrolId: patrol.id } : {}),
        qrPayload,
        at: new Date().toISOString(),
        ...(fix ? { position: fix.lngLat, accuracyM: fix.accuracyM } : {}),
      },
      qrPlaceName(qrPayload, today.status === 'ready' ? (today.today.keyPlaces ?? []) : []) ?? t('fieldCheckInQrPlace'),
    );
    setPayload('');
  }

  async function startScan() {
    if (!video.current) return;
    setCameraError(null);
    setScanning(true);
    scan.current = new AbortController();
    try {
      const code = await scanQrFromCamera(video.current, scan.current.signal);
      if (code) await checkInByQr(code);
    } catch (err) {
      setCameraError(err instanceof Error ? err.message : String(err));
    } finally {
      setScanning(false);
    }
  }

  return (
    <div className="field-checkin">
      <section className="field-card" data-testid="checkin-geofence">
        {geoError && <p className="field-error">{t('fieldPatrolGeoError', { message: geoError })}</p>}
        {fix && <p className="muted">{t('fieldCheckInPosition', { accuracy: Math.round(fix.accuracyM) })}</p>}
        {places.length === 0 ? (
          <p className="muted">{t('fieldCheckInNoStops')}</p>
        ) : (
          nearest && (
            <p data-testid="checkin-nearest" data-in-range={inRange}>
              {t('fieldCheckInNearest', { name: nearest.place.name, distance: Math.round(nearest.distanceM) })}
              <br />
              <span className={inRange ? 'ok' : 'overdue'}>{inRange ? t('fieldCheckInInRange') : t('fieldCheckInOutOfRange')}</span>
            </p>
          )
        )}
        <button type="button" className="wide" onClick={locate} data-testid="checkin-locate">
          {t('fieldCheckInLocate')}
        </button>
      </section>
      <section className="field-card" data-testid="checkin-qr">
        <h2>{t('fieldCheckInQrTitle')}</h2>
        <video ref={video} className={scanning ? 'field-video' : 'field-video hidden'} muted playsInline />
        {cameraError && <p className="field-error">{t('fieldCheckInCameraError', { message: cameraError })}</p>}
        <button type="button" className="wide" onClick={() => (scanning ? scan.current?.abort() : void startScan())} data-testid="checkin-scan">
          {scanning ? t('fieldCheckInStopScan') : t('fieldCheckInScan')}
        </button>
        <label className="field-label">
          {t('fieldCheckInPaste')}
          <textarea rows={2} value={payload} onChange={(e) => setPayload(e.target.value)} data-testid="checkin-qr-payload" />
        </label>
        <button type="button" className="wide" disabled={!payload.trim()} onClick={() => void checkInByQr(payload)} data-testid="checkin-qr-submit">
          {t('fieldCheckInQrSubmit')}
        </button>
      </section>
      {done.length > 0 && (
        <section className="field-card" data-testid="checkin-done" data-count={done.length}>
          <h2>{t('fieldCheckInRecent')}</h2>
          <ul>
            {done.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="field-actions">
        <button type="button" className="big" disabled={!fix || !nearest} onClick={() => void checkInHere()} data-testid="checkin-geofence-submit">
          {nearest ? t('fieldCheckInGeofence', { name: nearest.place.name }) : t('fieldTabCheckIn')}
        </button>
      </div>
    </div>
  );
}
