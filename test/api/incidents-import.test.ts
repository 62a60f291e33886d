import { spawnSync } from 'node:child_process';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../server/db/engine';
import { latestLiveEventId } from '../../server/live/live-events.repo';
import { importIncidentFile } from '../../server/services/incident-file-import';
import { countWrites } from '../support/incident-points';
import { getTestDatabase } from '../support/test-database';

const fixtures = 'test/fixtures/incidents';

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/scripts/import-incidents.ts', ...args], {
    encoding: 'utf8', timeout: 30_000, env: { ...process.env, DATABASE_URL: '', DATA_DIR: '/nonexistent/never-opened' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function storedUnder(prefix: string) {
  const { db } = await getTestDatabase();
  return queryRows<{ external_id: string; source: string; category_code: string; grid_code: string; occurred_at: string; recorded_at: string }>(
    db,
    sql`SELECT k.external_id, i.source, i.category_code, i.grid_code, to_json(i.occurred_at)#>>'{}' AS occurred_at, to_json(i.recorded_at)#>>'{}' AS recorded_at
        FROM incident_external_ids k JOIN incidents i ON i.id = k.incident_id WHERE k.external_id LIKE ${`${prefix}%`} ORDER BY k.external_id`,
  );
}

describe('npm run import:incidents', () => {
  // Opening (and, first in a run, seeding) the test database belongs to the hook's time, not the first test's 30 s.
  beforeAll(async () => {
    await getTestDatabase();
  });

  it('back-fills a CSV into its grids without live events, source from --source where a row has none', async () => {
    const { db } = await getTestDatabase();
    const since = await latestLiveEventId(db);
    const startedMs = Date.now();
    const r = await importIncidentFile(db, `${fixtures}/backfill.csv`, { source: 'grid_report', language: 'zh-CN' });
    const endedMs = Date.now();
    expect(r).toEqual({ ok: true, rows: 4, created: 4, replayed: 0 });
    const rows = await storedUnder('BF-2023-');
    expect(rows.map((x) => [x.external_id, x.category_code, x.source, x.grid_code])).toEqual([
      ['BF-2023-0001', 'THEFT_RES', '110', '511703001001001'],
      ['BF-2023-0002', 'FIGHT', 'patrol', '511703001001002'],
      ['BF-2023-0003', 'NOISE', 'grid_report', '511703001001003'],
      ['BF-2023-0004', 'DRUNK', 'walk_in', '511703001001004'],
    ]);
    expect(Date.parse(rows[0].occurred_at)).toBe(Date.parse('2023-05-01T08:30:00+08:00'));
    // Recorded when imported, years after they happened: each is a late report (补录) wherever it is shown.
    for (const x of rows) expect(Date.parse(x.recorded_at)).toBeGreaterThanOrEqual(startedMs - 1000);
    for (const x of rows) expect(Date.parse(x.recorded_at)).toBeLessThanOrEqual(endedMs + 1000);
    expect(await latestLiveEventId(db)).toBe(since);
  });

  it('reads NDJSON and, run again, skips what it wrote by externalId', async () => {
    const { db } = await getTestDatabase();
    const first = await importIncidentFile(db, `${fixtures}/backfill.ndjson`, { source: '110', language: 'zh-CN' });
    expect(first).toEqual({ ok: true, rows: 2, created: 2, replayed: 0 });
    const before = await countWrites();
    const again = await importIncidentFile(db, `${fixtures}/backfill.ndjson`, { source: '110', language: 'zh-CN' });
    expect(again).toEqual({ ok: true, rows: 2, created: 0, replayed: 2 });
    expect(await countWrites()).toEqual(before);
  });

  it('stops at a chunk the database refuses, names its lines, and writes nothing of it', async () => {
    const { db } = await getTestDatabase();
    const before = await countWrites();
    const r = await importIncidentFile(db, `${fixtures}/backfill-outside.csv`, { language: 'zh-CN' });
    expect(r.ok).toBe(false);
    if (r.ok || r.stage !== 'write') throw new Error(`expected a refusal while writing, got ${JSON.stringify(r)}`);
    expect([r.fromLine, r.toLine, r.created]).toEqual([2, 4, 0]);
    expect(r.problems.map((p) => [p.item, p.reason])).toEqual([[3, 'outside_grids'], [4, 'unknown_category']]);
    expect(await countWrites()).toEqual(before);
  });

  it('exits 2 naming every bad line in Chinese, before it opens any database', () => {
    const run = cli(`${fixtures}/backfill-bad.csv`);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^3 行有误，未写入任何警情/);
    expect(lines.slice(1).map((l) => l.match(/^第 (\d+) 行：([^：]+)/)?.slice(1))).toEqual([['3', '纬度'], ['4', '接警单号'], ['5', '发生时间']]);
  });

  it('exits 2 for a file that is not there', () => {
    const missing = cli(`${fixtures}/no-such.csv`);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });

  it('exits 2 for a file that is neither CSV nor NDJSON', () => {
    const other = cli(`${fixtures}/README.md`);
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('只能导入 .csv 或 .ndjson 文件');
  });

  it('exits 2 with its usage when no file is named', () => {
    const run = cli();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('用法：npm run import:incidents');
  });
});
