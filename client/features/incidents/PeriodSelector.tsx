import { useI18n } from '../../i18n/I18nProvider';
import { incidentPeriodLabels, incidentPeriods, type IncidentPeriod } from './incident-period';

export function PeriodSelector({ value, onChange }: { value: IncidentPeriod; onChange: (period: IncidentPeriod) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="panel-section period-selector" data-testid="period-selector">
      <legend>{t('periodTitle')}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('periodTitle')}>
        {incidentPeriods.map((period) => (
          <label key={period} className={period === value ? 'segment selected' : 'segment'} data-testid={`period-${period}`}>
            <input
              type="radio"
              name="incident-period"
              value={period}
              checked={period === value}
              onChange={() => onChange(period)}
            />
            {t(incidentPeriodLabels[period])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
