import { liveChannel, type LiveEvent } from '../../core/contracts/live';
import type { Database } from '../db/engine';
import { findLiveEventsAfter, latestLiveEventId } from './live-events.repo';

type Subscriber = (event: LiveEvent) => void;

/**
 * One LISTEN per process, fanned out to this process's SSE streams. A notification only says "there is
 * something new"; the hub reads every event after the last it delivered, so none is lost or repeated
 * even when notifications are coalesced.
 */
export class LiveHub {
  private subscribers = new Set<Subscriber>();
  private lastId = 0;
  private reading: Promise<void> = Promise.resolve();
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
    this.reading = this.reading.then(async () => {
      try {
        const events = await findLiveEventsAfter(this.database.db, this.lastId);
        for (const e of events) {
          this.lastId = e.id;
          for (const fn of this.subscribers) fn(e);
        }
      } catch (err) {
        console.error('live: could not read new events:', err instanceof Error ? err.message : err);
      }
    });
  }
}
