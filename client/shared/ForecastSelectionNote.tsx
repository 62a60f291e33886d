import type { ForecastSelection } from '../../core/contracts/analysis';
import { useI18n } from '../i18n/I18nProvider';
import { describeForecastSelection } from './forecast-selection-label';

/** The line naming the model the validation chose and the baselines' validation PAI, with the folds and PEIs on hover (issue 17). */
export function ForecastSelectionNote({ selection, className, testId }: { selection: ForecastSelection; className: string; testId: string }) {
  const { t } = useI18n();
  const { text, title } = describeForecastSelection(t, selection);
  return (
    <p className={className} data-testid={testId} title={title}>
      {text}
    </p>
  );
}
