import type { PlannerAreas } from '../../../core/contracts/planner';
import { useI18n } from '../../i18n/I18nProvider';
import type { AreaChoice } from './use-planner-data';

/** A street (all its communities) or one community, with the published grid count of each. */
export function AreaPicker({ areas, value, onChange, disabled }: { areas: PlannerAreas | undefined; value: AreaChoice | null; onChange: (a: AreaChoice) => void; disabled: boolean }) {
  const { t } = useI18n();
  const current = value ? `${value.kind}:${value.code}` : '';
  return (
    <label className="planner-area">
      {t('plannerArea')}
      <select
        value={current}
        disabled={disabled || !areas}
        onChange={(e) => {
          const [kind, code] = e.target.value.split(':');
          if (code) onChange({ kind: kind as AreaChoice['kind'], code });
        }}
        data-testid="planner-area"
      >
        <option value="">{areas ? t('plannerPickArea') : t('loading')}</option>
        {areas?.streets.map((s) => (
          <optgroup key={s.code} label={s.name}>
            {s.plannable && (
              <option value={`street:${s.code}`}>
                {t('plannerStreetOption', { name: s.name, grids: s.communities.reduce((n, c) => n + c.grids, 0) })}
              </option>
            )}
            {s.communities.map((c) => (
              <option key={c.code} value={`community:${c.code}`}>
                {t('plannerCommunityOption', { name: c.name, grids: c.grids, households: c.households })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
