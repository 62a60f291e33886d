import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Db } from '../../server/db/engine';
import { routeOnAt } from '../../server/db/repos/route-on-day-sql';
import { getTestDatabase } from '../support/test-database';

let db: Db;
beforeAll(async () => {
  db = (await getTestDatabase()).db;
});

/** Whether a route of these weekdays and window is on 今日 at a Beijing time ('2026-12-04T01:30', a Friday's date). */
async function onAt(weekdays: number[], start: string, end: string, beijing: string): Promise<boolean> {
  // A stand-in for the table under its own name: routeOnAt names patrol_routes' columns.
  const [row] = await queryRows<{ on: boolean }>(db, sql`WITH patrol_routes AS (SELECT ${JSON.stringify(weekdays)}::jsonb AS weekdays, ${start}::text AS window_start, ${end}::text AS window_end)
    SELECT ${routeOnAt(new Date(`${beijing}:00+08:00`))} AS on FROM patrol_routes`);
  return row.on;
}

describe('which routes are on the field app’s 今日', () => {
  const weekdaysOnly = [1, 2, 3, 4, 5];
  it('a Monday-to-Friday night shift (23:00–03:00) is still on after midnight into Saturday, until 03:00', async () => {
    expect(await onAt(weekdaysOnly, '23:00', '03:00', '2026-12-05T01:30')).toBe(true); // Saturday 01:30: Friday's shift
    expect(await onAt(weekdaysOnly, '23:00', '03:00', '2026-12-05T03:30')).toBe(false); // Saturday 03:30: over
    expect(await onAt(weekdaysOnly, '23:00', '03:00', '2026-12-04T22:00')).toBe(true); // Friday: its day
    expect(await onAt(weekdaysOnly, '23:00', '03:00', '2026-12-06T01:30')).toBe(false); // Sunday: no Saturday shift
  });

  it('a day shift is on its weekdays only, whatever the hour', async () => {
    expect(await onAt(weekdaysOnly, '08:00', '12:00', '2026-12-05T01:30')).toBe(false);
    expect(await onAt(weekdaysOnly, '08:00', '12:00', '2026-12-04T23:30')).toBe(true);
    expect(await onAt([6], '08:00', '12:00', '2026-12-05T07:00')).toBe(true);
  });
});
