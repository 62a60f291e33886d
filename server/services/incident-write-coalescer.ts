import type { Scope } from '../../core/contracts/auth';
import type { NewIncident } from '../../core/contracts/live';
import type { Db } from '../db/engine';
import { writeIncidents, type CreateIncidentResult } from '../db/repos/incidents-write.repo';

type Waiting = { item: NewIncident; answer: (r: CreateIncidentResult) => void; fail: (err: unknown) => void };
type Queue = { scope: Scope; writer: string; waiting: Waiting[]; writing: boolean };

// Single POSTs that arrive while a write is under way are written together, in one transaction, when it ends: every
// write commits alone behind the live events' ordering lock, so at 50–100 calls a second each one waiting for its own
// commit made the queue grow (issue 15: write p50 8 s). A quiet server writes each call at once, as before.
const mostPerWrite = 500;
const queues = new WeakMap<Db, Map<string, Queue>>();

/**
 * Registers one incident as POST /api/incidents answers it for `writer` (whose account decides whether it is a demo
 * row); calls of the same account share transactions under load.
 */
export function createIncidentSoon(db: Db, item: NewIncident, scope: Scope, writer: string): Promise<CreateIncidentResult> {
  const byScope = queues.get(db) ?? new Map<string, Queue>();
  queues.set(db, byScope);
  const key = `${writer}:${scope.kind}:${[...scope.codes].sort().join(',')}`;
  const queue = byScope.get(key) ?? { scope, writer, waiting: [], writing: false };
  byScope.set(key, queue);
  return new Promise((answer, fail) => {
    queue.waiting.push({ item, answer, fail });
    if (!queue.writing) void writeWhileWaiting(db, queue);
  });
}

async function writeWhileWaiting(db: Db, queue: Queue) {
  queue.writing = true;
  try {
    while (queue.waiting.length > 0) await writeGroup(db, queue, queue.waiting.splice(0, mostPerWrite));
  } finally {
    queue.writing = false;
  }
}

/**
 * Writes a group all or nothing; an item the group refuses is answered with its reason and the rest are written again
 * without it, so one caller's bad call never fails another's. A second call with the same externalId as an earlier one
 * in the group is its replay (the same content) or a conflict (other content), as if it had come after.
 */
async function writeGroup(db: Db, queue: Queue, group: Waiting[]) {
  let rest = group;
  while (rest.length > 0) {
    let result;
    try {
      result = await writeIncidents(db, rest.map((w) => w.item), queue.scope, { announce: true, writer: queue.writer });
    } catch (err) {
      rest.forEach((w) => w.fail(err));
      return;
    }
    if (result.ok) {
      rest.forEach((w, n) => w.answer({ ok: true, incident: result.incidents[n] }));
      return;
    }
    const refused = new Set<number>();
    for (const r of result.refusals) {
      refused.add(r.index);
      rest[r.index].answer({ ok: false, reason: r.reason === 'external_id_repeats' ? 'external_id_conflict' : r.reason });
    }
    rest = rest.filter((_, n) => !refused.has(n));
  }
}
