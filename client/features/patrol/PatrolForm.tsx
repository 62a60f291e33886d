import { dutyShifts, formatPatrolWindow, formatShiftHours } from '../../../core/shifts/duty-shifts';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { formatLngLat } from './patrol-card';
import { hotspotSourceLabels, hotspotSourceTitles } from './hotspot-source-labels';
import { budgetCapOf, longOvernightHoursOf, patrolShifts, shiftOf, toggleWeekday, weekdayPresetOf, weekdayPresets, type PatrolForm as Form, type PatrolShiftKey, type WeekdayPreset } from './patrol-form';
import type { StationRef } from './stations-in-scope';

const shiftLabels: Record<PatrolShiftKey, MessageKey> = { early: 'shiftEarly', middle: 'shiftMiddle', night: 'shiftNight' };
const presetLabels: Record<WeekdayPreset, MessageKey> = { weekdays: 'patrolWeekdaysWork', weekend: 'patrolWeekdaysWeekend', everyDay: 'patrolWeekdaysEvery' };

// Text, not <input type="time">: that shows the browser's locale (07:00 PM in an English browser), and duty
// rosters are written 19:00. The contract's schema checks the value.
function TimeInput({ value, onChange, testId }: { value: string; onChange: (value: string) => void; testId: string }) {
  return (
    <input
      className="patrol-time"
      value={value}
      inputMode="numeric"
      maxLength={5}
      placeholder="HH:MM"
      pattern="([01][0-9]|2[0-3]):[0-5][0-9]"
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}

export interface PatrolFormProps {
  form: Form;
  onChange: (change: Partial<Form>) => void;
  stations: StationRef[];
  /** The picked point's place as the server names it ('星河城1栋附近'), once the candidates around it are in. */
  pointPlace: string | null;
  picking: boolean;
  onPicking: (on: boolean) => void;
  disabled: boolean;
}

/** The terms of a patrol: where it starts, its window and days, on foot or by car, the time budget and the dwell. */
export function PatrolForm({ form, onChange, stations, pointPlace, picking, onPicking, disabled }: PatrolFormProps) {
  const { t } = useI18n();
  const shift = shiftOf(form);
  const preset = weekdayPresetOf(form.weekdays);
  const dayNames = t('patrolWeekdayNames').split(',');
  const budgetCap = budgetCapOf(form);
  const longHours = longOvernightHoursOf(form);
  return (
    <fieldset className="patrol-section patrol-form" disabled={disabled} data-testid="patrol-form">
      <div className="patrol-field">
        <span className="patrol-label">{t('patrolStart')}</span>
        <div className="patrol-row">
          <label className="patrol-radio">
            <input type="radio" checked={form.startKind === 'station'} disabled={stations.length === 0} onChange={() => onChange({ startKind: 'station' })} data-testid="patrol-start-station" />
            {t('patrolStartStation')}
          </label>
          <select
            value={form.stationCode}
            onChange={(e) => onChange({ startKind: 'station', stationCode: e.target.value })}
            disabled={stations.length === 0}
            data-testid="patrol-station"
          >
            {stations.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="patrol-row">
          <label className="patrol-radio">
            <input type="radio" checked={form.startKind === 'point'} onChange={() => onChange({ startKind: 'point' })} data-testid="patrol-start-point" />
            {t('patrolStartPoint')}
          </label>
          <button type="button" className={picking ? 'secondary active' : 'secondary'} aria-pressed={picking} onClick={() => onPicking(!picking)} data-testid="patrol-pick">
            {picking ? t('patrolPickCancel') : t('patrolPickOnMap')}
          </button>
          <span className="patrol-muted" data-testid="patrol-point">
            {/* A named point reads by its name (coordinates on hover); bare coordinates only where nothing is near. */}
            {form.point && pointPlace ? (
              <span data-testid="patrol-point-place" title={formatLngLat(form.point)}>
                {pointPlace}
              </span>
            ) : form.point ? (
              <span className="mono" data-testid="patrol-point-lnglat">
                {formatLngLat(form.point)}
              </span>
            ) : (
              t('patrolNoPoint')
            )}
          </span>
        </div>
        {stations.length === 0 && <p className="patrol-muted">{t('patrolNoStations')}</p>}
      </div>

      <div className="patrol-field">
        <span className="patrol-label">{t('patrolWindow')}</span>
        <div className="patrol-toggles">
          {patrolShifts.map((s) => (
            <button
              key={s.key}
              type="button"
              aria-pressed={shift === s.key}
              title={t('patrolShiftTitle', { shift: t(shiftLabels[s.key]), hours: formatShiftHours(s.key) })}
              onClick={() => onChange({ windowStart: s.start, windowEnd: s.end })}
              data-testid={`patrol-shift-${s.key}`}
            >
              {t('patrolShiftButton', { shift: t(shiftLabels[s.key]), window: formatPatrolWindow(s) })}
            </button>
          ))}
        </div>
        <p className="patrol-muted" data-testid="patrol-shifts-note">
          {t('patrolShiftsNote', { shifts: dutyShifts.map((k) => `${t(shiftLabels[k])} ${formatShiftHours(k)}`).join('、') })}
        </p>
        <div className="patrol-row">
          <label>
            {t('patrolWindowFrom')} <TimeInput value={form.windowStart} onChange={(windowStart) => onChange({ windowStart })} testId="patrol-window-start" />
          </label>
          <label>
            {t('patrolWindowTo')} <TimeInput value={form.windowEnd} onChange={(windowEnd) => onChange({ windowEnd })} testId="patrol-window-end" />
          </label>
          {form.windowEnd < form.windowStart && longHours === null && <span className="patrol-muted">{t('patrolPastMidnight')}</span>}
          {longHours !== null && <span className="patrol-warning" data-testid="patrol-long-window">{t('patrolLongWindow', { hours: longHours })}</span>}
        </div>
      </div>

      <div className="patrol-field">
        <span className="patrol-label">{t('patrolWeekdays')}</span>
        <div className="patrol-toggles">
          {(Object.keys(weekdayPresets) as WeekdayPreset[]).map((p) => (
            <button key={p} type="button" aria-pressed={preset === p} onClick={() => onChange({ weekdays: [...weekdayPresets[p]] })} data-testid={`patrol-weekdays-${p}`}>
              {t(presetLabels[p])}
            </button>
          ))}
        </div>
        <div className="patrol-toggles days">
          {dayNames.map((name, i) => (
            <button key={name} type="button" aria-pressed={form.weekdays.includes(i + 1)} onClick={() => onChange({ weekdays: toggleWeekday(form.weekdays, i + 1) })} data-testid={`patrol-weekday-${i + 1}`}>
              {name}
            </button>
          ))}
        </div>
      </div>

      <div className="patrol-field">
        <span className="patrol-label">{t('patrolMode')}</span>
        <div className="patrol-toggles">
          {(['foot', 'car'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={form.mode === m} onClick={() => onChange({ mode: m })} data-testid={`patrol-mode-${m}`}>
              {t(m === 'foot' ? 'patrolModeFoot' : 'patrolModeCar')}
            </button>
          ))}
        </div>
      </div>

      <div className="patrol-field">
        <span className="patrol-label">{t('patrolHotspots')}</span>
        <div className="patrol-toggles">
          {(['forecast', 'gi'] as const).map((h) => (
            <button key={h} type="button" aria-pressed={form.hotspots === h} onClick={() => onChange({ hotspots: h })} title={t(hotspotSourceTitles[h])} data-testid={`patrol-hotspots-${h}`}>
              {t(hotspotSourceLabels[h])}
            </button>
          ))}
        </div>
      </div>

      <div className="patrol-row">
        <label className="patrol-number">
          {t('patrolBudget')}
          <input type="number" min={10} max={600} step={5} value={form.budgetMin} onChange={(e) => onChange({ budgetMin: e.target.value })} data-testid="patrol-budget" />
        </label>
        <label className="patrol-number">
          {t('patrolDwell')}
          <input type="number" min={0} max={60} step={1} value={form.dwellMin} onChange={(e) => onChange({ dwellMin: e.target.value })} data-testid="patrol-dwell" />
        </label>
      </div>
      {budgetCap !== null && (
        <p className="patrol-muted" data-testid="patrol-budget-capped">
          {t('patrolBudgetCapped', { window: budgetCap, end: form.windowEnd })}
        </p>
      )}
    </fieldset>
  );
}
