import { sendFieldWrite } from '../api/field-endpoints';
import { MemoryOutboxStorage, Outbox } from './outbox/outbox';
import { IdbOutboxStorage } from './outbox/outbox-idb';

/** How often the queue looks for items whose backoff has passed (ms). */
const retryTickMs = 5000;

/**
 * The page's one queue, over IndexedDB (memory only where the browser refuses IndexedDB, e.g. some private modes:
 * the writes then last as long as the page).
 */
export async function openFieldOutbox(): Promise<Outbox> {
  const storage = await IdbOutboxStorage.open().catch(() => new MemoryOutboxStorage());
  const outbox = new Outbox(storage, sendFieldWrite);
  await outbox.refresh();
  return outbox;
}

/** Sends the queue now, whenever the phone comes back online (ignoring backoff), and on a timer; returns a stop. */
export function keepSending(outbox: Outbox): () => void {
  const online = () => void outbox.flush(true);
  window.addEventListener('online', online);
  const timer = setInterval(() => {
    if (navigator.onLine) void outbox.flush();
  }, retryTickMs);
  void outbox.flush(true);
  return () => {
    window.removeEventListener('online', online);
    clearInterval(timer);
  };
}
