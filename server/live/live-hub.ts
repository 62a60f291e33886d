import { liveChannel, type LiveEvent } from '../../core/contracts/live';
import type { Database } from '../db/engine';
import { findLiveEventsAfter, latestLiveEventId } from './live-events.repo';

/** Receives events in id order, several at a time when they came close together. */
type Subscriber = (events: LiveEvent[]) => void;

const pageSize = 1000;
// Notifications arriving closer than this are answered by one read: a burst of 500 incidents a second makes at
// most ten reads a second per process, and each stream gets its events in a few large writes.
const minReadGapMs = 100;

/**
 * One LISTEN per process, fanned out to this process's SSE streams. A notification only says "there is
 * something new"; the hub reads every event after the last it delivered, so none is lost or repeated
 * even when notifications are coalesced (writers commit in id order: see appendLiveEvents).
 */
export class LiveHub {
  private subscribers = new Set<Subscriber>();
  private lastId = 0;
  private reading = false;
  private wanted = false;
  private unlisten?: () => Promise<void>;

  constructor(private database: Database) {}

  async start() {
    this.lastId = await latestLiveEventId(this.database.db);
    // A (re)subscription also pulls: events written while the connection was down are not lost.
    this.unlisten = await this.database.listen(liveChannel, () => this.pull(), () => this.pull());
  }

  async stop() {
    await this.unlisten?.();
  }

  subscribe(fn: Subscriber): () => void {
    this.subscribers.add(fn);
    return () => this.subscribers.delete(fn);
  }

  get subscriberCount() {
    return this.subscribers.size;
  }

  private pull() {
    this.wanted = true;
    if (!this.reading) void this.readWhileWanted();
  }

  private async readWhileWanted() {
    this.reading = true;
    try {
      while (this.wanted) {
        this.wanted = false;
        await this.readAllNew();
        await new Promise((resolve) => setTimeout(resolve, minReadGapMs));
      }
    } finally {
      this.reading = false;
    }
  }

  private async readAllNew() {
    try {
      for (;;) {
        const events = await findLiveEventsAfter(this.database.db, this.lastId, pageSize);
        if (events.length === 0) return;
        this.lastId = events[events.length - 1].id;
        for (const fn of this.subscribers) fn(events);
        if (events.length < pageSize) return;
      }
    } catch (err) {
      // The next notification, or the re-LISTEN after the database returns, reads again from lastId.
      console.error('live: could not read new events:', err instanceof Error ? err.message : err);
    }
  }
}
