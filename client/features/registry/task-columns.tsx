import type { CollectionTask } from '../../../core/contracts/registry';
import type { Translate } from '../../i18n/messages';
import { NameWithCode } from '../../shared/NameWithCode';
import { registryColumnHelper, textColumn } from './registry-table-features';
import { taskStatusLabels } from './registry-labels';

const helper = registryColumnHelper<CollectionTask>();

export interface TaskActions {
  mayCancel: boolean;
  cancelling: string | null;
  onCancel: (task: CollectionTask) => void;
}

/** The task list's columns: due date (overdue marked), grid, building, assignee, note, status, who gave it, and cancel. */
export function taskColumns(t: Translate, formatDateTime: (at: string) => string, actions: TaskActions) {
  return helper.columns([
    helper.accessor('dueOn', {
      header: () => t('regColDue'),
      ...textColumn,
      cell: (c) => (
        <span className="nowrap">
          {c.getValue()}
          {c.row.original.overdue && <span className="overdue-flag">{t('regOverdue')}</span>}
        </span>
      ),
    }),
    helper.accessor((r) => r.gridName ?? r.gridCode, {
      id: 'grid',
      header: () => t('regColGrid'),
      ...textColumn,
      cell: (c) => <NameWithCode name={c.row.original.gridName} code={c.row.original.gridCode} />,
    }),
    helper.accessor((r) => r.buildingName ?? r.buildingCode ?? undefined, {
      id: 'building',
      header: () => t('regColBuilding'),
      ...textColumn,
      sortUndefined: 'last',
      cell: (c) => (c.row.original.buildingCode ? <NameWithCode name={c.row.original.buildingName} code={c.row.original.buildingCode} /> : t('regWholeGrid')),
    }),
    helper.accessor((r) => r.assigneeName ?? r.assignee, { id: 'assignee', header: () => t('regColAssignee'), ...textColumn }),
    helper.accessor('note', { header: () => t('regColNote'), enableSorting: false, cell: (c) => c.getValue() || '—' }),
    helper.accessor('status', {
      header: () => t('regColStatus'),
      ...textColumn,
      cell: (c) => <span className={`task-status task-${c.getValue()}`}>{t(taskStatusLabels[c.getValue()])}</span>,
    }),
    helper.accessor('createdAt', {
      header: () => t('regColCreated'),
      ...textColumn,
      cell: (c) => `${c.row.original.createdByName} · ${formatDateTime(c.getValue())}`,
    }),
    helper.display({
      id: 'actions',
      header: () => t('colActions'),
      cell: (c) =>
        actions.mayCancel && c.row.original.status === 'open' ? (
          <button
            type="button"
            className="danger-button"
            disabled={actions.cancelling === c.row.original.id}
            onClick={(e) => {
              e.stopPropagation();
              actions.onCancel(c.row.original);
            }}
            data-testid="registry-task-cancel"
          >
            {t('regTaskCancel')}
          </button>
        ) : null,
    }),
  ]);
}
