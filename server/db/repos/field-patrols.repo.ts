/**
 * Patrols started in the field app (issue 16). The id is made on the phone, so every write is INSERT … ON CONFLICT
 * DO NOTHING followed by a read of the stored row: a start queued offline and sent three times is one patrol.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import type { FieldForce, FieldPatrol } from '../../../core/contracts/field';
import type { Db } from '../engine';
import { fieldPatrols, patrolRoutes } from '../schema';
import { demoAccount } from './demo-account-sql';
import { routeInScope } from './patrol-routes.repo';

const p = fieldPatrols;

export interface StoredPatrol {
  id: string;
  username: string;
  force: FieldForce;
  routeId: string | null;
  routeName: string | null;
  startedAt: Date;
  endedAt: Date | null;
}

export const toFieldPatrol = (s: StoredPatrol, replayed?: boolean): FieldPatrol => ({
  id: s.id, username: s.username, force: s.force, routeId: s.routeId, routeName: s.routeName,
  startedAt: s.startedAt.toISOString(), endedAt: s.endedAt?.toISOString() ?? null, ...(replayed === undefined ? {} : { replayed }),
});

const columns = {
  id: p.id, username: p.username, force: p.force, routeId: p.routeId, routeName: patrolRoutes.name, startedAt: p.startedAt, endedAt: p.endedAt,
};

/** One patrol by id, whoever's it is (the caller compares the username), or null. */
export async function findFieldPatrol(db: Db, id: string): Promise<StoredPatrol | null> {
  const [row] = await db.select(columns).from(p).leftJoin(patrolRoutes, eq(patrolRoutes.id, p.routeId)).where(eq(p.id, id));
  return row ?? null;
}

/** The caller's open patrol (the latest started, should there be more), or null. */
export async function findOpenPatrolOf(db: Db, username: string): Promise<StoredPatrol | null> {
  const [row] = await db.select(columns).from(p).leftJoin(patrolRoutes, eq(patrolRoutes.id, p.routeId))
    .where(and(eq(p.username, username), isNull(p.endedAt))).orderBy(sql`${p.startedAt} DESC`).limit(1);
  return row ?? null;
}

/** Whether the patrol route `id` exists in the caller's scope. */
export async function routeVisible(db: Db, id: string, scope: Scope): Promise<boolean> {
  const rows = await db.select({ id: patrolRoutes.id }).from(patrolRoutes).where(and(eq(patrolRoutes.id, id), routeInScope(scope)));
  return rows.length > 0;
}

export interface NewFieldPatrol {
  id: string;
  username: string;
  force: FieldForce;
  routeId: string | null;
  startedAt: Date;
  /** A person's account, which may have one open patrol (field_patrols_one_open_uq). */
  solo: boolean;
}

/**
 * Inserts the patrol unless its id is taken or, for a solo start, its account has an open patrol (demo data when a
 * demo account started it); true when this call stored it. No conflict target: either unique index stops the row.
 */
export async function insertFieldPatrol(db: Db, input: NewFieldPatrol): Promise<boolean> {
  const rows = await db.insert(p).values({ ...input, isDemo: demoAccount(input.username) }).onConflictDoNothing().returning({ id: p.id });
  return rows.length > 0;
}

/** Ends an open patrol; false when it had ended already (the stored end stays: the first end wins). */
export async function endFieldPatrol(db: Db, id: string, endedAt: Date): Promise<boolean> {
  const rows = await db.update(p).set({ endedAt }).where(and(eq(p.id, id), isNull(p.endedAt))).returning({ id: p.id });
  return rows.length > 0;
}
