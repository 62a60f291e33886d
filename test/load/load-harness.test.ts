import { describe, expect, it } from 'vitest';
import { useLoopbackApp } from '../support/loopback-app';
import { testPassword } from '../support/test-database';
import { tallyDelivery } from './delivery-tally';
import { formatLoadReport, loadExitCode } from './load-report';
import { logInDemoUser } from './load-session';
import { readRoutes } from './read-routes';
import { runLoad } from './run-harness';

const app = useLoopbackApp('load');

describe('the load harness against the test app', () => {
  it('counts reads, writes and what every stream received, and reports a missed event as missed', async () => {
    const [commander, admin, viewer] = await Promise.all(['commander', 'admin', 'viewer'].map((u) => logInDemoUser(app.origin, u, testPassword)));
    // Two cheap routes keep the run short on the embedded database; the full mix is npm run load's.
    const routes = readRoutes(commander).filter((r) => r.label === 'summary' || r.label === 'disputes');
    const report = await runLoad({ baseUrl: app.origin, reader: commander, writer: admin, watchers: [viewer, commander], seconds: 2, streams: 3, connections: 1, writeRate: 3, drainSeconds: 5, routes });

    expect(report.routes.map((r) => r.route)).toEqual(['GET summary', 'GET disputes']);
    for (const r of report.routes) {
      expect(r.requests).toBeGreaterThan(0);
      expect(r.non2xx + r.errors).toBe(0);
      expect(r.p50Ms).toBeLessThanOrEqual(r.p95Ms);
      expect(r.p95Ms).toBeLessThanOrEqual(r.p99Ms);
    }
    expect(report.writes.offered).toBe(6);
    expect(report.writes.accepted).toBe(report.acknowledged.size);
    expect(report.writes.stats.requests).toBe(report.writes.offered);
    expect(report.writes.accepted).toBeGreaterThan(0);
    expect(report.delivery).toMatchObject({ streams: 3, acknowledged: report.writes.accepted, min: report.writes.accepted, complete: 3, missed: [] });
    expect(report.streamFailures).toEqual([]);
    expect(loadExitCode(report)).toBe(0);

    // An id every stream should have had but none did: each stream must be reported one short, and the run failed.
    const phantom = Math.max(...report.acknowledged) + 1_000_000;
    const delivery = tallyDelivery(new Set([...report.acknowledged, phantom]), report.streamsReceived);
    expect(delivery.complete).toBe(0);
    expect(delivery.missed).toEqual([0, 1, 2].map((stream) => ({ stream, count: 1, examples: [phantom] })));
    const missed = { ...report, delivery };
    expect(formatLoadReport(missed)).toContain(`stream 2 missed 1 (e.g. incident ${phantom})`);
    expect(loadExitCode(missed)).toBe(1);
  });
});
