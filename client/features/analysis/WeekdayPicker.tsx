import { useI18n } from '../../i18n/I18nProvider';
import { toggleValue } from './hour-sets';

/** ISO weekdays (1 = Monday … 7 = Sunday) as toggles; none ticked means every day. */
export function WeekdayPicker({ weekdays, onChange }: { weekdays: number[]; onChange: (weekdays: number[]) => void }) {
  const { t } = useI18n();
  const labels = t('analysisWeekdayNames').split(',');
  const all = weekdays.length === 0 || weekdays.length === 7;
  return (
    <fieldset className="analysis-field">
      <legend>{t('analysisWeekdays')}</legend>
      <div className="analysis-toggles">
        <button type="button" aria-pressed={all} onClick={() => onChange([])} data-testid="analysis-weekdays-all">
          {t('analysisEveryDay')}
        </button>
        {labels.map((label, i) => (
          <button
            key={label}
            type="button"
            aria-pressed={!all && weekdays.includes(i + 1)}
            onClick={() => onChange(toggleValue(all ? [] : weekdays, i + 1))}
            data-testid={`analysis-weekday-${i + 1}`}
          >
            {label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
