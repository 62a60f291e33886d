import type { DisputeMap } from '../../../core/contracts/disputes';
import type { Resource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { statusLabels, typeLabels } from '../../shared/dispute-labels';

/** Open disputes scored high (≥ 60), highest first as the server sends them; a click opens one. */
export function HighRiskList({ map, onSelect, onShowAll }: { map: Resource<DisputeMap>; onSelect: (code: string) => void; onShowAll: () => void }) {
  const { t } = useI18n();
  const rows = map.data?.features.map((f) => f.properties) ?? [];
  return (
    <section className="side-panel" data-testid="dispute-high-risk" aria-busy={map.status === 'loading' || undefined}>
      <h3>
        {t('dspHighRiskTitle', { n: rows.length })}
        <button type="button" className="link-button" onClick={onShowAll} data-testid="dispute-high-risk-all">
          {t('dspHighRiskAll')}
        </button>
      </h3>
      {map.status === 'error' && <p className="error">{t('loadFailed', { message: map.error.message })}</p>}
      {rows.length === 0 && map.status === 'ready' && <p className="muted">{t('dspHighRiskNone')}</p>}
      <ul className="side-list">
        {rows.slice(0, 30).map((r) => (
          <li key={r.code}>
            <button type="button" className="list-button" onClick={() => onSelect(r.code)} data-testid="dispute-high-risk-row" data-code={r.code}>
              <span className="risk-chip risk-high">{r.riskScore}</span> <span className="mono">{r.code}</span> {t(typeLabels[r.type])} ·{' '}
              {t(statusLabels[r.status])}
              {r.placeName && <> · {r.placeName}</>}
              {r.overdue && <span className="overdue-flag">{t('dspOverdueFlag')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
