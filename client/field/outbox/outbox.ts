import { classifySend, retryDelayMs, type SendResult } from '../lib/send-outcome';
import type { OutboxItem, OutboxKind, OutboxStorage, RefusedItem } from './outbox-item';

/** A waiting write as a screen reads it: what it is and what it sends, not how often it was tried. */
export type PendingWrite = Pick<OutboxItem, 'id' | 'kind' | 'body'>;

export interface OutboxSnapshot {
  pending: number;
  /** The ids of the items still waiting, so a screen can tell its own write sent from waiting (本机签到记录). */
  pendingIds: string[];
  /** The items still waiting, so a screen can mark what a write of its own is about (a task whose visit waits). */
  pendingItems: readonly PendingWrite[];
  refused: RefusedItem[];
  sending: boolean;
  /**
   * How many writes of each kind left the queue, stored or refused, since the page opened: a screen showing what the
   * server holds reads it again when the count of its kind changes (今日 after a 核查走访).
   */
  settled: Readonly<Partial<Record<OutboxKind, number>>>;
}

/**
 * The offline queue: every write is stored first, then sent in order. A 2xx (stored, or already stored and answered
 * as replayed) removes it; a refusal (4xx) moves it to the refused list with the server's message; anything else
 * (5xx, no network) keeps it and stops the round there, so nothing overtakes an earlier write — a patrol's pings
 * never reach the server before its start. Rounds run on enqueue, on the online event and on a timer.
 */
export class Outbox {
  private current: Promise<void> | null = null;
  private again = false;
  private forceNext = false;
  private snapshot: OutboxSnapshot = { pending: 0, pendingIds: [], pendingItems: [], refused: [], sending: false, settled: {} };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: OutboxStorage,
    private readonly send: (path: string, body: unknown) => Promise<SendResult>,
    private readonly now: () => number = Date.now,
  ) {}

  getSnapshot = (): OutboxSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stores the write, then tries to send the queue. Resolves once stored (not once sent). */
  async enqueue(item: Omit<OutboxItem, 'attempts' | 'nextAttemptMs' | 'createdAt'> & { createdAt?: string }): Promise<void> {
    await this.storage.add({ createdAt: new Date(this.now()).toISOString(), ...item, attempts: 0, nextAttemptMs: 0 });
    await this.refresh();
    void this.flush();
  }

  /**
   * Sends pending items in order until one must wait. `force` (the phone came back online, or the user asked) also
   * sends items still inside their backoff. A call during a round asks for one more round; every caller's promise
   * resolves when the rounds are done.
   */
  flush(force = false): Promise<void> {
    this.again = true;
    if (force) this.forceNext = true;
    this.current ??= this.drain().finally(() => {
      this.current = null;
    });
    return this.current;
  }

  private async drain(): Promise<void> {
    this.set({ sending: true });
    try {
      while (this.again) {
        this.again = false;
        const force = this.forceNext;
        this.forceNext = false;
        await this.round(force);
      }
    } finally {
      await this.refresh();
      this.set({ sending: false });
    }
  }

  private async round(force: boolean): Promise<void> {
    for (const item of await this.storage.pending()) {
      if (!force && item.nextAttemptMs > this.now()) return;
      const outcome = classifySend(await this.send(item.path, item.body));
      if (outcome.kind === 'sent') {
        await this.storage.remove(item.seq!);
      } else if (outcome.kind === 'refused') {
        await this.storage.refuse(item.seq!, { ...item, status: outcome.status, message: outcome.message, refusedAt: new Date(this.now()).toISOString() });
      } else {
        await this.storage.update({ ...item, attempts: item.attempts + 1, nextAttemptMs: this.now() + retryDelayMs(item.attempts) });
        return;
      }
      const { settled } = this.snapshot;
      this.set({ settled: { ...settled, [item.kind]: (settled[item.kind] ?? 0) + 1 } });
      await this.refresh();
    }
  }

  /** Whether the write `id` is still waiting to be sent. */
  async isPending(id: string): Promise<boolean> {
    return (await this.storage.pending()).some((item) => item.id === id);
  }

  /** Removes a refused item from the list once the person has read it. */
  async dismissRefused(id: string): Promise<void> {
    await this.storage.dismissRefused(id);
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const [pending, refused] = await Promise.all([this.storage.pending(), this.storage.refused()]);
    this.set({ pending: pending.length, pendingIds: pending.map((item) => item.id), pendingItems: pending.map(({ id, kind, body }) => ({ id, kind, body })), refused });
  }

  private set(change: Partial<OutboxSnapshot>) {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of this.listeners) l();
  }
}

/** Pending and refused items in memory: the tests' storage, and the fallback where IndexedDB is unavailable. */
export class MemoryOutboxStorage implements OutboxStorage {
  private items: OutboxItem[] = [];
  private refusedItems: RefusedItem[] = [];
  private nextSeq = 1;
  async pending() {
    return this.items.map((i) => ({ ...i }));
  }
  async add(item: OutboxItem) {
    this.items.push({ ...item, seq: this.nextSeq++ });
  }
  async update(item: OutboxItem) {
    this.items = this.items.map((i) => (i.seq === item.seq ? { ...item } : i));
  }
  async remove(seq: number) {
    this.items = this.items.filter((i) => i.seq !== seq);
  }
  async refuse(seq: number, refused: RefusedItem) {
    await this.remove(seq);
    this.refusedItems.push(refused);
  }
  async refused() {
    return [...this.refusedItems];
  }
  async dismissRefused(id: string) {
    this.refusedItems = this.refusedItems.filter((i) => i.id !== id);
  }
}
