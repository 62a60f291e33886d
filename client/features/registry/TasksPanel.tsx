import { useMemo, useState } from 'react';
import type { CollectionTask } from '../../../core/contracts/registry';
import { cancelRegistryTask, listRegistryTasks, type TaskFilter } from '../../api/registry-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { RegistryTable } from './RegistryTable';
import { taskColumns } from './task-columns';
import { TaskForm } from './TaskForm';
import { taskStatusLabels } from './registry-labels';
import { useGridOptions } from './use-grid-options';

const statuses = ['open', 'done', 'cancelled'] as const;

/** 采集任务: the tasks of the jurisdiction by grid and status; assigners give new ones and cancel open ones. */
export function TasksPanel({ mayAssign }: { mayAssign: boolean }) {
  const { t, formatDateTime } = useI18n();
  const grids = useGridOptions();
  const [filter, setFilter] = useState<TaskFilter>({ grid: '', status: 'open' });
  const [tasks, reload] = useResource((signal) => listRegistryTasks(filter, signal), [filter.grid, filter.status]);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);

  async function cancel(task: CollectionTask) {
    setCancelling(task.id);
    try {
      await cancelRegistryTask(task.id);
      setMessage({ kind: 'done', text: t('regTaskCancelDone', { due: task.dueOn }) });
      reload();
    } catch (err) {
      setMessage({ kind: 'failed', text: t('regTaskCancelFailed', { message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      setCancelling(null);
    }
  }
  // eslint-disable-next-line react-hooks/exhaustive-deps -- cancel reads t (a dependency), the task it is given and stable setters; a stale copy acts the same
  const columns = useMemo(() => taskColumns(t, formatDateTime, { mayCancel: mayAssign, cancelling, onCancel: cancel }), [t, formatDateTime, mayAssign, cancelling]);

  return (
    <div className="registry-tasks" data-testid="registry-tasks">
      {mayAssign && grids.options.length > 0 && (
        <TaskForm
          grids={grids.options}
          onCreated={(task) => {
            setMessage({ kind: 'done', text: t('regTaskCreated', { assignee: task.assigneeName ?? task.assignee, due: task.dueOn }) });
            reload();
          }}
        />
      )}
      {message && (
        <p className={message.kind === 'done' ? 'registry-ok' : 'error'} role="status" data-testid="registry-task-message">
          {message.text}
        </p>
      )}
      <div className="filters">
        <label>
          {t('regColGrid')}
          <select value={filter.grid} onChange={(e) => setFilter({ ...filter, grid: e.target.value })} data-testid="registry-task-filter-grid">
            <option value="">{t('kindAny')}</option>
            {grids.options.map((g) => (
              <option key={g.code} value={g.code}>
                {g.name} {g.code}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('regColStatus')}
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.target.value as TaskFilter['status'] })} data-testid="registry-task-filter-status">
            <option value="">{t('kindAny')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {t(taskStatusLabels[s])}
              </option>
            ))}
          </select>
        </label>
      </div>
      {tasks.error && (
        <p className="error" role="alert">
          {t('loadFailed', { message: tasks.error.message })}
        </p>
      )}
      {tasks.data && (
        <RegistryTable
          testId="registry-task-table"
          rows={tasks.data}
          columns={columns}
          rowId={(r) => r.id}
          searchFields={(r) => [r.gridCode, r.buildingCode, r.buildingName, r.assignee, r.assigneeName, r.note]}
          initialSorting={[{ id: 'dueOn', desc: false }]}
          rowClass={(r) => (r.overdue ? 'attention' : undefined)}
          rowData={(r) => ({ status: r.status, overdue: String(r.overdue) })}
          busy={tasks.status === 'loading'}
        />
      )}
    </div>
  );
}
