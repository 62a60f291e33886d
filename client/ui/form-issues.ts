import type { z } from 'zod';
import type { MessageKey } from '../i18n/zh-CN';

/** A field a form must fix: its path as the API names it (e.g. parties.0.idNumber) and the contract's words. */
export interface FormIssue {
  field: string;
  message: string;
}

/** A field pattern and the message that says, in the interface's language, how to fix a field it matches. */
export type IssueFix = readonly [RegExp, MessageKey];

/** Every issue of a failed zod parse, in the order zod found them; a form-wide issue has the field 'form'. */
export function allIssuesOf(error: z.ZodError): FormIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.') || 'form', message: i.message }));
}

/** The issues of a failed zod parse, one a field (the first), in the order zod found them. */
export function issuesOf(error: z.ZodError): FormIssue[] {
  const seen = new Set<string>();
  return allIssuesOf(error).filter((i) => !seen.has(i.field) && seen.add(i.field));
}

/** The message key of the first fix whose pattern matches the issue's field, or null when none does. */
export function issueFixKey(issue: FormIssue, fixes: readonly IssueFix[]): MessageKey | null {
  return fixes.find(([pattern]) => pattern.test(issue.field))?.[1] ?? null;
}

/**
 * The contract's messages are English and name the API's fields; a form says in the interface's language what to
 * fix. `fixes` pairs a field pattern with its message; a field no pattern knows keeps the contract's words.
 */
export function issueText(issue: FormIssue, fixes: readonly IssueFix[], t: (key: MessageKey) => string): string {
  const key = issueFixKey(issue, fixes);
  return key ? t(key) : issue.message;
}

/**
 * One issue a message: issues that the same fix would word alike are shown once (a form's list would otherwise say
 * "fix the window" for window.start and again for window.end); issues no fix knows are kept unless repeated exactly.
 */
export function distinctIssues(issues: readonly FormIssue[], fixes: readonly IssueFix[]): FormIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = issueFixKey(i, fixes) ?? i.field + i.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The issue of one field (or of any field under it, e.g. parties.0 for parties.0.name), if any. */
export function issueAt(issues: readonly FormIssue[], field: string): FormIssue | undefined {
  return issues.find((i) => i.field === field || i.field.startsWith(field + '.'));
}
