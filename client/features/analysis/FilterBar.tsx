import type { IncidentCategory } from '../../../core/contracts/incidents';
import { useI18n } from '../../i18n/I18nProvider';
import type { AnalysisFilter } from './analysis-filter';
import { CategoryPicker } from './CategoryPicker';
import { HourPicker } from './HourPicker';
import { RangePicker } from './RangePicker';
import { WeekdayPicker } from './WeekdayPicker';

export interface FilterBarProps {
  filter: AnalysisFilter;
  onChange: (filter: AnalysisFilter) => void;
  categories: IncidentCategory[] | undefined;
  /** The filter's period is invalid (a custom range with from after to, or a day missing). */
  invalid: boolean;
}

/** The analysis filter: period, categories, weekdays and hours; every change applies at once. */
export function FilterBar({ filter, onChange, categories, invalid }: FilterBarProps) {
  const { t } = useI18n();
  return (
    <div className="analysis-filters" data-testid="analysis-filters">
      <RangePicker filter={filter} onChange={onChange} />
      <CategoryPicker categories={categories} selected={filter.categories} onChange={(c) => onChange({ ...filter, categories: c })} />
      <WeekdayPicker weekdays={filter.weekdays} onChange={(w) => onChange({ ...filter, weekdays: w })} />
      <HourPicker hours={filter.hours} onChange={(h) => onChange({ ...filter, hours: h })} />
      {invalid && (
        <p className="error" role="alert" data-testid="analysis-filter-error">
          {t('analysisRangeInvalid')}
        </p>
      )}
    </div>
  );
}
