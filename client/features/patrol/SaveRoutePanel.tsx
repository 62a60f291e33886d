import { useState } from 'react';
import { patrolRouteNameMax } from '../../../core/contracts/patrol';
import { localDateKey, localIsoWeekday, startOfLocalDateKey } from '../../../core/time';
import { useI18n } from '../../i18n/I18nProvider';
import { TextLimit } from '../../shared/TextLimit';
import { defaultAssignee, type AssigneeOptions } from './assignee-options';
import { distinctPatrolIssues, issueMessageKey } from './form-issues';
import type { SaveState } from './use-saved-routes';

export interface SaveRoutePanelProps {
  /** The name proposed (the view makes one from the start, window and mode). */
  defaultName: string;
  /** Whom the route may be assigned to (assigneeOptions); nothing else can be chosen. */
  options: AssigneeOptions;
  /** The assignee of the route when it is a saved one, shown chosen. */
  assignedTo?: string;
  /** The beat code of each stop (beatsOfStops): the beat holding most of them is proposed. */
  stopBeats: readonly (string | null)[];
  state: SaveState;
  /** The form no longer says what the shown route was planned for: saving it would file the old route under new terms. */
  stale: boolean;
  onSave: (name: string, assignedTo: string) => void;
}

/** Saves the shown route under a name and assigns it to a station, beat or officer picked from a list (remount it for a new route: key). */
export function SaveRoutePanel({ defaultName, options, assignedTo, stopBeats, state, stale, onSave }: SaveRoutePanelProps) {
  const { t } = useI18n();
  const [name, setName] = useState(defaultName);
  const [picked, setPicked] = useState<string | null>(assignedTo ?? null);
  // The list may arrive after the panel: propose the stops' beat until the user picks (or the route has an assignee).
  const unit = picked ?? defaultAssignee(options, stopBeats);
  const none = options.units.length === 0 && options.officers.length === 0;
  const busy = state.status === 'saving';
  return (
    <section className="patrol-section patrol-save" data-testid="patrol-save-panel">
      <h3>{t('patrolSaveTitle')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(name, unit);
        }}
      >
        <label>
          {t('patrolSaveName')}
          <input value={name} onChange={(e) => setName(e.target.value)} aria-describedby="patrol-save-name-count" data-testid="patrol-save-name" />
          <TextLimit value={name} max={patrolRouteNameMax} id="patrol-save-name-count" />
        </label>
        <label>
          {t('patrolSaveUnit')}
          <select value={unit} onChange={(e) => setPicked(e.target.value)} disabled={none} data-testid="patrol-save-unit">
            <option value="">{t(none ? 'patrolAssignNone' : 'patrolAssignPick')}</option>
            {options.units.length > 0 && (
              <optgroup label={t('patrolAssignUnits')}>
                {options.units.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            )}
            {options.officers.length > 0 && (
              <optgroup label={t('patrolAssignOfficers')}>
                {options.officers.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        {unit === '' && !none && (
          <p className="patrol-muted" data-testid="patrol-save-unit-needed">
            {t('patrolAssignNeeded')}
          </p>
        )}
        {stale && (
          <p className="patrol-muted" data-testid="patrol-save-stale">
            {t('patrolSaveStale')}
          </p>
        )}
        <button type="submit" disabled={busy || unit === '' || stale} data-testid="patrol-save">
          {busy ? t('patrolSaving') : t('patrolSaveButton')}
        </button>
      </form>
      {state.status === 'saved' && (
        <p className="patrol-ok" data-testid="patrol-saved">
          {t('patrolSaved', { unit: state.route.assignedName })}
        </p>
      )}
      {state.status === 'saved' && state.route.firstOnToday !== localDateKey(Date.now()) && (
        // A 工作日 route saved on a Sunday is on no one's 今日 until Monday: the leader is told, not left to wonder.
        <p className="patrol-muted" data-testid="patrol-saved-not-today">
          {state.route.firstOnToday
            ? t('patrolSavedFrom', { day: state.route.firstOnToday, weekday: t('patrolWeekdayNames').split(',')[localIsoWeekday(startOfLocalDateKey(state.route.firstOnToday)) - 1] })
            : t('patrolSavedNoDay')}
        </p>
      )}
      {state.status === 'failed' && <p className="error">{t('patrolSaveFailed', { message: state.message })}</p>}
      {state.status === 'invalid' && (
        <ul className="error patrol-issues">
          {distinctPatrolIssues(state.issues).map((i) => {
            const key = issueMessageKey(i);
            return <li key={i.field + i.message}>{key ? t(key) : `${i.field}: ${i.message}`}</li>;
          })}
        </ul>
      )}
    </section>
  );
}
