import type { RouteStats } from './latency-stats';
import type { LoadReport } from './run-harness';

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));

function routeTable(rows: RouteStats[]): string[] {
  const header = ['route 路由', 'answered', 'p50 ms', 'p95 ms', 'p99 ms', 'non-2xx', 'errors', 'unfinished'];
  const cells = rows.map((r) => [r.route, String(r.requests), ms(r.p50Ms), ms(r.p95Ms), ms(r.p99Ms), String(r.non2xx), String(r.errors), String(r.unfinished)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  return [line(header), ...cells.map(line)];
}

/** The printed report: per route figures, writes, and per stream delivery. */
export function formatLoadReport(r: LoadReport): string {
  const d = r.delivery;
  const lines = [
    `负载结果（load results, ${r.seconds} s）`,
    ...routeTable([...r.routes, r.writes.stats]),
    '',
    `写入 writes: offered ${r.writes.offered}, accepted ${r.writes.accepted} (${r.writes.offered === 0 ? 0 : ((100 * r.writes.accepted) / r.writes.offered).toFixed(1)} %)`,
    `实时流 streams: ${d.streams}; received of ${d.acknowledged} acknowledged: min ${d.min}, median ${d.median}, max ${d.max}; ${d.complete} of ${d.streams} received all`,
    ...d.missed.slice(0, 10).map((m) => `  漏收 missed: stream ${m.stream} missed ${m.count} (e.g. incident ${m.examples.join(', ')})`),
    ...(d.missed.length > 10 ? [`  … and ${d.missed.length - 10} more streams missed events`] : []),
    ...r.streamFailures.slice(0, 10).map((f) => `  中断 ended early: ${f}`),
  ];
  return lines.join('\n');
}

/** Non-zero when any stream missed an acknowledged write (after the drain) or ended early. */
export function loadExitCode(r: LoadReport): number {
  return r.delivery.missed.length > 0 || r.streamFailures.length > 0 ? 1 : 0;
}
