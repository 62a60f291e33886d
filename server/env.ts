import { z } from 'zod';

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  DATA_DIR: z.string().min(1).default('.data'),
  BASEMAP_STYLE_URL: z.url('BASEMAP_STYLE_URL must be a URL').optional().or(z.literal('').transform(() => undefined)),
  DEMO_SEED: z.string().min(1).default('dachuan-2026'),
  DEMO_PASSWORD: z.string().min(8, 'DEMO_PASSWORD must have at least 8 characters').optional().or(z.literal('').transform(() => undefined)),
  // Behind a reverse proxy or load balancer: take the client address from X-Forwarded-For.
  TRUST_PROXY: z.enum(['true', 'false', '1', '0'], { message: 'TRUST_PROXY must be true or false' }).default('false').transform((v) => v === 'true' || v === '1'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
});
export type Env = z.infer<typeof EnvSchema>;

/** The only reader of process.env: a bad environment stops the start with the variable named. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

export class EnvError extends Error {}
