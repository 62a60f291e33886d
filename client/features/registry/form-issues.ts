import type { z } from 'zod';

/** A field a form must fix: its name as the API names it (e.g. dueOn) and the contract's words. */
export interface FormIssue {
  field: string;
  message: string;
}

/** The issues of a failed zod parse, the first of each field, in the order zod found them. */
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

/** The message of one field's issue, if it has one. */
export function issueOf(issues: readonly FormIssue[], field: string): string | undefined {
  return issues.find((i) => i.field === field)?.message;
}
