import autocannon from 'autocannon';
import { RouteRecorder, type RouteStats } from './latency-stats';
import type { ReadRoute } from './read-routes';

/**
 * Runs every route at once, each with its own `connections` autocannon connections, for `seconds`; resolves
 * with each route's figures. Latencies are taken from every response (autocannon's own histogram has no p95).
 */
export async function runReadWorkload(baseUrl: string, routes: ReadRoute[], seconds: number, connections: number): Promise<RouteStats[]> {
  return Promise.all(routes.map((r) => runRoute(baseUrl, r, seconds, connections)));
}

function runRoute(baseUrl: string, route: ReadRoute, seconds: number, connections: number): Promise<RouteStats> {
  const recorder = new RouteRecorder(`${route.method} ${route.label}`);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: baseUrl + route.path, method: route.method, headers: route.headers, body: route.body, connections, duration: seconds, timeout: Math.max(10, seconds) },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        recorder.sent(result.requests.sent);
        resolve(recorder.stats());
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => recorder.response(status, ms));
    instance.on('reqError', () => recorder.error());
  });
}
