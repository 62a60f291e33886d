import { useState } from 'react';
import type { SavedPatrolRoute } from '../../../core/contracts/patrol';
import type { Resource } from '../../api/use-resource';
import { routeTimes } from '../../shared/route-times';
import { useI18n } from '../../i18n/I18nProvider';

export interface SavedRoutesListProps {
  routes: Resource<SavedPatrolRoute[]>;
  /** The route on screen, if it is a saved one. */
  currentId: string | null;
  busyId: string | null;
  error: string | null;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onRetry: () => void;
}

/** The saved routes of the user's scope, newest first: open one to show it again, or delete it (asked twice). */
export function SavedRoutesList({ routes, currentId, busyId, error, onOpen, onDelete, onRetry }: SavedRoutesListProps) {
  const { t, formatDateTime } = useI18n();
  const [confirming, setConfirming] = useState<string | null>(null);
  const list = routes.data ?? [];
  return (
    <section className="patrol-section patrol-saved-routes" data-testid="patrol-saved-routes" data-count={list.length}>
      <h3>{t('patrolSavedRoutes')}</h3>
      {routes.status === 'error' && (
        <p className="error">
          {t('loadFailed', { message: routes.error.message })}{' '}
          <button type="button" className="link-button" onClick={onRetry}>
            {t('retry')}
          </button>
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {routes.status === 'ready' && list.length === 0 && <p className="patrol-muted">{t('patrolSavedNone')}</p>}
      {list.length > 0 && (
        <ul className="patrol-route-list">
          {list.map((r) => (
            <li key={r.id} className={r.id === currentId ? 'current' : undefined} data-testid="patrol-saved-row" data-id={r.id} data-name={r.name}>
              <div>
                <strong>{r.name}</strong>
                <small>
                  {t('patrolSavedLine', { unit: r.assignedName, window: routeTimes(t, r.window, r.plannedEnd), mode: t(r.mode === 'foot' ? 'patrolModeFoot' : 'patrolModeCar') })}
                </small>
                <small className="patrol-muted">{t('patrolSavedBy', { user: r.createdByName, time: formatDateTime(r.createdAt) })}</small>
              </div>
              <div className="patrol-route-buttons">
                <button type="button" className="secondary" disabled={busyId !== null} onClick={() => onOpen(r.id)} data-testid="patrol-open">
                  {t('patrolOpen')}
                </button>
                {confirming === r.id ? (
                  <button
                    type="button"
                    className="danger"
                    disabled={busyId !== null}
                    onClick={() => {
                      setConfirming(null);
                      onDelete(r.id);
                    }}
                    data-testid="patrol-delete-confirm"
                  >
                    {t('patrolDeleteConfirm')}
                  </button>
                ) : (
                  <button type="button" className="secondary" disabled={busyId !== null} onClick={() => setConfirming(r.id)} data-testid="patrol-delete">
                    {t('patrolDelete')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
