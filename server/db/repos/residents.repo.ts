import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../../../core/contracts/auth';
import type { Resident, ResidentPage, ResidentQuery } from '../../../core/contracts/residents';
import { maskHouseNumber, maskIdNumber, maskName, maskPhone } from '../../../core/privacy/mask';
import { gridInScope } from '../../auth/scope-sql';
import type { Db } from '../engine';
import { residents } from '../schema';
import { buildingLabelOf, gridNameOf } from './building-label-sql';
import { matchPeople } from './match-people-sql';
import { isCurrentResident } from './measures.repo';

// The alias "r" is the one isCurrentResident names.
const r = alias(residents, 'r');
// A date column reads as 'YYYY-MM-DD' text (Drizzle's default string mode), as the contract wants.
const columns = {
  id: r.id, name: r.name, idNumber: r.idNumber, phone: r.phone, houseNumber: r.houseNumber,
  buildingCode: r.buildingCode, buildingName: buildingLabelOf(r.buildingCode), gridCode: r.gridCode,
  gridName: gridNameOf(r.gridCode), kind: r.kind, movedInOn: r.movedInOn,
};
/** The list's alias and columns, for the repositories that answer one resident as the list shows it (resident-changes.repo). */
export { r as listedResidents, columns as listedResidentColumns };

/** A resident as lists show it (residents list, people search): name, ID number, phone and house number masked. */
export function maskResident(row: Omit<Resident, 'masked'>): Resident {
  return {
    ...row,
    name: maskName(row.name)!,
    idNumber: maskIdNumber(row.idNumber)!,
    phone: maskPhone(row.phone),
    houseNumber: maskHouseNumber(row.houseNumber)!,
    masked: true,
  };
}

/** Residents in the caller's scope (enforced in the query), always masked. */
export async function findResidents(db: Db, q: ResidentQuery, scope: Scope): Promise<ResidentPage> {
  // Residents who moved out are not listed nor counted: the total is the 实有人口 measure of measures.repo (issue 12).
  const parts: SQL[] = [gridInScope(r.gridCode, scope), isCurrentResident('r')];
  if (q.gridCode) parts.push(sql`${r.gridCode} = ${q.gridCode}`);
  if (q.buildingCode) parts.push(sql`${r.buildingCode} = ${q.buildingCode}`);
  if (q.kind) parts.push(sql`${r.kind} = ${q.kind}`);
  // A name or ID number typed: the people search's match, its best matches first (the exact name before those containing it).
  const match = q.q === undefined ? null : matchPeople(q.q);
  if (q.q !== undefined && !match) return { total: 0, rows: [] }; // typed, but nothing a name or number is made of
  if (match) parts.push(match.where);
  const where = and(...parts);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(r).where(where);
  const order = match ? [match.rank, asc(r.id)] : [asc(r.id)];
  const rows = await db.select(columns).from(r).where(where).orderBy(...order).limit(q.limit).offset(q.offset);
  return { total: Number(count.n), rows: rows.map(maskResident) };
}

/** One resident in full, or null when it does not exist or lies outside the caller's scope. */
export async function findUnmaskedResident(db: Db, id: string, scope: Scope): Promise<Resident | null> {
  const [row] = await db.select(columns).from(r).where(and(eq(r.id, id), gridInScope(r.gridCode, scope)));
  return row ? { ...row, masked: false } : null;
}
