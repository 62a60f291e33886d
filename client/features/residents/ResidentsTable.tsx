import type { Resident } from '../../../core/contracts/residents';
import { useI18n } from '../../i18n/I18nProvider';
import { NameWithCode } from '../../shared/NameWithCode';

const kindLabels = { registered: 'kindRegistered', floating: 'kindFloating' } as const;

export interface ResidentsTableProps {
  rows: Resident[];
  mayUnmask: boolean;
  onUnmask: (id: string) => void;
  /** May record a correction or a move-out (变更): the roles that keep the 一标三实 records. */
  mayChange: boolean;
  onChangeResident: (resident: Resident) => void;
  busy: boolean;
}

/** Residents as the server sent them (masked): every value is rendered as text; each row's actions as the role allows. */
export function ResidentsTable(props: ResidentsTableProps) {
  const { rows, mayUnmask, onUnmask, mayChange, onChangeResident, busy } = props;
  const { t } = useI18n();
  const hasActions = mayUnmask || mayChange;
  if (rows.length === 0) return <p className="view-note">{t('noRows')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" aria-busy={busy} data-testid="residents-table">
        <thead>
          <tr>
            <th>{t('colName')}</th>
            <th>{t('colIdNumber')}</th>
            <th>{t('colPhone')}</th>
            <th>{t('colHouse')}</th>
            <th>{t('colBuilding')}</th>
            <th>{t('colGrid')}</th>
            <th>{t('colKind')}</th>
            <th>{t('colMovedIn')}</th>
            {hasActions && <th>{t('colActions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="resident-row" data-resident-id={r.id}>
              <td>{r.name}</td>
              <td className="mono" data-testid="resident-id-number">
                {r.idNumber}
              </td>
              <td className="mono">{r.phone ?? '—'}</td>
              <td>{r.houseNumber}</td>
              <td title={r.buildingCode}>{r.buildingName ?? <span className="mono">{r.buildingCode}</span>}</td>
              <td>
                <NameWithCode name={r.gridName} code={r.gridCode} />
              </td>
              <td>{kindLabels[r.kind] ? t(kindLabels[r.kind]) : r.kind}</td>
              <td>{r.movedInOn ?? '—'}</td>
              {hasActions && (
                <td>
                  <span className="residents-actions">
                    {mayUnmask && (
                      <button type="button" className="link-button" onClick={() => onUnmask(r.id)} data-testid="unmask-button">
                        {t('unmask')}
                      </button>
                    )}
                    {mayChange && (
                      <button type="button" className="link-button" onClick={() => onChangeResident(r)} data-testid="resident-change-button">
                        {t('residentChange')}
                      </button>
                    )}
                  </span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
