import { useI18n } from '../../i18n/I18nProvider';
import type { useTokenActions } from './use-token-actions';

/** The two-click revoke of one token row: the first click arms it (red), the second revokes, leaving it disarms. */
export function RevokeTokenButton({ id, actions, testId }: { id: string; actions: ReturnType<typeof useTokenActions>; testId: string }) {
  const { t } = useI18n();
  const armed = actions.confirming === id;
  return (
    <button
      type="button"
      className={armed ? 'danger-button' : 'link-button'}
      disabled={actions.busy}
      onClick={() => actions.revoke(id)}
      onBlur={() => actions.disarm(id)}
      data-testid={testId}
    >
      {armed ? t('wallTokenConfirmRevoke') : t('wallTokenRevoke')}
    </button>
  );
}
