import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';

/** zod validation whose failure answers 400 naming the parameter, e.g. "bbox: bbox must be four numbers…". */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      // A query or path parameter is named as the person typed it (hours, not hours.0); body fields by their path.
      const fieldOf = (path: PropertyKey[]) => (target === 'query' || target === 'param' ? String(path[0] ?? target) : path.join('.') || target);
      const issues = result.error.issues.map((i) => ({ field: fieldOf(i.path), message: i.message }));
      const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      return c.json({ error: 'bad_request', message, issues }, 400);
    }
  });
}
