import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { z } from 'zod';

/** zod validation whose failure answers 400 naming the parameter, e.g. "bbox: bbox must be four numbers…". */
export function validate<T extends z.ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({ field: i.path.join('.') || target, message: i.message }));
      const message = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
      return c.json({ error: 'bad_request', message, issues }, 400);
    }
  });
}
