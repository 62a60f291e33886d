import type { NewVisit } from '../../../core/contracts/registry';
import { getRegistryBuilding } from '../../api/registry-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { HousesTable, OrganisationsTable, ResidentsTable } from './BuildingRecords';
import { isVerifiedRecently } from './freshness-figures';
import { VisitForm } from './VisitForm';

export interface BuildingDetailProps {
  code: string;
  /** Changes after each recorded visit, so the records are read again. */
  version: number;
  mayWrite: boolean;
  onRecordVisit: (visit: NewVisit, gridCode: string) => Promise<void>;
}

/** One building: its standard address, houses, organisations, masked residents, visits and open tasks, and the visit form. */
export function BuildingDetail({ code, version, mayWrite, onRecordVisit }: BuildingDetailProps) {
  const { t, formatDateTime } = useI18n();
  const [res] = useResource((signal) => getRegistryBuilding(code, signal), [code, version]);
  if (res.status === 'error' && !res.data) {
    return (
      <p className="error" role="alert">
        {t('loadFailed', { message: res.error.message })}
      </p>
    );
  }
  if (!res.data) return <p className="view-note">{t('loading')}</p>;
  const b = res.data;
  const nowMs = Date.now();
  const fresh = isVerifiedRecently(b.verifiedAt, nowMs);
  return (
    <section className="registry-building" data-testid="registry-building" data-code={b.code} aria-busy={res.status === 'loading' || undefined}>
      <header className="registry-building-head">
        <h3>
          {b.label} <span className="mono muted">{b.code}</span>
        </h3>
        <p className="view-note">
          {t('regBuildingFacts', { households: b.households, residents: b.residents.length, houses: b.houses.length, organisations: b.organisations.length })}
          {' · '}
          <span className={fresh ? 'verified-fresh' : 'verified-stale'} data-testid="registry-building-verified">
            {b.verifiedAt ? t('regBuildingVerified', { at: formatDateTime(b.verifiedAt) }) : t('regNeverVerified')}
          </span>
        </p>
      </header>
      {mayWrite && <VisitForm building={b} onRecord={(visit) => onRecordVisit(visit, b.gridCode)} />}
      <h4>{t('regSectionAddress')}</h4>
      {b.addresses.length === 0 ? (
        <p className="view-note">{t('regNoAddress')}</p>
      ) : (
        <ul className="registry-list">
          {b.addresses.map((a) => (
            <li key={a.code}>
              {a.label} <span className="mono muted">{a.code}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('regSectionHouses', { count: b.houses.length })}</h4>
      <HousesTable houses={b.houses} nowMs={nowMs} />
      <h4>{t('regSectionOrganisations', { count: b.organisations.length })}</h4>
      <OrganisationsTable organisations={b.organisations} nowMs={nowMs} />
      <h4>{t('regSectionResidents', { count: b.residents.length })}</h4>
      <p className="view-note">{t('regResidentsMasked')}</p>
      <ResidentsTable residents={b.residents} nowMs={nowMs} />
      <h4>{t('regSectionVisits')}</h4>
      {b.visits.length === 0 ? (
        <p className="view-note">{t('regNoVisits')}</p>
      ) : (
        <ul className="registry-list" data-testid="registry-visits">
          {b.visits.map((v) => (
            <li key={v.id}>
              {t('regVisitLine', { at: formatDateTime(v.visitedAt), by: v.byName, residents: v.residentsChecked, houses: v.housesChecked, organisations: v.organisationsChecked })}
              {v.notes && <span className="muted"> — {v.notes}</span>}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('regSectionTasks')}</h4>
      {b.openTasks.length === 0 ? (
        <p className="view-note">{t('regNoOpenTasks')}</p>
      ) : (
        <ul className="registry-list">
          {b.openTasks.map((task) => (
            <li key={task.id} className={task.overdue ? 'overdue-count' : undefined}>
              {t('regTaskLine', { assignee: task.assigneeName ?? task.assignee, due: task.dueOn })}
              {task.overdue && ` · ${t('regOverdue')}`}
              {task.note && <span className="muted"> — {task.note}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
