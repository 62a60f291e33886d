import type { FieldToday } from '../../core/contracts/field';
import { openFieldDb, type TodayCopy } from './field-idb';

// Where the copy was before it moved to IndexedDB with the key places; removed on the first save.
const oldLocalKey = 'jingwang-field-today';

/**
 * Keeps the day's work on the phone in IndexedDB (issue 16: offline first): the only copy, so a phone handed to
 * another person keeps no one else's day. Fails quietly where the browser refuses IndexedDB: the list is then
 * online only, as before a first fetch.
 */
export async function keepTodayCopy(user: string, today: FieldToday, at = new Date()): Promise<void> {
  try {
    const db = await openFieldDb();
    const tx = db.transaction('today', 'readwrite');
    await Promise.all([tx.store.clear(), tx.store.put({ user, today, at: at.toISOString() }), tx.done]);
    db.close();
    localStorage.removeItem(oldLocalKey);
  } catch {
    // No IndexedDB (some private modes): nothing kept.
  }
}

/** The day's copy kept for `user`, or null. */
export async function readTodayCopy(user: string): Promise<TodayCopy | null> {
  try {
    const db = await openFieldDb();
    const copy = await db.get('today', user);
    db.close();
    return copy ?? null;
  } catch {
    return null;
  }
}
