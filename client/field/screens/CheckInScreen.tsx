import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FieldCheckIn, FieldPing } from '../../../core/contracts/field';
import { localClockTime } from '../../../core/time';
import { fieldPaths } from '../../api/field-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import { scanQrFromCamera } from '../checkin/scan-qr';
import { checkInOffer, checkInPlaces, geofenceCheckIn } from '../lib/check-in-places';
import { findStandingCheckIn, settleCheckInRecords, type CheckInRecord } from '../lib/check-in-record';
import { qrPlaceName } from '../lib/qr-place-name';
import { newId } from '../new-id';
import type { Outbox } from '../outbox/outbox';
import type { CurrentPatrol } from '../patrol/use-patrol';
import { useOutboxSnapshot } from '../use-outbox';
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

const recordText = { waiting: 'fieldCheckInWaiting', sent: 'fieldCheckInSent', refused: 'fieldCheckInRefused' } as const;

/**
 * 签到: by the phone's position at a stop of today's routes or a key place (geofence), or by the QR code posted at a key
 * place. A route's stop that is no key place is offered only during a patrol on its route (check-in-places.ts).
 */
export function CheckInScreen({ outbox, today, patrol, patrolFix }: { outbox: Outbox; today: TodayState; patrol: CurrentPatrol | null; patrolFix: FieldPing | null }) {
  const { t } = useI18n();
  const [ownFix, setFix] = useState<Fix | null>(null);
  // While a patrol runs, its own watch has the position: a second watch in the same page may hear nothing until the
  // phone moves (Chromium), so the newer of the two fixes counts.
  const fromPatrol: Fix | null = patrolFix ? { lngLat: patrolFix.position, accuracyM: patrolFix.accuracyM, at: patrolFix.at } : null;
  const fix = !fromPatrol ? ownFix : !ownFix || fromPatrol.at > ownFix.at ? fromPatrol : ownFix;
  const [geoError, setGeoError] = useState<string | null>(null);
  const queue = useOutboxSnapshot(outbox);
  const [records, setRecords] = useState<readonly CheckInRecord[]>([]);
  useEffect(() => setRecords((list) => settleCheckInRecords(list, queue)), [queue]);
  const [payload, setPayload] = useState('');
  const [scanning, setScanning] = useState(false);
  const [cameraError, setCameraError] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const scan = useRef<AbortController | null>(null);

  const places = useMemo(() => (today.status === 'ready' ? checkInPlaces(today.today, patrol) : []), [today, patrol]);

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

  const offer = useMemo(() => checkInOffer(places, fix, patrol, hintRadiusM), [places, fix, patrol]);
  const standing = offer.kind === 'offer' ? findStandingCheckIn(records, offer.place.key) : undefined;

  async function queueCheckIn(body: FieldCheckIn, name: string, placeKey?: string) {
    await outbox.enqueue({ id: body.id, kind: 'check-in', path: fieldPaths.checkIns, body, label: t('fieldKindCheckIn', { name }) });
    // Waiting until the queue says otherwise: read after enqueue, the snapshot already holds the item, sent or not.
    const record: CheckInRecord = { id: body.id, name, at: body.at, state: 'waiting', ...(placeKey ? { placeKey } : {}) };
    setRecords((list) => settleCheckInRecords([record, ...list], outbox.getSnapshot()));
  }

  async function checkInHere() {
    if (!fix || offer.kind !== 'offer') return;
    const body = geofenceCheckIn(offer.place, patrol, fix, newId(), new Date().toISOString());
    if (body) await queueCheckIn(body, offer.place.name, offer.place.key);
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
          offer.kind !== 'none' && (
            <p data-testid="checkin-nearest" data-in-range={offer.kind === 'offer' && offer.inRange} data-offer={offer.kind}>
              {t('fieldCheckInNearest', { name: offer.place.name, distance: Math.round(offer.distanceM) })}
              <br />
              {offer.kind === 'offer' ? (
                <span className={offer.inRange ? 'ok' : 'overdue'}>{offer.inRange ? t('fieldCheckInInRange') : t('fieldCheckInOutOfRange')}</span>
              ) : (
                <span className="field-error" data-testid="checkin-needs-patrol">
                  {t('fieldCheckInNeedsPatrol', { name: offer.place.name, route: offer.place.stop?.routeName ?? '' })}
                </span>
              )}
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
      {records.length > 0 && (
        <section className="field-card" data-testid="checkin-done" data-count={records.length}>
          <h2>{t('fieldCheckInRecent')}</h2>
          <ul>
            {records.map((r) => (
              <li key={r.id} data-state={r.state} className={r.state === 'refused' ? 'field-error' : undefined}>
                {t(recordText[r.state], { name: r.name, time: localClockTime(Date.parse(r.at)) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="field-actions">
        <button type="button" className="big" disabled={offer.kind !== 'offer' || standing !== undefined} onClick={() => void checkInHere()} data-testid="checkin-geofence-submit">
          {standing ? t('fieldCheckInAlready', { name: standing.name, time: localClockTime(Date.parse(standing.at)) }) : offer.kind === 'offer' ? t('fieldCheckInGeofence', { name: offer.place.name }) : offer.kind === 'needs-patrol' ? t('fieldCheckInStartPatrolFirst') : t('fieldTabCheckIn')}
        </button>
      </div>
    </div>
  );
}
