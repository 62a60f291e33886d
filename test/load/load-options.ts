import { parseArgs } from 'node:util';
import { z } from 'zod';
import { isLoopbackUrl, notLoopbackMessage } from './loopback-url';

const whole = (name: string, min: number, max: number) =>
  z.coerce.number({ message: `${name} 必须是数字（must be a number）` }).int(`${name} 必须是整数（must be a whole number）`)
    .min(min, `${name} 至少为 ${min}（at least ${min}）`).max(max, `${name} 至多为 ${max}（at most ${max}）`);

export const LoadOptionsSchema = z.object({
  url: z.string().superRefine((url, ctx) => {
    if (!isLoopbackUrl(url)) ctx.addIssue({ code: 'custom', message: notLoopbackMessage(url) });
  }).optional(),
  // Bounded: a forgotten run ends by itself (issue 15 asks for a bounded duration).
  seconds: whole('--seconds', 1, 600).default(20),
  streams: whole('--streams', 0, 2000).default(50),
  // Per read route; seven routes at once, so 2 already keeps 14 requests in flight on a 2-core machine.
  connections: whole('--connections', 1, 200).default(2),
  writeRate: whole('--write-rate', 0, 1000).default(50),
  drainSeconds: whole('--drain-seconds', 0, 60).default(5),
  workers: whole('--workers', 1, 64).optional(),
  password: z.string().min(8, 'DEMO_PASSWORD 至少 8 个字符（at least 8 characters）').optional(),
  databaseUrl: z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 开头（must start with postgres://）').optional(),
});
export type LoadOptions = z.infer<typeof LoadOptionsSchema>;

export class LoadOptionsError extends Error {}

/**
 * The command line (`npm run load -- --seconds 20 --streams 50 …`) and the two settings taken from the
 * environment as the server takes them: DEMO_PASSWORD and DATABASE_URL. A bad value stops with its name.
 */
export function parseLoadOptions(argv: string[], env: Record<string, string | undefined>): LoadOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' }, seconds: { type: 'string' }, streams: { type: 'string' }, connections: { type: 'string' },
        'write-rate': { type: 'string' }, 'drain-seconds': { type: 'string' }, workers: { type: 'string' },
      },
      strict: true,
    }));
  } catch (err) {
    throw new LoadOptionsError(`参数有误（invalid arguments）：${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = LoadOptionsSchema.safeParse({
    url: values.url,
    seconds: values.seconds,
    streams: values.streams,
    connections: values.connections,
    writeRate: values['write-rate'],
    drainSeconds: values['drain-seconds'],
    workers: values.workers,
    password: env.DEMO_PASSWORD || undefined,
    databaseUrl: env.DATABASE_URL || undefined,
  });
  if (!parsed.success) {
    throw new LoadOptionsError(`参数有误（invalid arguments）：${parsed.error.issues.map((i) => i.message).join('；')}`);
  }
  return parsed.data;
}
