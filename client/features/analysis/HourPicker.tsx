import { formatShiftHours } from '../../../core/shifts/duty-shifts';
import { useI18n } from '../../i18n/I18nProvider';
import { describeHours, hoursOfShift, shiftLabels, shiftOfHours, shifts, toggleValue } from './hour-sets';

/** Local hours of day as 24 toggles, with the duty shifts (早班, 中班, 夜班) as presets; none ticked means all day. */
export function HourPicker({ hours, onChange }: { hours: number[]; onChange: (hours: number[]) => void }) {
  const { t } = useI18n();
  const shift = shiftOfHours(hours);
  const allDay = hours.length === 0 || hours.length === 24;
  return (
    <fieldset className="analysis-field">
      <legend>
        {t('analysisHours')} <span className="analysis-field-note">{allDay ? t('analysisAllDay') : describeHours(hours)}</span>
      </legend>
      <div className="analysis-toggles">
        <button type="button" aria-pressed={allDay} onClick={() => onChange([])} data-testid="analysis-hours-all">
          {t('analysisAllDay')}
        </button>
        {shifts.map((s) => (
          <button key={s} type="button" aria-pressed={shift === s} onClick={() => onChange(hoursOfShift(s))} data-testid={`analysis-shift-${s}`}>
            {t(shiftLabels[s])} {formatShiftHours(s)}
          </button>
        ))}
      </div>
      <div className="analysis-hours" role="group" aria-label={t('analysisHours')}>
        {Array.from({ length: 24 }, (_, h) => (
          <button
            key={h}
            type="button"
            aria-pressed={!allDay && hours.includes(h)}
            title={`${String(h).padStart(2, '0')}:00–${String(h + 1).padStart(2, '0')}:00`}
            onClick={() => onChange(toggleValue(allDay ? [] : hours, h))}
            data-testid={`analysis-hour-${h}`}
          >
            {h}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
