import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allIssuesOf, distinctIssues, issueAt, issueFixKey, issueText, issuesOf, type IssueFix } from './form-issues';

const schema = z.object({
  name: z.string().min(2, 'name too short').regex(/^[a-z]+$/, 'name not lower case'),
  parties: z.array(z.object({ idNumber: z.string().length(18, 'idNumber must be 18 characters') })),
});
const failed = schema.safeParse({ name: 'X', parties: [{ idNumber: '1' }] });
const error = failed.success ? null : failed.error;

describe('form issues', () => {
  it('lists every issue of a failed parse with its dotted path', () => {
    expect(allIssuesOf(error!)).toEqual([
      { field: 'name', message: 'name too short' },
      { field: 'name', message: 'name not lower case' },
      { field: 'parties.0.idNumber', message: 'idNumber must be 18 characters' },
    ]);
  });

  it('keeps the first issue of each field', () => {
    expect(issuesOf(error!).map((i) => i.message)).toEqual(['name too short', 'idNumber must be 18 characters']);
  });

  it('names a form-wide issue "form"', () => {
    const r = z.string().refine(() => false, 'never').safeParse('a');
    expect(r.success ? [] : issuesOf(r.error)).toEqual([{ field: 'form', message: 'never' }]);
  });

  it('finds the issue of a field or of a field under it', () => {
    const issues = issuesOf(error!);
    expect(issueAt(issues, 'parties.0')?.field).toBe('parties.0.idNumber');
    expect(issueAt(issues, 'parties.0.idNumber')?.message).toBe('idNumber must be 18 characters');
    expect(issueAt(issues, 'part')).toBeUndefined();
  });

  const fixes: IssueFix[] = [[/^window/, 'patrolFixWindow']];
  const t = (key: string) => `«${key}»`;

  it('words a known field in the interface language and keeps the contract words otherwise', () => {
    expect(issueFixKey({ field: 'window.end', message: 'x' }, fixes)).toBe('patrolFixWindow');
    expect(issueText({ field: 'window.end', message: 'x' }, fixes, t)).toBe('«patrolFixWindow»');
    expect(issueText({ field: 'budgetMin', message: 'budgetMin must be 10–600' }, fixes, t)).toBe('budgetMin must be 10–600');
  });

  it('shows issues one fix words alike once, and unknown ones unless repeated exactly', () => {
    const issues = [
      { field: 'window.start', message: 'a' },
      { field: 'window.end', message: 'b' },
      { field: 'plan.x', message: 'c' },
      { field: 'plan.x', message: 'c' },
      { field: 'plan.y', message: 'd' },
    ];
    expect(distinctIssues(issues, fixes).map((i) => i.field)).toEqual(['window.start', 'plan.x', 'plan.y']);
  });
});
