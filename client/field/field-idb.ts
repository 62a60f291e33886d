import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { FieldToday } from '../../core/contracts/field';
import type { OutboxItem, RefusedItem } from './outbox/outbox-item';

/** The day's work as the phone last fetched it, for one account (the key): shown, marked as a copy, while offline. */
export interface TodayCopy {
  user: string;
  today: FieldToday;
  /** When it was fetched (ISO). */
  at: string;
}

export interface FieldDb extends DBSchema {
  pending: { key: number; value: OutboxItem };
  refused: { key: string; value: RefusedItem };
  today: { key: string; value: TodayCopy };
}

/**
 * The field app's IndexedDB database (jingwang-field): the outbox's queue and the day's copy side by side, opened at
 * one version by every part of the app — two opens at different versions would block each other.
 * Version 2 added the day's copy (it was in localStorage, without the key places).
 */
export function openFieldDb(name = 'jingwang-field'): Promise<IDBPDatabase<FieldDb>> {
  return openDB<FieldDb>(name, 2, {
    upgrade(d, oldVersion) {
      if (oldVersion < 1) {
        d.createObjectStore('pending', { keyPath: 'seq', autoIncrement: true });
        d.createObjectStore('refused', { keyPath: 'id' });
      }
      if (oldVersion < 2) d.createObjectStore('today', { keyPath: 'user' });
    },
  });
}
