import { randomBytes } from 'node:crypto';
import { formatLoadReport, loadExitCode } from './load-report';
import { LoadOptionsError, parseLoadOptions } from './load-options';
import { startLoadServer, type StartedServer } from './load-server';
import { logInDemoUser } from './load-session';
import { runLoad } from './run-harness';

// `npm run load -- [--url http://127.0.0.1:8787] [--seconds 20] [--streams 50] [--connections 2] [--write-rate 50]
// [--drain-seconds 5] [--workers N]`: issue 15's load harness. See README "Load harness".

async function main(): Promise<number> {
  const options = parseLoadOptions(process.argv.slice(2), process.env);
  // A server this run starts gets a password of this run's choosing; a given one needs DEMO_PASSWORD.
  const password = options.password ?? (options.url ? undefined : randomBytes(12).toString('base64url'));
  if (!password) throw new LoadOptionsError('使用 --url 时须设置 DEMO_PASSWORD 为该服务的演示密码（with --url, set DEMO_PASSWORD to that server’s demo password）');
  let server: StartedServer | undefined;
  if (!options.url) {
    console.log(`启动服务（starting the server on ${options.databaseUrl ? 'PostgreSQL from DATABASE_URL' : 'a fresh embedded PGlite'}${options.workers ? `, WORKERS=${options.workers}` : ''}）…`);
    server = await startLoadServer({ password, databaseUrl: options.databaseUrl, workers: options.workers });
  }
  const baseUrl = options.url?.replace(/\/$/, '') ?? server!.baseUrl;
  // Bounded: whatever hangs, the process ends shortly after the run and the drain.
  const hardStop = setTimeout(() => {
    console.error('超时，强行结束（hard stop: the run overran its time）');
    void server?.stop().finally(() => process.exit(2));
  }, (options.seconds + options.drainSeconds + 60) * 1000);
  hardStop.unref();
  try {
    const [commander, admin, viewer, planner] = await Promise.all(['commander', 'admin', 'viewer', 'planner'].map((u) => logInDemoUser(baseUrl, u, password)));
    console.log(`${baseUrl}: ${options.streams} streams, ${options.connections} connections per read route, ${options.writeRate} writes/s, ${options.seconds} s…`);
    const report = await runLoad({ baseUrl, reader: commander, writer: admin, watchers: [viewer, commander, planner, admin], ...options });
    console.log(formatLoadReport(report));
    return loadExitCode(report);
  } finally {
    await server?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof LoadOptionsError || !(err instanceof Error) ? String(err instanceof Error ? err.message : err) : `负载测试失败（the load run failed）：${err.message}`);
    process.exit(1);
  },
);
