import { useI18n } from '../../i18n/I18nProvider';

export interface StatusOf {
  status: 'loading' | 'ready' | 'error';
  error?: Error;
  asked?: boolean;
}

/**
 * A fetch's progress in words: "加载中…" while it runs, the server's message and a retry button when it failed,
 * nothing once it has arrived (or when it was never asked for). data-status lets tests wait for it.
 */
export function ResourceStatus({ resource, retry, testId }: { resource: StatusOf; retry: () => void; testId: string }) {
  const { t } = useI18n();
  const status = resource.asked === false ? 'idle' : resource.status;
  return (
    <span className={`analysis-status analysis-status-${status}`} data-testid={testId} data-status={status} role={status === 'error' ? 'alert' : undefined}>
      {status === 'loading' && t('loading')}
      {status === 'error' && (
        <>
          {t('loadFailed', { message: resource.error?.message ?? '' })}{' '}
          <button type="button" className="link-like" onClick={retry}>
            {t('retry')}
          </button>
        </>
      )}
    </span>
  );
}
