import { and, eq, sql } from 'drizzle-orm';
import type { Scope } from '../../../core/contracts/auth';
import { residentChangeFields, type ChangedResident, type ResidentChange, type ResidentChangeField } from '../../../core/contracts/residents';
import { gridInScope } from '../../auth/scope-sql';
import { isDatabaseUnavailable } from '../database-unavailable';
import type { Db } from '../engine';
import { houses, residents } from '../schema';
import { isoText, localToday } from './registry-sql';
import { listedResidentColumns, listedResidents as r, maskResident } from './residents.repo';

/** Written, with the fields whose value changed; or refused, with what the route needs to say why. */
export type ResidentChangeOutcome =
  | { ok: true; resident: ChangedResident; changed: ResidentChangeField[] }
  | { ok: false; refusal: 'not_found' }
  | { ok: false; refusal: 'moved_out_after_today'; value: string; today: string }
  | { ok: false; refusal: 'moved_out_before_in'; value: string; movedInOn: string };

/**
 * Changes one resident in the caller's jurisdiction, in one transaction with the row locked: the fields given are
 * written and the record counts as verified now (a person just looked at it, as a verification visit does). A move-out
 * must not lie after today in Dazhou nor before the record's moved-in date (the import's rules, judged here because
 * only the database knows both). A new house number links the resident to the house of that number in their building,
 * as the houses import does — or to none when there is none, or more than one, rather than keep the old house's link.
 * A refusal writes nothing. Answers the resident masked, as the residents list does, with the fields that changed
 * (a value given equal to the stored one is no change). Outside the jurisdiction reads as absent.
 */
export async function changeResident(db: Db, id: string, change: ResidentChange, scope: Scope): Promise<ResidentChangeOutcome> {
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const [stored] = await t
        .select({ ...listedResidentColumns, movedOutOn: r.movedOutOn, today: sql<string>`${localToday}::text` })
        .from(r).where(and(eq(r.id, id), gridInScope(r.gridCode, scope))).for('update');
      if (!stored) return { ok: false, refusal: 'not_found' } as const;
      const out = change.movedOutOn;
      // Dates are 'YYYY-MM-DD' text on both sides, so text order is date order.
      if (out && out > stored.today) return { ok: false, refusal: 'moved_out_after_today', value: out, today: stored.today } as const;
      if (out && stored.movedInOn && out < stored.movedInOn) return { ok: false, refusal: 'moved_out_before_in', value: out, movedInOn: stored.movedInOn } as const;
      const changed = residentChangeFields.filter((f) => change[f] !== undefined && change[f] !== stored[f]);
      const values: Partial<typeof residents.$inferInsert> = Object.fromEntries(changed.map((f) => [f, change[f]]));
      if (change.houseNumber !== undefined && changed.includes('houseNumber')) values.houseCode = await houseNumbered(t, stored.buildingCode, change.houseNumber);
      await t.update(residents).set({ ...values, verifiedAt: sql`now()` }).where(eq(residents.id, id));
      const [after] = await t
        .select({ ...listedResidentColumns, movedOutOn: r.movedOutOn, verifiedAt: isoText(r.verifiedAt) })
        .from(r).where(eq(r.id, id));
      const { movedOutOn, verifiedAt, ...listed } = after;
      return { ok: true, resident: { ...maskResident(listed), movedOutOn, verifiedAt }, changed } as const;
    });
  } catch (err) {
    const failed = databaseErrorOf(err);
    if (!failed || isDatabaseUnavailable(err)) throw err;
    // Drizzle's message and the driver's error carry the statement's parameters (the person's name, ID number,
    // phone): only the database's own sentence may reach the log, so the error is not attached as the cause either.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`changing resident ${id} failed in the database: ${failed.code} ${failed.message}`);
  }
}

/** The one house of that number in the building, or null when there is none or more than one (two addresses' 301). */
async function houseNumbered(t: Db, buildingCode: string, number: string): Promise<string | null> {
  const found = await t.select({ code: houses.code }).from(houses).where(and(eq(houses.buildingCode, buildingCode), eq(houses.number, number))).limit(2);
  return found.length === 1 ? found[0].code : null;
}

/** The PostgreSQL error itself or inside Drizzle's wrapper (both engines put its SQLSTATE on it), or null. */
function databaseErrorOf(err: unknown): { code: string; message: string } | null {
  for (let e = err as { code?: unknown; message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return { code: e.code, message: e.message ?? '' };
  }
  return null;
}
