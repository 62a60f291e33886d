import type { GridPeople } from '../../../core/contracts/workforce';
import { NewTaskSchema, type NewTask } from '../../../core/contracts/registry';
import { issuesOf, type FormIssue } from '../../ui/form-issues';
import { DAY_MS, localDateKey } from '../../../core/time';

/** The "give a collection task" form as typed: empty strings for what was left out. */
export interface TaskDraft {
  gridCode: string;
  buildingCode: string;
  assignee: string;
  dueOn: string;
  note: string;
}

/** A new draft for a grid, due in a week (Asia/Shanghai dates, as the server counts overdue tasks). */
export function newTaskDraft(gridCode: string, nowMs: number): TaskDraft {
  return { gridCode, buildingCode: '', assignee: '', dueOn: localDateKey(nowMs + 7 * DAY_MS), note: '' };
}

/** The task to POST, checked with the API's own schema (NewTaskSchema), or the fields to fix; a past due date is refused as the server would. */
export function toNewTask(draft: TaskDraft, nowMs: number): { ok: true; task: NewTask } | { ok: false; issues: FormIssue[] } {
  const parsed = NewTaskSchema.safeParse({
    gridCode: draft.gridCode,
    buildingCode: draft.buildingCode || undefined,
    assignee: draft.assignee,
    dueOn: draft.dueOn,
    note: draft.note.trim(),
  });
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  if (parsed.data.dueOn < localDateKey(nowMs)) return { ok: false, issues: [{ field: 'dueOn', message: 'the due date has passed' }] };
  return { ok: true, task: parsed.data };
}

export interface Assignee {
  id: string;
  name: string;
}

/** The grid workers of a grid's people tree (the only people a task may be given to), each once, in the tree's order. */
export function gridWorkers(people: GridPeople): Assignee[] {
  const out: Assignee[] = [];
  const seen = new Set<string>();
  const visit = (nodes: GridPeople['roots']) => {
    for (const n of nodes) {
      if (n.role === 'grid_worker' && n.gridCode === people.gridCode && !seen.has(n.id)) {
        seen.add(n.id);
        out.push({ id: n.id, name: n.name });
      }
      visit(n.children);
    }
  };
  visit(people.roots);
  return out;
}
