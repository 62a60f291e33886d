import { useEffect, useState, type FormEvent } from 'react';
import type { CollectionTask } from '../../../core/contracts/registry';
import { createRegistryTask, getRegistryFreshness } from '../../api/registry-endpoints';
import { useResource } from '../../api/use-resource';
import { getGridPeople } from '../../api/workforce-endpoints';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh-CN';
import { DateField } from '../../ui/DateField';
import { readDateText } from '../../ui/date-text';
import { issueAt, type FormIssue } from '../../ui/form-issues';
import { localDateKey } from '../../../core/time';
import { gridWorkers, newTaskDraft, toNewTask, type TaskDraft } from './task-form';
import type { GridOption } from './use-grid-options';

// The contract's messages are English and name the API's fields; the form says in the interface's words what to fix.
const issueKeys: Record<string, MessageKey> = {
  gridCode: 'regIssueGrid',
  buildingCode: 'regIssueBuilding',
  assignee: 'regIssueAssignee',
  dueOn: 'regIssueDueOn',
  note: 'regIssueNote',
};

/** Gives a collection task (a building, or the whole grid) to one of the grid's workers, due on a date. */
export function TaskForm({ grids, onCreated }: { grids: GridOption[]; onCreated: (task: CollectionTask) => void }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<TaskDraft>(() => newTaskDraft(grids[0]?.code ?? '', Date.now()));
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [state, setState] = useState<{ kind: 'idle' | 'saving' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  // The grid's buildings and workers: the only buildings and assignees the server accepts for it.
  const [choices] = useResource(async (signal) => {
    if (!draft.gridCode) return null;
    const [buildings, people] = await Promise.all([getRegistryFreshness(draft.gridCode, signal), getGridPeople(draft.gridCode, signal)]);
    return { buildings: buildings.rows, workers: gridWorkers(people) };
  }, [draft.gridCode]);
  const workers = choices.data?.workers;
  useEffect(() => {
    if (!draft.gridCode && grids.length > 0) setDraft((d) => ({ ...d, gridCode: grids[0].code }));
  }, [grids, draft.gridCode]);
  useEffect(() => {
    // The first worker by default; a worker of another grid is no choice.
    if (workers && !workers.some((w) => w.id === draft.assignee)) setDraft((d) => ({ ...d, assignee: workers[0]?.id ?? '' }));
  }, [workers, draft.assignee]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = toNewTask(draft, Date.now());
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    setState({ kind: 'saving' });
    try {
      onCreated(await createRegistryTask(checked.task));
      setDraft((d) => ({ ...d, buildingCode: '', note: '' }));
      setState({ kind: 'idle' });
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  }

  const fieldIssue = (field: string) => {
    const message = issueAt(issues, field)?.message;
    return message ? (
      <span className="field-issue" title={message} data-testid={`registry-task-issue-${field}`}>
        {t(issueKeys[field])}
      </span>
    ) : null;
  };
  return (
    <form className="registry-form" onSubmit={submit} data-testid="registry-task-form" noValidate>
      <h4>{t('regTaskFormTitle')}</h4>
      <div className="registry-form-row">
        <label>
          {t('regColGrid')}
          <select value={draft.gridCode} onChange={(e) => setDraft({ ...draft, gridCode: e.target.value, buildingCode: '', assignee: '' })} data-testid="registry-task-grid">
            {grids.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name} {g.code}
              </option>
            ))}
          </select>
          {fieldIssue('gridCode')}
        </label>
        <label>
          {t('regColBuilding')}
          <select value={draft.buildingCode} onChange={(e) => setDraft({ ...draft, buildingCode: e.target.value })} data-testid="registry-task-building">
            <option value="">{t('regWholeGrid')}</option>
            {choices.data?.buildings.map((b) => (
              <option key={b.buildingCode} value={b.buildingCode}>
                {b.label}
                {b.overdueChecks > 0 ? ` · ${t('regOverdueCheck')}` : ''}
              </option>
            ))}
          </select>
          {fieldIssue('buildingCode')}
        </label>
        <label>
          {t('regColAssignee')}
          <select value={draft.assignee} onChange={(e) => setDraft({ ...draft, assignee: e.target.value })} data-testid="registry-task-assignee">
            {workers?.length === 0 && <option value="">{t('regNoWorkers')}</option>}
            {workers?.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name} {w.id}
              </option>
            ))}
          </select>
          {fieldIssue('assignee')}
        </label>
        {/* Not a <label>: a DateField holds a button and a calendar besides its input. */}
        <div className="labelled-field">
          {t('regColDue')}
          <DateField value={draft.dueOn} min={localDateKey(Date.now())} label={t('regColDue')} onChange={(dueOn) => setDraft({ ...draft, dueOn })} testId="registry-task-due" />
          {/* Text that does not read as a date gets the field's own message (what to type), not "not before today". */}
          {readDateText(draft.dueOn).ok && fieldIssue('dueOn')}
        </div>
        <label className="grow">
          {t('regColNote')}
          <input value={draft.note} maxLength={500} onChange={(e) => setDraft({ ...draft, note: e.target.value })} data-testid="registry-task-note" />
          {fieldIssue('note')}
        </label>
        <button type="submit" disabled={state.kind === 'saving'} data-testid="registry-task-submit">
          {state.kind === 'saving' ? t('regSaving') : t('regTaskSubmit')}
        </button>
      </div>
      {choices.error && <p className="error">{t('loadFailed', { message: choices.error.message })}</p>}
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          {t('regTaskFailed', { message: state.message })}
        </p>
      )}
    </form>
  );
}
