import type { DisputeParty } from '../../../core/contracts/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import { partyRoleLabels } from '../../shared/dispute-labels';

/** The parties as the server sent them (masked unless unmasked); every value is rendered as text. */
export function DisputeParties({ parties, masked }: { parties: DisputeParty[]; masked: boolean }) {
  const { t } = useI18n();
  if (parties.length === 0) return <p className="muted">{t('dspNoParties')}</p>;
  return (
    <table className="data-table compact" data-testid="dispute-parties" data-masked={masked}>
      <thead>
        <tr>
          <th>{t('dspPartyRole')}</th>
          <th>{t('colName')}</th>
          <th>{t('colIdNumber')}</th>
          <th>{t('colPhone')}</th>
        </tr>
      </thead>
      <tbody>
        {parties.map((p, k) => (
          <tr key={k}>
            <td>{t(partyRoleLabels[p.role])}</td>
            <td data-testid="dispute-party-name">{p.name}</td>
            <td className="mono">{p.idNumber ?? '—'}</td>
            <td className="mono">{p.phone ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
