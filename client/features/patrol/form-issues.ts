import type { MessageKey } from '../../i18n/zh-CN';
import type { FormIssue } from './patrol-form';

// The contract's messages are English and name the API's fields; the form says in the interface's language what to fix.
const fixes: [RegExp, MessageKey][] = [
  [/^(stationCode|start)/, 'patrolFixStart'],
  [/^window/, 'patrolFixWindow'],
  [/^weekdays/, 'patrolFixWeekdays'],
  [/^budgetMin/, 'patrolFixBudget'],
  [/^dwellMin/, 'patrolFixDwell'],
  [/^mandatory/, 'patrolFixMandatory'],
  [/^name/, 'patrolFixName'],
  [/^assignedTo/, 'patrolFixUnit'],
];

/** The message that says how to fix a field, or null for a field the form does not know (shown as the contract words it). */
export function issueMessageKey(issue: FormIssue): MessageKey | null {
  return fixes.find(([field]) => field.test(issue.field))?.[1] ?? null;
}

/** One message a field, in the order the issues came. */
export function distinctIssues(issues: readonly FormIssue[]): FormIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = issueMessageKey(i) ?? i.field + i.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
