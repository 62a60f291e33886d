import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { Resident, ResidentPage, ResidentQuery } from '../../../core/contracts/residents';
import { maskHouseNumber, maskIdNumber, maskName, maskPhone } from '../../../core/privacy/mask';
import { gridInScope } from '../../auth/scope-sql';
import { queryRows, type Db } from '../engine';
import { isCurrentResident } from './measures.repo';

const columns = sql`r.id, r.name, r.id_number AS "idNumber", r.phone, r.house_number AS "houseNumber",
  r.building_code AS "buildingCode", r.grid_code AS "gridCode", r.kind, r.moved_in_on::text AS "movedInOn"`;

/** A resident as lists show it (residents list, people search): name, ID number, phone and house number masked. */
export function maskResident(r: Resident): Resident {
  return {
    ...r,
    name: maskName(r.name)!,
    idNumber: maskIdNumber(r.idNumber)!,
    phone: maskPhone(r.phone),
    houseNumber: maskHouseNumber(r.houseNumber)!,
    masked: true,
  };
}

/** Residents in the caller's scope (enforced in the query), always masked. */
export async function findResidents(db: Db, q: ResidentQuery, scope: Scope): Promise<ResidentPage> {
  // Residents who moved out are not listed nor counted: the total is the 实有人口 measure of measures.repo (issue 12).
  const parts: SQL[] = [gridInScope(sql`r.grid_code`, scope), isCurrentResident('r')];
  if (q.gridCode) parts.push(sql`r.grid_code = ${q.gridCode}`);
  if (q.buildingCode) parts.push(sql`r.building_code = ${q.buildingCode}`);
  if (q.kind) parts.push(sql`r.kind = ${q.kind}`);
  const where = sql.join(parts, sql` AND `);
  const [count] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM residents r WHERE ${where}`);
  const rows = await queryRows<Resident>(
    db,
    sql`SELECT ${columns} FROM residents r WHERE ${where} ORDER BY r.id LIMIT ${q.limit} OFFSET ${q.offset}`,
  );
  return { total: Number(count.n), rows: rows.map(maskResident) };
}

/** One resident in full, or null when it does not exist or lies outside the caller's scope. */
export async function findUnmaskedResident(db: Db, id: string, scope: Scope): Promise<Resident | null> {
  const [row] = await queryRows<Resident>(
    db,
    sql`SELECT ${columns} FROM residents r WHERE r.id = ${id} AND ${gridInScope(sql`r.grid_code`, scope)}`,
  );
  return row ? { ...row, masked: false } : null;
}
