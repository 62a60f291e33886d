import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { distinctIssues, issueMessageKey } from './form-issues';
import type { BeatRef } from './stations-in-scope';
import type { SaveState } from './use-saved-routes';

export interface SaveRoutePanelProps {
  /** The name proposed (the view makes one from the start, window and mode). */
  defaultName: string;
  /** The station's beats, offered as units to assign to; any other unit can be typed. */
  beats: BeatRef[];
  state: SaveState;
  onSave: (name: string, assignedTo: string) => void;
}

/** Saves the shown route under a name and assigns it to a beat or unit (remount it for a new route: key). */
export function SaveRoutePanel({ defaultName, beats, state, onSave }: SaveRoutePanelProps) {
  const { t } = useI18n();
  const [name, setName] = useState(defaultName);
  const [unit, setUnit] = useState('');
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
          <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} data-testid="patrol-save-name" />
        </label>
        <label>
          {t('patrolSaveUnit')}
          <input value={unit} maxLength={100} list="patrol-units" placeholder={beats[0]?.code ?? ''} onChange={(e) => setUnit(e.target.value)} data-testid="patrol-save-unit" />
          <datalist id="patrol-units">
            {beats.map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
          </datalist>
        </label>
        <button type="submit" disabled={busy} data-testid="patrol-save">
          {busy ? t('patrolSaving') : t('patrolSaveButton')}
        </button>
      </form>
      {state.status === 'saved' && (
        <p className="patrol-ok" data-testid="patrol-saved">
          {t('patrolSaved', { unit: state.route.assignedTo })}
        </p>
      )}
      {state.status === 'failed' && <p className="error">{t('patrolSaveFailed', { message: state.message })}</p>}
      {state.status === 'invalid' && (
        <ul className="error patrol-issues">
          {distinctIssues(state.issues).map((i) => {
            const key = issueMessageKey(i);
            return <li key={i.field + i.message}>{key ? t(key) : `${i.field}: ${i.message}`}</li>;
          })}
        </ul>
      )}
    </section>
  );
}
