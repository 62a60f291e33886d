import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { formatLngLat, weekdayRuns, type PatrolCard as Card } from './patrol-card';
import { hotspotSourceLabels } from './hotspot-source-labels';
import { methodLabels } from './RouteResult';

export interface PatrolCardProps {
  card: Card;
  /** The map as a PNG data URL, taken just before printing (see map-snapshot.ts). */
  mapImage: string | null;
  /** Printed from generated demo data: the card is marked so, since the page's header does not print. */
  demo?: boolean;
}

/**
 * 巡防卡: what is printed (A4, app.css @media print): the route's terms and totals, the map, the timed stops and a
 * line to sign. Rendered into <body>, beside the app, so the print stylesheet can hide everything else.
 */
export function PatrolCard({ card, mapImage, demo = false }: PatrolCardProps) {
  const { t, formatDateTime } = useI18n();
  const dayNames = t('patrolWeekdayNames').split(',');
  const days =
    card.weekdays.length === 7
      ? t('patrolWeekdaysEvery')
      : weekdayRuns(card.weekdays)
          .map(([a, b]) => (a === b ? dayNames[a - 1] : t('patrolWeekdayRange', { from: dayNames[a - 1], to: dayNames[b - 1] })))
          .join('、');
  const fields: [string, string][] = [
    [t('patrolStart'), card.station ?? [t('patrolPickedPoint'), card.startPlace, `(${formatLngLat(card.start)})`].filter(Boolean).join(' ')],
    [t('patrolWindow'), card.window],
    [t('patrolWeekdays'), days],
    [t('patrolMode'), `${t(card.mode === 'foot' ? 'patrolModeFoot' : 'patrolModeCar')} · ${t('patrolDwellValue', { minutes: card.dwellMin })}`],
    [t('patrolDistance'), t('patrolDistanceValue', { km: card.totals.distanceKm })],
    [t('patrolMinutes'), t('patrolMinutesValue', { minutes: card.totals.minutes, budget: card.totals.budgetMin })],
    [t('patrolCoveredRisk'), card.totals.coveredRisk],
    [t('patrolMethod'), t(methodLabels[card.totals.method])],
    [t('patrolHotspots'), t(hotspotSourceLabels[card.hotspots ?? 'unknown'])],
  ];
  if (card.assignedTo) fields.push([t('patrolColAssigned'), card.assignedTo]);
  return createPortal(
    <div className="patrol-print">
      <article className="patrol-card" data-testid="patrol-card">
        <header>
          <h1>
            {t('patrolCardTitle')} · {card.title}
            {demo && <span className="patrol-card-demo" data-testid="patrol-card-demo">{t('demoBadge')}</span>}
          </h1>
          <span>{t('patrolCardPrinted', { time: formatDateTime(Date.now()) })}</span>
        </header>
        <dl className="patrol-card-fields">
          {fields.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {card.totals.method === 'straight' && <p className="patrol-card-warning">{t('patrolStraightWarning')}</p>}
        {mapImage ? <img className="patrol-card-map" src={mapImage} alt={t('patrolCardMapAlt')} data-testid="patrol-card-map" /> : <p>{t('patrolCardNoMap')}</p>}
        <table className="patrol-card-stops">
          <thead>
            <tr>
              <th>{t('patrolColOrder')}</th>
              <th>{t('patrolColArrival')}</th>
              <th>{t('patrolColDeparture')}</th>
              <th>{t('patrolColKind')}</th>
              <th>{t('patrolColName')}</th>
              <th>{t('patrolColRisk')}</th>
              <th>{t('patrolColCheck')}</th>
            </tr>
          </thead>
          <tbody>
            {card.rows.map((r) => (
              <tr key={r.id} data-testid="patrol-card-row">
                <td>{r.order}</td>
                <td>{r.arrival}</td>
                <td>{r.departure}</td>
                <td>{t(r.kind === 'hotspot' ? 'patrolKindHotspot' : 'patrolKindKeyPlace')}</td>
                <td>
                  {r.name ?? r.id}
                  {r.mandatory && <strong> （{t('patrolMandatory')}）</strong>}
                </td>
                <td>{r.risk}</td>
                <td className="check" />
              </tr>
            ))}
          </tbody>
          {card.totals.backAt && (
            <tfoot>
              <tr>
                <td />
                <td>{card.totals.backAt}</td>
                <td />
                <td />
                <td>{t('patrolBackTo', { place: card.station ?? t('patrolBackToStart') })}</td>
                <td />
                <td className="check" />
              </tr>
            </tfoot>
          )}
        </table>
        <footer>{t('patrolCardSignature')}</footer>
      </article>
    </div>,
    document.body,
  );
}
