import type { z } from 'zod';
import type { MessageKey } from '../../i18n/zh-CN';

/** A field a form must fix: its path as the API names it (e.g. parties.0.idNumber) and the contract's words. */
export interface FormIssue {
  field: string;
  message: string;
}

/** The issues of a failed zod parse, one a field (the first), in the order zod found them. */
export function issuesOf(error: z.ZodError): FormIssue[] {
  const seen = new Set<string>();
  const out: FormIssue[] = [];
  for (const i of error.issues) {
    const field = i.path.map(String).join('.') || 'form';
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({ field, message: i.message });
  }
  return out;
}

/**
 * The contract's messages are English and name the API's fields; a form says in the interface's language what to
 * fix. `fixes` pairs a field pattern with its message; a field no pattern knows keeps the contract's words.
 */
export function issueText(issue: FormIssue, fixes: readonly [RegExp, MessageKey][], t: (key: MessageKey) => string): string {
  const key = fixes.find(([pattern]) => pattern.test(issue.field))?.[1];
  return key ? t(key) : issue.message;
}

/** The issue of one field (or of any field under it, e.g. parties.0 for parties.0.name), if any. */
export function issueAt(issues: readonly FormIssue[], field: string): FormIssue | undefined {
  return issues.find((i) => i.field === field || i.field.startsWith(field + '.'));
}
