import { useI18n } from '../i18n/I18nProvider';
import type { Outbox } from './outbox/outbox';
import { queueLine } from './outbox/queue-line';
import { useOutboxSnapshot } from './use-outbox';

/** "N 条待上传" with a button to try now, and the writes the server refused with its words (未能上传). */
export function QueueBar({ outbox }: { outbox: Outbox }) {
  const { t, formatDateTime } = useI18n();
  const { pending, refused } = useOutboxSnapshot(outbox);
  const line = queueLine({ pending, refused });
  return (
    <section className="field-queue">
      <div className={`field-queue-line ${pending > 0 ? 'waiting' : ''}`}>
        <span data-testid="field-queue-count" data-count={pending} data-line={line.kind}>
          {line.kind === 'pending' && t('fieldQueuePending', { count: line.count })}
          {line.kind === 'all-sent' && t('fieldQueueAllSent')}
        </span>
        {pending > 0 && (
          <button type="button" onClick={() => void outbox.flush(true)} data-testid="field-queue-send">
            {t('fieldQueueSendNow')}
          </button>
        )}
      </div>
      {refused.length > 0 && (
        <details className="field-refused" open data-testid="field-refused" data-count={refused.length}>
          <summary>{t('fieldRefusedTitle', { count: refused.length })}</summary>
          <ul>
            {refused.map((item) => (
              <li key={item.id}>
                <strong>{item.label}</strong>
                <span className="when">{formatDateTime(item.createdAt)}</span>
                <span className="why">{item.message}</span>
                <button type="button" onClick={() => void outbox.dismissRefused(item.id)}>
                  {t('fieldRefusedDismiss')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
