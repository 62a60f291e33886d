import type { RegistryBuilding } from '../../../core/contracts/registry';
import { useI18n } from '../../i18n/I18nProvider';
import { isVerifiedRecently } from './freshness-figures';
import { houseUseLabels, organisationKindLabel } from './registry-labels';

/** A record's verification date, marked when it is older than FRESH_DAYS (or missing). */
function Verified({ at, nowMs }: { at: string | null; nowMs: number }) {
  const { t, formatDateTime } = useI18n();
  const fresh = isVerifiedRecently(at, nowMs);
  return (
    <span className={fresh ? 'verified-fresh' : 'verified-stale'} data-fresh={fresh}>
      {at ? formatDateTime(at) : t('regNeverVerified')}
    </span>
  );
}

/** 实有房屋: each house of the building with its use and rental contract. */
export function HousesTable({ houses, nowMs }: { houses: RegistryBuilding['houses']; nowMs: number }) {
  const { t } = useI18n();
  if (houses.length === 0) return <p className="view-note">{t('regNone')}</p>;
  return (
    <div className="registry-scroll">
      <table className="data-table compact" data-testid="registry-houses">
        <thead>
          <tr>
            <th>{t('regColHouseNumber')}</th>
            <th>{t('regColUse')}</th>
            <th>{t('regColContract')}</th>
            <th>{t('regColVerified')}</th>
          </tr>
        </thead>
        <tbody>
          {houses.map((h) => (
            <tr key={h.code}>
              <td>
                {h.number} <span className="mono muted">{h.code}</span>
              </td>
              <td>{t(houseUseLabels[h.use])}</td>
              <td>{h.use === 'rented' || h.rentalStart ? `${h.rentalStart ?? '?'} – ${h.rentalEnd ?? t('regOpenEnded')}` : '—'}</td>
              <td>
                <Verified at={h.verifiedAt} nowMs={nowMs} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 实有单位: the organisations at the building's address. */
export function OrganisationsTable({ organisations, nowMs }: { organisations: RegistryBuilding['organisations']; nowMs: number }) {
  const { t } = useI18n();
  if (organisations.length === 0) return <p className="view-note">{t('regNone')}</p>;
  return (
    <table className="data-table compact" data-testid="registry-organisations">
      <thead>
        <tr>
          <th>{t('regColOrgName')}</th>
          <th>{t('regColOrgKind')}</th>
          <th>{t('regColContact')}</th>
          <th>{t('regColVerified')}</th>
        </tr>
      </thead>
      <tbody>
        {organisations.map((o) => {
          const kind = organisationKindLabel(o.kind);
          return (
            <tr key={o.code}>
              <td>
                {o.name} <span className="mono muted">{o.code}</span>
              </td>
              <td>{kind ? t(kind) : o.kind}</td>
              <td className="mono">{o.contact ?? '—'}</td>
              <td>
                <Verified at={o.verifiedAt} nowMs={nowMs} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** 实有人口: the building's residents (not moved out), masked by the server. */
export function ResidentsTable({ residents, nowMs }: { residents: RegistryBuilding['residents']; nowMs: number }) {
  const { t } = useI18n();
  if (residents.length === 0) return <p className="view-note">{t('regNone')}</p>;
  return (
    <div className="registry-scroll">
      <table className="data-table compact" data-testid="registry-residents">
        <thead>
          <tr>
            <th>{t('colName')}</th>
            <th>{t('colIdNumber')}</th>
            <th>{t('colPhone')}</th>
            <th>{t('colHouse')}</th>
            <th>{t('colKind')}</th>
            <th>{t('colMovedIn')}</th>
            <th>{t('regColVerified')}</th>
          </tr>
        </thead>
        <tbody>
          {residents.map((r) => (
            <tr key={r.id}>
              <td>{r.name}</td>
              <td className="mono">{r.idNumber}</td>
              <td className="mono">{r.phone ?? '—'}</td>
              <td>{r.houseNumber}</td>
              <td>{t(r.kind === 'floating' ? 'kindFloating' : 'kindRegistered')}</td>
              <td>{r.movedInOn ?? '—'}</td>
              <td>
                <Verified at={r.verifiedAt} nowMs={nowMs} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
