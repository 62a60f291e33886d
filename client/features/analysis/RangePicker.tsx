import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { localDateKey } from '../../../core/time';
import { DateField } from '../../ui/DateField';
import { rangePresets, type AnalysisFilter, type RangePreset } from './analysis-filter';

const presetLabels: Record<RangePreset, MessageKey> = { '7d': 'analysisRange7d', '28d': 'analysisRange28d', '90d': 'analysisRange90d' };

/** The period: the last 7 / 28 / 90 calendar days (today included), or a custom from–to of local days (to inclusive). */
export function RangePicker({ filter, onChange }: { filter: AnalysisFilter; onChange: (f: AnalysisFilter) => void }) {
  const { t } = useI18n();
  // The calendars offer no day after today: a period in the future has no incidents (rangeProblem refuses it).
  const today = localDateKey(Date.now());
  const startCustom = () => {
    // Start the custom range from the last 28 days, so both dates are filled and the answer does not go blank.
    const today = localDateKey(Date.now());
    const from = localDateKey(Date.now() - 27 * 86_400_000);
    onChange({ ...filter, range: 'custom', fromDay: filter.fromDay || from, toDay: filter.toDay || today });
  };
  return (
    <fieldset className="analysis-field">
      <legend>{t('analysisRange')}</legend>
      <div className="analysis-toggles">
        {rangePresets.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={filter.range === p}
            onClick={() => onChange({ ...filter, range: p })}
            data-testid={`analysis-range-${p}`}
          >
            {t(presetLabels[p])}
          </button>
        ))}
        <button type="button" aria-pressed={filter.range === 'custom'} onClick={startCustom} data-testid="analysis-range-custom">
          {t('analysisRangeCustom')}
        </button>
      </div>
      {filter.range !== 'custom' && <p className="analysis-range-note" data-testid="analysis-range-note">{t('analysisRangeCalendarNote')}</p>}
      {filter.range === 'custom' && (
        <div className="analysis-dates">
          <DateField value={filter.fromDay} max={today} label={t('analysisFrom')} onChange={(fromDay) => onChange({ ...filter, fromDay })} testId="analysis-from" />
          <span className="analysis-dates-dash">–</span>
          <DateField value={filter.toDay} max={today} label={t('analysisTo')} onChange={(toDay) => onChange({ ...filter, toDay })} testId="analysis-to" />
        </div>
      )}
    </fieldset>
  );
}
