import { distinctIssues, issueFixKey, type FormIssue, type IssueFix } from '../../ui/form-issues';
import type { MessageKey } from '../../i18n/zh-CN';

// The contract's messages are English and name the API's fields; the form says in the interface's language what to fix.
const fixes: IssueFix[] = [
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
  return issueFixKey(issue, fixes);
}

/** One message a field, in the order the issues came. */
export function distinctPatrolIssues(issues: readonly FormIssue[]): FormIssue[] {
  return distinctIssues(issues, fixes);
}
