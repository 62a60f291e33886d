import type { IncidentCategory } from '../../../core/contracts/incidents';
import { useI18n } from '../../i18n/I18nProvider';

export interface CategoryPickerProps {
  categories: IncidentCategory[] | undefined;
  selected: string[];
  onChange: (codes: string[]) => void;
}

/** Incident categories as a drop-down checklist by group; none ticked means every category. */
export function CategoryPicker({ categories = [], selected, onChange }: CategoryPickerProps) {
  const { t, language } = useI18n();
  const nameOf = (c: IncidentCategory) => (language === 'en' ? c.nameEn : c.nameZh);
  const names = new Map(categories.map((c) => [c.code, nameOf(c)]));
  const summary =
    selected.length === 0 ? t('analysisCategoriesAll') : selected.length <= 2 ? selected.map((c) => names.get(c) ?? c).join('、') : t('analysisCategoriesCount', { count: selected.length });
  const toggle = (code: string) => onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);
  const groups = [...new Set(categories.map((c) => c.group))];
  return (
    <fieldset className="analysis-field">
      <legend>{t('analysisCategories')}</legend>
      <details className="analysis-dropdown" data-testid="analysis-categories">
        <summary data-testid="analysis-categories-summary">{summary}</summary>
        <div className="analysis-dropdown-panel">
          <button type="button" className="link-like" onClick={() => onChange([])} disabled={selected.length === 0} data-testid="analysis-categories-clear">
            {t('analysisCategoriesClear')}
          </button>
          {groups.map((g) => (
            <div key={g} className="analysis-category-group">
              {categories
                .filter((c) => c.group === g)
                .map((c) => (
                  <label key={c.code}>
                    <input type="checkbox" checked={selected.includes(c.code)} onChange={() => toggle(c.code)} data-testid={`analysis-category-${c.code}`} />
                    {nameOf(c)}
                  </label>
                ))}
            </div>
          ))}
        </div>
      </details>
    </fieldset>
  );
}
