/** What a queued write is, for the list a person reads (未能上传) and for counting. */
export const outboxKinds = ['patrol-start', 'patrol-end', 'pings', 'check-in', 'report', 'visit'] as const;
export type OutboxKind = (typeof outboxKinds)[number];

/**
 * A write made in the field app, stored before it is sent (issue 16: offline first). `id` is the client-made UUID
 * the server keys the row by (for a ping batch, the batch's own id: the server keys pings by patrol and time), so
 * sending an item twice stores it once. `seq` orders the queue: a patrol's start goes before its pings.
 */
export interface OutboxItem {
  seq?: number;
  id: string;
  kind: OutboxKind;
  path: string;
  body: unknown;
  /** A short description in the interface's language, made when the write was made ("签到 · 东门小学 · 10:32"). */
  label: string;
  createdAt: string;
  attempts: number;
  /** Not tried again before this time (ms since epoch) unless the phone comes back online. */
  nextAttemptMs: number;
}

/** A write the server refused (4xx): kept, visible with the server's message, never silently dropped. */
export interface RefusedItem extends OutboxItem {
  status: number;
  message: string;
  refusedAt: string;
}

/** Where the queue keeps its items: IndexedDB in the browser (outbox-idb.ts), memory in tests. */
export interface OutboxStorage {
  /** Pending items, oldest (lowest seq) first. */
  pending(): Promise<OutboxItem[]>;
  add(item: OutboxItem): Promise<void>;
  update(item: OutboxItem): Promise<void>;
  remove(seq: number): Promise<void>;
  /** Moves a pending item to the refused list in one step. */
  refuse(seq: number, refused: RefusedItem): Promise<void>;
  refused(): Promise<RefusedItem[]>;
  dismissRefused(id: string): Promise<void>;
}
