import { z } from 'zod';
import { BasemapCrsSchema, BasemapKindSchema } from '../core/contracts/basemap';

/** An optional setting where an empty value (BASEMAP_PATH=) means unset. */
function optionalText<T extends z.ZodType<string | undefined>>(schema: T) {
  return schema.optional().or(z.literal('').transform(() => undefined));
}

const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  // A streaming read replica of DATABASE_URL's cluster (issue 15): heavy reads go there while it keeps up (server/db/replica.ts).
  DATABASE_REPLICA_URL: optionalText(z.string().regex(/^postgres(ql)?:\/\//, '必须以 postgres:// 或 postgresql:// 开头（must start with postgres:// or postgresql://）')),
  REPLICA_MAX_LAG_SECONDS: z.coerce.number({ message: '必须是秒数（must be a number of seconds）' }).positive('必须大于 0（must be above 0）').max(3600, '最多 3600 秒（at most 3600 seconds）').default(10),
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  // The address to listen on: unset, every interface (the wall displays and desks reach the server over the intranet);
  // 127.0.0.1 behind a reverse proxy on the same machine, or one interface's address.
  HOST: optionalText(z.string().regex(/^[0-9A-Za-z.:_-]{1,100}$/, '必须是一个地址，例如 127.0.0.1 或 0.0.0.0（must be an address such as 127.0.0.1 or 0.0.0.0）')),
  DATA_DIR: z.string().min(1).default('.data'),
  // The built client; a test run may build into a folder of its own so that two runs do not overwrite each other's.
  CLIENT_DIR: z.string().min(1).optional(),
  BASEMAP_STYLE_URL: z.url('BASEMAP_STYLE_URL must be a URL').optional().or(z.literal('').transform(() => undefined)),
  // The base map (issue 11): a package on this server's disk or an intranet tile service (server/basemap/).
  BASEMAP_KIND: z
    .enum(BasemapKindSchema.options, { message: '必须是 builtin、xyz、mbtiles、pmtiles 或 wmts（must be builtin, xyz, mbtiles, pmtiles or wmts）' })
    .default('builtin'),
  BASEMAP_PATH: optionalText(z.string().max(1000, '路径过长（path over 1000 characters）')),
  BASEMAP_URL: optionalText(z.url('必须是一个网址模板，例如 http://tiles.intranet/{z}/{x}/{y}.png（must be a URL template）').max(2000)),
  BASEMAP_LABEL_URL: optionalText(z.url('必须是一个网址模板（must be a URL template）').max(2000)),
  BASEMAP_TOKEN: optionalText(z.string().max(200, '令牌过长（token over 200 characters）')),
  BASEMAP_CRS: z.enum(BasemapCrsSchema.options, { message: '必须是 wgs84、cgcs2000 或 gcj02（must be wgs84, cgcs2000 or gcj02）' }).default('wgs84'),
  BASEMAP_ATTRIBUTION: optionalText(z.string().max(300, '署名过长（attribution over 300 characters）')),
  DEMO_SEED: z.string().min(1).default('dachuan-2026'),
  DEMO_PASSWORD: z.string().min(8, 'DEMO_PASSWORD must have at least 8 characters').optional().or(z.literal('').transform(() => undefined)),
  // On the demo data, the calls of 52 weeks ago happen again as time passes (server/services/demo-replay.service.ts).
  DEMO_REPLAY: z.enum(['on', 'off'], { message: '必须是 on 或 off（must be on or off）' }).default('on'),
  // Behind a reverse proxy or load balancer: take the client address from X-Forwarded-For.
  TRUST_PROXY: z.enum(['true', 'false', '1', '0'], { message: 'TRUST_PROXY must be true or false' }).default('false').transform((v) => v === 'true' || v === '1'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(7 * 24).default(12),
  // Requests a minute one machine token may make (issue 14), counted per process: with WORKERS=N up to N times this.
  API_TOKEN_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
  // Events one live stream may hold unsent for a client that does not read (issue 15): past it the stream is
  // closed and the client, reconnecting with Last-Event-ID, gets them from the outbox instead of from memory.
  LIVE_STREAM_MAX_PENDING: z.coerce.number().int().min(10).max(1_000_000).default(5000),
  // How often an open live stream re-checks its session (issue: a revoked wall token kept its stream): a session that
  // was revoked, expired, ended or whose account was disabled stops receiving within this many seconds.
  LIVE_SESSION_CHECK_SECONDS: z.coerce.number().int('必须是整数秒（must be whole seconds）').min(1, '至少 1 秒（at least 1 s）').max(3600, '最多 3600 秒（at most 3600 s）').default(30),
  // Live events older than this are dropped a month partition at a time (issue 15); a client away longer reloads.
  LIVE_EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1, 'LIVE_EVENTS_RETENTION_DAYS 至少为 1（at least 1）').max(3650).default(30),
  // Audit months kept attached to audit_log before `npm run maintain` may archive them; 等保 2.0 asks for 180 days online.
  AUDIT_ONLINE_MONTHS: z.coerce.number().int().min(6, 'AUDIT_ONLINE_MONTHS 至少为 6（at least 6: 等保 2.0 keeps 180 days）').max(1200).default(24),
  // The field app (issue 16): how near a stop a geofence check-in must be (metres, the position's accuracy included) …
  FIELD_CHECKIN_RADIUS_M: z.coerce.number().min(5, '至少 5 米（at least 5 m）').max(1000, '最多 1000 米（at most 1000 m）').default(50),
  // … how long GPS pings are kept before the daily upkeep deletes them (the dosage figures computed from them stay) …
  FIELD_POSITIONS_RETENTION_DAYS: z.coerce.number().int().min(1, '至少为 1（at least 1）').max(3650).default(30),
  // … and the key the printed 巡逻必到点 QR codes are signed with (server/services/field-qr.ts says why here).
  FIELD_QR_SECRET: optionalText(z.string().min(32, '至少 32 个字符（at least 32 characters）').max(200)),
  // API processes sharing the port (issue 15): Node's cluster forks them; see server/cluster.ts.
  WORKERS: z.coerce.number().int('必须是整数（must be a whole number）').min(1, '至少为 1（at least 1）').max(64, '最多 64（at most 64）').default(1),
}).superRefine((env, ctx) => {
  // Embedded PGlite lives in this process: there is no cluster for a replica to stream from.
  if (env.DATABASE_REPLICA_URL && !env.DATABASE_URL) {
    ctx.addIssue({ code: 'custom', path: ['DATABASE_REPLICA_URL'], message: '只能与 DATABASE_URL 一起使用，内嵌的 PGlite 没有副本（only together with DATABASE_URL: embedded PGlite has no replica）' });
  }
  // PGlite is one process's database: a second process could not open its folder.
  if (env.WORKERS > 1 && !env.DATABASE_URL) {
    ctx.addIssue({ code: 'custom', path: ['WORKERS'], message: '多个进程须使用 PostgreSQL：请设置 DATABASE_URL，或将 WORKERS 设为 1（several processes need PostgreSQL: set DATABASE_URL, or WORKERS=1）' });
  }
});
export type Env = z.infer<typeof EnvSchema>;

/** The only reader of process.env: a bad environment stops the start with the variable named. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    // One line, so that a failed start prints nothing but the reason.
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}：${i.message}`);
    throw new EnvError(`环境变量有误（invalid environment）：${issues.join('；')}`);
  }
  return parsed.data;
}

export class EnvError extends Error {}
