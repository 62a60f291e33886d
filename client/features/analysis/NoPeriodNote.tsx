import { useI18n } from '../../i18n/I18nProvider';

/**
 * What a panel, or the map's legend, says in place of its figures while the period is invalid: the same plain words
 * everywhere (the filter bar's alert says what is wrong with the period).
 */
export function NoPeriodNote({ testId }: { testId: string }) {
  const { t } = useI18n();
  return (
    <p className="muted" data-testid={testId}>
      {t('analysisNoPeriod')}
    </p>
  );
}
