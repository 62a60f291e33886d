import { sql, type SQL } from 'drizzle-orm';
import type { IncidentCategory, IncidentColumns, IncidentQuery } from '../../../core/contracts/incidents';
import type { Scope } from '../../../core/contracts/auth';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';

// Hours and weekdays are those of the people who live there, whatever the server's time zone.
const localTime = sql`(i.occurred_at AT TIME ZONE 'Asia/Shanghai')`;

function incidentConditions(q: IncidentQuery, scope: Scope): SQL {
  const parts: SQL[] = [gridInScope(sql`i.grid_code`, scope)];
  if (q.from) parts.push(sql`i.occurred_at >= ${q.from}::timestamptz`);
  if (q.to) parts.push(sql`i.occurred_at < ${q.to}::timestamptz`);
  if (q.categories) parts.push(sql`i.category_code IN (${sql.join(q.categories.map((c) => sql`${c}`), sql`, `)})`);
  if (q.hours) parts.push(sql`extract(hour FROM ${localTime})::int IN (${sql.join(q.hours.map((h) => sql`${h}`), sql`, `)})`);
  if (q.weekdays) parts.push(sql`extract(isodow FROM ${localTime})::int IN (${sql.join(q.weekdays.map((d) => sql`${d}`), sql`, `)})`);
  if (q.bbox) parts.push(sql`i.geom && ST_MakeEnvelope(${q.bbox[0]}, ${q.bbox[1]}, ${q.bbox[2]}, ${q.bbox[3]}, 4326)`);
  return sql.join(parts, sql` AND `);
}

/** Incidents in the caller's scope matching the filter, in columnar form (see IncidentColumns), oldest first. */
export async function findIncidentColumns(db: Db, q: IncidentQuery, scope: Scope): Promise<IncidentColumns> {
  const rows = await queryRows<{ x: number; y: number; t: number; c: string }>(
    db,
    sql`SELECT round(ST_X(i.geom)::numeric, 6)::float8 AS x, round(ST_Y(i.geom)::numeric, 6)::float8 AS y,
          extract(epoch FROM i.occurred_at)::int AS t, i.category_code AS c
        FROM incidents i WHERE ${incidentConditions(q, scope)} ORDER BY i.occurred_at, i.id`,
  );
  const categoryCodes: string[] = [];
  const codeIndex = new Map<string, number>();
  const positions = new Array<number>(rows.length * 2);
  const times = new Array<number>(rows.length);
  const categories = new Array<number>(rows.length);
  rows.forEach((r, i) => {
    let k = codeIndex.get(r.c);
    if (k === undefined) {
      k = categoryCodes.push(r.c) - 1;
      codeIndex.set(r.c, k);
    }
    positions[2 * i] = Number(r.x);
    positions[2 * i + 1] = Number(r.y);
    times[i] = Number(r.t);
    categories[i] = k;
  });
  return { count: rows.length, positions, times, categories, categoryCodes };
}

export async function listIncidentCategories(db: Db): Promise<IncidentCategory[]> {
  return queryRows<IncidentCategory>(
    db,
    sql`SELECT code, name_zh AS "nameZh", name_en AS "nameEn", "group" FROM incident_categories ORDER BY code`,
  );
}
