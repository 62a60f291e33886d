import { sql } from 'drizzle-orm';
import pLimit from 'p-limit';
import type { Scope } from '../../../core/contracts/auth';
import type { IncidentRefusalReason, WrittenIncident } from '../../../core/contracts/incident-write';
import type { LiveIncident, NewIncident } from '../../../core/contracts/live';
import { appendLiveEvents } from '../../live/live-events.repo';
import { queryRows, type Db } from '../engine';
import { demoAccount } from './demo-account-sql';
import { findByExternalIds, insertIncidentRows, resolveItems, writeKeys, type IncidentRow, type ResolvedItem } from './incidents-write-sql';

/** Items a statement takes at once: big enough that a 5,000-item batch is five round trips, small enough for one jsonb parameter. */
export const writeChunkSize = 1000;

export interface ItemRefusal {
  /** 0-based index of the item in the call. */
  index: number;
  reason: IncidentRefusalReason;
  /** For external_id_repeats: the index of the item that first used the externalId. */
  firstIndex?: number;
}

export type WriteIncidentsResult =
  | { ok: true; incidents: WrittenIncident[]; created: number; replayed: number }
  | { ok: false; refusals: ItemRefusal[] };

class Refused extends Error {
  constructor(readonly refusals: ItemRefusal[]) {
    super('refused');
  }
}

/**
 * Registers incidents all or nothing, in one transaction: grid and beat come from each point (the published plan),
 * the caller's scope must hold each grid, and an item whose externalId is already known answers the incident first
 * registered under it (`replayed`) instead of adding another. Same externalId with different content is refused
 * (external_id_conflict): dispatch retries are byte-identical, so different content means a wrong or reused number,
 * and answering the original would hide that the new content was not stored. An item without occurredAt matches any
 * time (the server chose it). Within one call an externalId may repeat with the same content (a replay of its first
 * item), not with different content (external_id_repeats). Each chunk is resolved in one statement, its keys claimed
 * in one and its incidents inserted in one; the live events (skipped with announce false, for back-fills) are
 * appended last, once per chunk, since appendLiveEvents holds the ordering lock until commit. With `demo` (the demo
 * replay's) the incidents are demo-data rows, entered at the time they say they happened; a demo account's (`writer`)
 * are demo-data rows entered now.
 */
export async function writeIncidents(db: Db, items: NewIncident[], scope: Scope, options: WriteOptions = { announce: true }): Promise<WriteIncidentsResult> {
  return writeSlots(() => writeIncidentsNow(db, items, scope, options));
}

// Writers commit one at a time anyway (the live events' ordering lock), so more than a few write transactions at once
// only hold pool connections that reads need: issue 15's load run had six of the pool's ten waiting on the lock and
// every read queued behind them. The rest wait here, in this process, in arrival order.
const writeSlots = pLimit(3);

export interface WriteOptions {
  announce: boolean;
  /** The demo replay's calls: demo rows, entered at the time they say they happened. */
  demo?: boolean;
  /** The account entering the calls: a demo account's calls are demo rows, as its patrols and reports are. */
  writer?: string;
}

async function writeIncidentsNow(db: Db, items: NewIncident[], scope: Scope, options: WriteOptions): Promise<WriteIncidentsResult> {
  try {
    return await db.transaction(async (tx) => {
      const t = tx as unknown as Db;
      const resolved = await resolveAll(t, items, scope);
      const isDemo = options.demo === true || (options.writer !== undefined && (await isDemoAccount(t, options.writer)));
      const { firstOf, refusals } = matchRepeats(items);
      refusals.push(...refuseNew(resolved, firstOf));
      if (refusals.length > 0) throw new Refused(refusals);
      const rows = new Map<number, IncidentRow>();
      const replayOf = new Map<number, string>();
      const news = items.map((_, n) => n).filter((n) => firstOf[n] === n && resolved[n].knownId === null);
      // Keys in ascending order across chunks, so that overlapping batches wait rather than deadlock.
      news.sort((a, b) => compareKeys(items[a].externalId, items[b].externalId));
      for (let at = 0; at < news.length; at += writeChunkSize) {
        const chunk = news.slice(at, at + writeChunkSize);
        const keyed = chunk.filter((n) => items[n].externalId !== undefined);
        const claimed = await writeKeys(t, keyed.map((n) => ({ externalId: items[n].externalId!, id: resolved[n].newId!, occurredAt: resolved[n].occurredAt })));
        const mine = chunk.filter((n) => items[n].externalId === undefined || claimed.has(items[n].externalId));
        for (const n of keyed) if (!claimed.has(items[n].externalId!)) replayOf.set(n, items[n].externalId!);
        const chunkRows = mine.map((n) => rowOf(items[n], resolved[n], options.demo === true, isDemo));
        await insertIncidentRows(t, chunkRows);
        mine.forEach((n, j) => rows.set(n, chunkRows[j]));
      }
      items.forEach((item, n) => {
        if (firstOf[n] === n && resolved[n].knownId !== null) replayOf.set(n, item.externalId!);
      });
      const originals = await findAllByExternalIds(t, [...new Set(replayOf.values())]);
      const conflicts = [...replayOf].filter(([n, key]) => !sameContent(items[n], originals.get(key))).map(([n]) => ({ index: n, reason: 'external_id_conflict' as const }));
      if (conflicts.length > 0) throw new Refused(conflicts);
      const written = items.map((item, n): WrittenIncident => {
        const first = firstOf[n];
        const own = rows.get(first);
        const row = own ?? originals.get(items[first].externalId!)!;
        return { ...liveOf(row), replayed: !own || first !== n };
      });
      if (options.announce) {
        const created = items.map((_, n) => n).filter((n) => rows.has(n)).map((n) => liveOf(rows.get(n)!));
        for (let at = 0; at < created.length; at += writeChunkSize) await appendLiveEvents(t, 'incident', created.slice(at, at + writeChunkSize));
      }
      return { ok: true, incidents: written, created: rows.size, replayed: items.length - rows.size } as const;
    });
  } catch (err) {
    if (err instanceof Refused) return { ok: false, refusals: err.refusals.sort((a, b) => a.index - b.index) };
    throw err;
  }
}

export type CreateIncidentResult =
  | { ok: true; incident: WrittenIncident }
  | { ok: false; reason: IncidentRefusalReason };

/** Registers one incident (POST /api/incidents): writeIncidents with one item, its live event announced. */
export async function createIncident(db: Db, input: NewIncident, scope: Scope): Promise<CreateIncidentResult> {
  const r = await writeIncidents(db, [input], scope);
  return r.ok ? { ok: true, incident: r.incidents[0] } : { ok: false, reason: r.refusals[0].reason };
}

async function resolveAll(db: Db, items: NewIncident[], scope: Scope): Promise<ResolvedItem[]> {
  const resolved: ResolvedItem[] = [];
  for (let at = 0; at < items.length; at += writeChunkSize) {
    const chunk = items.slice(at, at + writeChunkSize).map((item, j) => ({
      n: at + j, externalId: item.externalId ?? null, categoryCode: item.categoryCode, lng: item.lng, lat: item.lat, occurredAt: item.occurredAt ?? null,
    }));
    resolved.push(...(await resolveItems(db, chunk, scope)));
  }
  return resolved;
}

async function findAllByExternalIds(db: Db, keys: string[]): Promise<Map<string, IncidentRow>> {
  const found = new Map<string, IncidentRow>();
  for (let at = 0; at < keys.length; at += writeChunkSize) {
    for (const [key, row] of await findByExternalIds(db, keys.slice(at, at + writeChunkSize))) found.set(key, row);
  }
  return found;
}

/** Each item's first item with the same externalId (itself when none), and the repeats whose content differs. */
function matchRepeats(items: NewIncident[]): { firstOf: number[]; refusals: ItemRefusal[] } {
  const seen = new Map<string, number>();
  const refusals: ItemRefusal[] = [];
  const firstOf = items.map((item, n) => {
    if (item.externalId === undefined) return n;
    const first = seen.get(item.externalId);
    if (first === undefined) {
      seen.set(item.externalId, n);
      return n;
    }
    if (!sameInput(items[first], item)) refusals.push({ index: n, reason: 'external_id_repeats', firstIndex: first });
    return first;
  });
  return { firstOf, refusals };
}

/** Refusals of the items that would add an incident (a known externalId is answered as it was, not checked again). */
async function isDemoAccount(db: Db, username: string): Promise<boolean> {
  const [row] = await queryRows<{ demo: boolean }>(db, sql`SELECT ${demoAccount(username)} AS demo`);
  return row.demo === true;
}

function refuseNew(resolved: ResolvedItem[], firstOf: number[]): ItemRefusal[] {
  const refusals: ItemRefusal[] = [];
  for (const r of resolved) {
    if (firstOf[r.n] !== r.n) continue;
    // A known externalId answers its incident: not to a caller whose jurisdiction does not hold the point, who would
    // learn of an incident outside it (its number, grid and beat, or by a 409 that the number is taken).
    if (r.knownId !== null) {
      if (r.gridCode !== null && !r.inScope) refusals.push({ index: r.n, reason: 'outside_scope' });
      continue;
    }
    const reason = !r.categoryKnown ? 'unknown_category' : r.gridCode === null ? 'outside_grids' : !r.inScope ? 'outside_scope' : null;
    if (reason) refusals.push({ index: r.n, reason });
  }
  return refusals;
}

function rowOf(item: NewIncident, r: ResolvedItem, replayed: boolean, isDemo: boolean): IncidentRow {
  const recordedAt = replayed ? r.occurredAt : r.recordedAt;
  return {
    id: r.newId!, occurredAt: r.occurredAt, categoryCode: item.categoryCode, source: item.source, gridCode: r.gridCode!, beatCode: r.beatCode,
    lng: item.lng, lat: item.lat, recordedAt, externalId: item.externalId ?? null, isDemo,
  };
}

function liveOf(row: IncidentRow): LiveIncident {
  return { id: row.id, occurredAt: row.occurredAt, categoryCode: row.categoryCode, lng: row.lng, lat: row.lat, gridCode: row.gridCode, beatCode: row.beatCode, recordedAt: row.recordedAt, externalId: row.externalId };
}

const sameTime = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || Math.abs(Date.parse(a) - Date.parse(b)) < 1;
// A point read back from the geometry is the double that was written; the margin only forgives a decimal round trip.
const samePlace = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function sameInput(a: NewIncident, b: NewIncident): boolean {
  return a.categoryCode === b.categoryCode && a.source === b.source && samePlace(a.lng, b.lng) && samePlace(a.lat, b.lat)
    && (a.occurredAt === undefined) === (b.occurredAt === undefined) && sameTime(a.occurredAt, b.occurredAt);
}

function sameContent(item: NewIncident, stored: IncidentRow | undefined): boolean {
  if (!stored) return false;
  return item.categoryCode === stored.categoryCode && item.source === stored.source && samePlace(item.lng, stored.lng) && samePlace(item.lat, stored.lat)
    && sameTime(item.occurredAt, stored.occurredAt);
}

function compareKeys(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
