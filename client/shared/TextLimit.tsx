import { useI18n } from '../i18n/I18nProvider';

/**
 * "12/120" under a text field with a limit, red once past it. The field has no maxLength: a browser cuts pasted text
 * there without a word (issue 12); instead the form refuses the text with its own message and the counter shows why.
 * Counts as the contract's zod .max does (UTF-16 units: one a Chinese character).
 */
export function TextLimit({ value, max, id, testId }: { value: string; max: number; id?: string; testId?: string }) {
  const { t } = useI18n();
  const over = value.length > max;
  return (
    <small id={id} className={over ? 'text-limit over' : 'text-limit'} aria-live="polite" title={t('textLimitCount', { count: value.length, max })} data-over={over} data-testid={testId}>
      {value.length}/{max}
      {over && ` · ${t('textLimitOver', { count: value.length - max })}`}
    </small>
  );
}
