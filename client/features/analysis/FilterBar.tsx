import type { IncidentCategory } from '../../../core/contracts/incidents';
import { useI18n } from '../../i18n/I18nProvider';
import type { AnalysisFilter, RangeProblem } from './analysis-filter';
import type { MessageKey } from '../../i18n/zh-CN';
import { CategoryPicker } from './CategoryPicker';
import { HourPicker } from './HourPicker';
import { RangePicker } from './RangePicker';
import { WeekdayPicker } from './WeekdayPicker';

export interface FilterBarProps {
  filter: AnalysisFilter;
  onChange: (filter: AnalysisFilter) => void;
  categories: IncidentCategory[] | undefined;
  /** What is wrong with the filter's period (rangeProblem), or null. */
  problem: RangeProblem | null;
}

/** The analysis filter: period, categories, weekdays and hours; every change applies at once. */
const problemWords: Record<RangeProblem, MessageKey> = {
  missing: 'analysisRangeMissing',
  unreadable: 'analysisRangeUnreadable',
  reversed: 'analysisRangeInvalid',
  future: 'analysisRangeFuture',
};

export function FilterBar({ filter, onChange, categories, problem }: FilterBarProps) {
  const { t } = useI18n();
  return (
    <div className="analysis-filters" data-testid="analysis-filters">
      <RangePicker filter={filter} onChange={onChange} />
      <CategoryPicker categories={categories} selected={filter.categories} onChange={(c) => onChange({ ...filter, categories: c })} />
      <WeekdayPicker weekdays={filter.weekdays} onChange={(w) => onChange({ ...filter, weekdays: w })} />
      <HourPicker hours={filter.hours} onChange={(h) => onChange({ ...filter, hours: h })} />
      {problem && (
        <p className="error" role="alert" data-testid="analysis-filter-error" data-problem={problem}>
          {t(problemWords[problem])}
        </p>
      )}
    </div>
  );
}
